import { expect, test, type Page } from '@playwright/test';
import { storageFor } from './helpers';

/** An amount as shown ("R$ 1.234,56") in cents. */
const cents = (text: string) => Number(text.replace(/\D/g, ''));

/**
 * A variant of the demo shop with stock, as a scanner would read it: a product the shop sold (from its
 * history), found by name in the counter's own search, whose result shows its EAN.
 */
async function eanInStock(page: Page, nth: number): Promise<string> {
  await page.goto('/lojista/vendas');
  await page.getByTestId('sales').getByRole('link').nth(nth).click();
  const description = await page.getByTestId('receipt').getByRole('row').nth(1).getByRole('cell').first().innerText();
  const name = description.split(' — ')[0]!;
  await page.goto('/lojista/pdv');
  // The counter opens with the caret in the product box, ready for the scanner.
  await expect(page.getByRole('searchbox', { name: 'Produto (F2)' })).toBeFocused();
  await page.keyboard.type(name);
  const result = page.getByRole('list', { name: 'Produtos encontrados' }).getByRole('button').filter({ hasNotText: /· [01] em estoque/ }).first();
  await expect(result).toBeVisible();
  const ean = /\b(\d{13})\b/.exec(await result.innerText())![1]!;
  await page.getByRole('searchbox', { name: 'Produto (F2)' }).fill('');
  return ean;
}

test.describe('the shop counter', () => {
  test.use({ storageState: storageFor('lojista') });

  test('a keyboard-only sale: scanned barcode, quantity, split payment cash + PIX with its QR code, receipt', async ({ page }) => {
    const ean = await eanInStock(page, 0);
    await expect(page.getByRole('heading', { name: 'PDV — frente de caixa' })).toBeVisible();
    // The scanner types the digits and Enter: the variant lands in the cart at once.
    await page.keyboard.press('F2');
    await page.keyboard.type(ean);
    await page.keyboard.press('Enter');
    const cart = page.getByTestId('pos-cart');
    await expect(cart.getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('searchbox', { name: 'Produto (F2)' })).toBeFocused();
    const unit = cents(await page.getByTestId('pos-total').innerText());
    expect(unit).toBeGreaterThan(0);
    // F3: the last line's quantity.
    await page.keyboard.press('F3');
    await page.keyboard.type('2');
    await expect(page.getByTestId('pos-total')).toHaveText(new RegExp(new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 2 }).format((2 * unit) / 100).replace('.', '\\.')));
    const total = 2 * unit;

    // F8: the payment methods; Enter on cash fills in what is missing; 20,00 in cash, the rest by PIX.
    await page.keyboard.press('F8');
    await expect(page.getByRole('button', { name: '+ Dinheiro' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Valor em Dinheiro')).toBeFocused();
    await page.keyboard.type('20,00');
    await page.keyboard.press('F8');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '+ PIX' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Valor em PIX')).toHaveValue(new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 2 }).format((total - 2000) / 100));
    await expect(page.getByTestId('pos-remaining')).toHaveText(/0,00/);
    const pix = page.getByTestId('pos-pix');
    await expect(pix.getByRole('img', { name: 'QR Code do PIX' })).toBeVisible();
    const brCode = await pix.getByLabel('PIX copia e cola').inputValue();
    expect(brCode).toMatch(/^000201/);
    expect(brCode).toContain(`54${String(((total - 2000) / 100).toFixed(2).length).padStart(2, '0')}${((total - 2000) / 100).toFixed(2)}`);
    expect(brCode).toContain('pix@auroramodas.com.br');

    await page.keyboard.press('F9');
    const done = page.getByTestId('pos-done');
    await expect(done).toContainText(/Venda nº \d+ finalizada/);
    await expect(cart).toHaveCount(0);
    const number = /nº (\d+)/.exec(await done.innerText())![1]!;

    await page.getByRole('link', { name: 'Recibo 80 mm' }).evaluate((a) => a.removeAttribute('target'));
    await page.getByRole('link', { name: 'Recibo 80 mm' }).click();
    const receipt = page.getByTestId('receipt');
    await expect(receipt).toContainText(`Venda nº ${number}`);
    await expect(receipt).toContainText('Dinheiro');
    await expect(receipt).toContainText('PIX');
    await expect(receipt).toContainText(/R\$\s20,00/);
    await page.getByRole('link', { name: 'Recibo A4' }).click();
    await expect(page.getByTestId('receipt').getByRole('table')).toBeVisible();
  });

  test('a discount above the shop maximum is refused at its field and what was typed stays', async ({ page }) => {
    const ean = await eanInStock(page, 1);
    await page.getByRole('searchbox', { name: 'Produto (F2)' }).fill(ean);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pos-cart').getByRole('row')).toHaveCount(2);
    await page.keyboard.press('F4');
    await page.keyboard.type('50%');
    await page.getByRole('button', { name: '+ Débito' }).click();
    await page.getByRole('button', { name: 'Finalizar (F9)' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Desconto acima do máximo da loja (10%).' })).toBeVisible();
    await expect(page.getByLabel('Desconto na venda (F4)')).toHaveValue('50%');
    await expect(page.getByLabel('Desconto na venda (F4)')).toHaveAttribute('aria-invalid', 'true');
  });

  test('a register opened with a float and closed with a difference; a count with letters is refused at its field', async ({ page }) => {
    const name = `Caixa ${Date.now().toString(36)}`;
    await page.goto('/lojista/configuracoes');
    await page.getByLabel('Nome do caixa').fill(name);
    await page.getByRole('button', { name: 'Cadastrar caixa' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: name })).toBeVisible();

    await page.goto('/lojista/caixa');
    const card = page.locator('section').filter({ has: page.getByRole('heading', { name }) });
    await card.getByLabel('Troco inicial').fill('100,00');
    await card.getByRole('button', { name: 'Abrir caixa' }).click();
    await expect(card.getByText('Aberto', { exact: true })).toBeVisible();
    await card.getByLabel('Tipo').selectOption('deposit');
    await card.getByLabel('Valor', { exact: true }).fill('15,50');
    await card.getByLabel('Motivo').fill('Troco do banco');
    await card.getByRole('button', { name: 'Registrar' }).click();
    await expect(card.getByTestId('register-totals').getByRole('row', { name: /Dinheiro/ })).toContainText(/R\$\s115,50/);

    const close = card.getByRole('form', { name: 'Fechar caixa' });
    await close.getByLabel('Dinheiro').fill('dez reais');
    await close.getByLabel('Débito').fill('0');
    await close.getByLabel('Crédito').fill('0');
    await close.getByLabel('PIX').fill('0');
    await close.getByRole('button', { name: 'Fechar caixa' }).click();
    await expect(close.getByText('Valor inválido: digite como 10.000,00 ou 10000.00.')).toBeVisible();
    await expect(close.getByLabel('Dinheiro')).toHaveValue('dez reais');
    await close.getByLabel('Dinheiro').fill('110,00');
    await close.getByRole('button', { name: 'Fechar caixa' }).click();
    // Closing leads to the session's report: expected against counted.
    await expect(page.getByRole('heading', { name: `Relatório do caixa — ${name}` })).toBeVisible();
    await expect(page.getByTestId('register-difference')).toHaveText(/-R\$\s5,50/);
    await expect(page.getByText('Troco do banco')).toBeVisible();
  });
});

test.describe('a receipt by e-mail', () => {
  test.use({ storageState: storageFor('lojista') });

  test('the sale page sends its receipt to the address typed; a bad address is refused at its field', async ({ page }) => {
    await page.goto('/lojista/vendas');
    await page.getByTestId('sales').getByRole('link').first().click();
    const form = page.getByRole('form', { name: 'Enviar recibo por e-mail' });
    await form.getByLabel('E-mail do cliente').fill('cliente@');
    await form.getByRole('button', { name: 'Enviar recibo por e-mail' }).click();
    await expect(form.getByLabel('E-mail do cliente')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('E-mail do cliente')).toHaveValue('cliente@');
    const address = `recibo.${Date.now().toString(36)}@exemplo.com.br`;
    await form.getByLabel('E-mail do cliente').fill(address);
    await form.getByRole('button', { name: 'Enviar recibo por e-mail' }).click();
    await expect(form.getByRole('status')).toHaveText(`Recibo na fila de envio para ${address}.`);
  });
});

test.describe('who may not', () => {
  test('a clerk sells but cannot void or reach the owner settings; another shop never sees this shop sales', async ({ browser }) => {
    const clerk = await (await browser.newContext({ storageState: storageFor('usuario') })).newPage();
    await clerk.goto('/usuario/vendas');
    const first = clerk.getByTestId('sales').getByRole('link').first();
    const href = (await first.getAttribute('href'))!;
    const saleId = href.split('/').pop()!;
    await first.click();
    await expect(clerk.getByTestId('receipt')).toBeVisible();
    await expect(clerk.getByRole('button', { name: 'Cancelar venda' })).toHaveCount(0);
    expect((await clerk.goto('/lojista/configuracoes'))?.status()).toBe(403);
    expect((await clerk.request.get(`/lojista/vendas/${saleId}`)).status()).toBe(403);

    const bella = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    await bella.goto('/login');
    await bella.getByLabel('E-mail').fill('bella@venda.local');
    await bella.getByLabel('Senha').fill('venda123');
    await bella.getByRole('button', { name: 'Entrar' }).click();
    await expect(bella).toHaveURL(/\/lojista$/);
    for (const path of [`/lojista/vendas/${saleId}`, `/lojista/vendas/${saleId}/recibo`]) {
      const res = await bella.goto(path);
      expect(res?.status(), path).toBe(404);
    }
    // Her own export holds her shop's sales only: none of Aurora's.
    const csv = await bella.request.get('/lojista/vendas/exportar');
    expect(csv.status()).toBe(200);
    expect((await csv.text()).trim().split('\n')).toHaveLength(1);
  });
});
