import { expect, test } from '@playwright/test';
import { withCheckDigits } from '../lib/crm/document';
import { storageFor } from './helpers';

test.describe('a purchase request opened by a sale', () => {
  test.setTimeout(120_000);
  test.use({ storageState: storageFor('lojista') });

  test('a new supplier, a variant at its minimum sold at the counter, the request edited and sent; the e-mail and its PDF in Admin › E-mails', async ({ page, browser }) => {
    const tag = Date.now().toString().slice(-8);
    const name = `Confecções Teste ${tag}`;
    const cnpj = withCheckDigits(`${tag}0001`);

    // A wrong check digit is refused at the field, and what was typed stays.
    await page.goto('/lojista/fornecedores');
    const form = page.getByRole('form', { name: 'Cadastrar fornecedor' });
    await form.getByLabel('Nome').fill(name);
    await form.getByLabel('CNPJ').fill(`${cnpj.slice(0, 13)}${(Number(cnpj[13]) + 1) % 10}`);
    await form.getByLabel('E-mail').fill(`compras.${tag}@confeccoes.com.br`);
    await form.getByRole('button', { name: 'Cadastrar fornecedor' }).click();
    await expect(form.locator('#supplier-cnpj-error')).toHaveText('CNPJ inválido: confira os dígitos.');
    await expect(form.getByLabel('CNPJ')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Nome')).toHaveValue(name);
    await form.getByLabel('CNPJ').fill(cnpj);
    await form.getByRole('button', { name: 'Cadastrar fornecedor' }).click();
    await expect(page.getByTestId('suppliers')).toContainText(name);

    // A variant with stock: restocked from the new supplier, its minimum set to what is on hand.
    await page.goto('/lojista/estoque');
    const rows = page.getByTestId('shop-stock').getByRole('row');
    let row = rows.nth(1);
    let onHand = 0;
    for (let i = 1; i < 20; i++) {
      row = rows.nth(i);
      onHand = Number((await row.getByRole('cell').nth(1).innerText()).replace(/\D.*$/s, ''));
      if (onHand >= 2 && (await row.getByRole('combobox').count()) > 0) break;
    }
    expect(onHand).toBeGreaterThanOrEqual(2);
    const sku = /([A-Z0-9-]+)/.exec(await row.getByRole('cell').first().locator('.font-mono').innerText())![1]!;
    await row.getByRole('combobox').selectOption({ label: name });
    await row.getByRole('form', { name: /^Fornecedor de / }).getByRole('button', { name: 'Salvar' }).click();
    await expect(row.getByRole('form', { name: /^Fornecedor de / }).getByText('Salvo.')).toBeVisible();
    await row.getByRole('spinbutton').fill(String(onHand));
    await row.getByRole('button', { name: 'Salvar mínimo' }).click();
    await expect(row.getByRole('form', { name: /^Mínimo de / }).getByText('Salvo.')).toBeVisible();

    // One piece sold at the counter takes it below its minimum.
    await page.goto('/lojista/pdv');
    await expect(page.getByRole('searchbox', { name: 'Produto (F2)' })).toBeFocused();
    await page.keyboard.type(sku);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pos-cart').getByRole('row')).toHaveCount(2);
    await page.getByRole('button', { name: '+ Débito' }).click();
    await page.keyboard.press('F9');
    await expect(page.getByTestId('pos-done')).toBeVisible();

    await page.goto('/lojista');
    await expect(page.getByTestId('purchases-notice')).toBeVisible();
    await page.goto('/lojista/compras');
    await page.getByTestId('purchases').getByRole('row').filter({ hasText: name }).getByRole('link').first().click();
    await expect(page.getByTestId('purchase-status')).toHaveText('Aberto');
    const lines = page.getByTestId('purchase-lines');
    await expect(lines).toContainText(sku);
    await lines.getByRole('textbox').first().fill('7');
    await page.getByLabel('Observações para o fornecedor').fill('Entregar pela manhã.');
    await page.getByRole('button', { name: 'Enviar ao fornecedor' }).click();
    await expect(page.getByTestId('purchase-status')).toHaveText('Enviado');
    const number = /nº (\d+)/.exec(await page.getByRole('heading', { level: 1 }).innerText())![1]!;

    const admin = await (await browser.newContext({ storageState: storageFor('admin') })).newPage();
    await admin.goto('/admin/emails');
    await admin.getByRole('row').filter({ hasText: `Pedido de compra nº ${number} ` }).getByRole('link').first().click();
    await expect(admin.getByTestId('email-text')).toContainText(sku);
    await expect(admin.getByTestId('email-text')).toContainText('7');
    const attachment = admin.getByTestId('email-attachments').getByRole('link', { name: `pedido-de-compra-${number}.pdf` });
    await expect(attachment).toBeVisible();
    const pdf = await admin.request.get((await attachment.getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    // The owner cannot read the outbox, nor its files.
    expect((await page.request.get((await attachment.getAttribute('href'))!)).status()).toBe(403);
  });
});
