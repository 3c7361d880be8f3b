import { expect, test, type Browser, type Page } from '@playwright/test';
import { login, storageFor } from './helpers';

/** A 1×1 PNG: a real image for the return's photo. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await login(page, email);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

/** The stock available now in the first cell of the product's order grid, as the shop sees it. */
async function firstCellAvailable(page: Page): Promise<number> {
  const text = await page.getByTestId('order-grid').locator('tbody td').first().innerText();
  return Number(/disp\. (\d+)/.exec(text)![1]);
}

/** Builds an order of the Vestido Midi Floral (grid quantities, and optionally a pack), sets the payment term and submits it. */
async function orderDress(shop: Page, quantities: string[], withPack: boolean): Promise<string> {
  await shop.goto('/lojista/loja?q=Vestido%20Midi%20Floral');
  await shop.getByTestId('product-card').first().getByRole('link').click();
  const inputs = shop.getByTestId('order-grid').getByRole('textbox');
  for (const [i, q] of quantities.entries()) await inputs.nth(i).fill(q);
  await shop.getByRole('button', { name: 'Adicionar ao pedido' }).click();
  await expect(shop.getByText(/Adicionado ao pedido #\d+/)).toBeVisible();
  if (withPack) {
    const pack = shop.getByRole('form', { name: 'Grade fechada' });
    await pack.getByLabel('Grades').fill('1');
    await pack.getByRole('button', { name: 'Adicionar grades' }).click();
    await expect(pack.getByText('Salvo.')).toBeVisible();
  }
  await shop.getByRole('link', { name: 'Ver pedido' }).click();
  await expect(shop.getByRole('heading', { name: /Pedido #\d+/ })).toBeVisible();
  await shop.getByLabel('Condição de pagamento').selectOption({ label: '30/60 dias' });
  await shop.getByRole('button', { name: 'Salvar condições' }).click();
  await expect(shop.getByText('Tudo certo para enviar.')).toBeVisible();
  await expect(shop.getByTestId('submit-total')).toContainText('R$');
  // The review step: lines, totals, term and origin, then the confirmation.
  await shop.getByRole('link', { name: 'Revisar e enviar' }).click();
  const review = shop.getByTestId('order-review');
  await expect(review).toContainText('Vestido Midi Floral');
  await expect(review).toContainText('30/60 dias');
  await expect(review.getByText('Tudo certo para enviar.')).toBeVisible();
  await review.getByRole('button', { name: 'Confirmar envio' }).click();
  await expect(shop.getByTestId('order-status')).toHaveText('Aguardando aprovação');
  return new URL(shop.url()).pathname.split('/').pop()!;
}

test.describe('B2B orders and returns', () => {
  test.setTimeout(120_000);

  test('a shop orders in the grid and with a pack; its representative approves; the order ships; a return is routed to restock and the stock rises', async ({ browser }) => {
    const shop = await signedIn(browser, 'vitoria@venda.local');
    await shop.goto('/lojista/loja?q=Vestido%20Midi%20Floral');
    await shop.getByTestId('product-card').first().getByRole('link').click();
    const inputs = shop.getByTestId('order-grid').getByRole('textbox');
    await inputs.first().fill('999');
    await expect(shop.getByText(/acima do disponível/).first()).toBeVisible();
    await inputs.first().fill('');

    const orderId = await orderDress(shop, ['2', '2'], true);
    await expect(shop.getByTestId('order-lines')).toContainText('Vestido Midi Floral');

    // Another shop cannot open it.
    const other = await browser.newContext({ storageState: storageFor('lojista') });
    expect((await (await other.newPage()).goto(`/lojista/pedidos/${orderId}`))?.status()).toBe(404);
    await other.close();

    const rep = await signedIn(browser, 'camila.rocha@venda.local');
    await rep.goto('/representante/pedidos');
    await expect(rep.getByTestId('order-queue')).toBeVisible();
    await rep.goto(`/representante/pedidos/${orderId}`);
    await rep.getByRole('button', { name: 'Aprovar' }).click();
    await expect(rep.getByTestId('order-status')).toHaveText('Aprovado');

    const comercial = await signedIn(browser, 'comercial@venda.local');
    await comercial.goto(`/comercial/pedidos/${orderId}`);
    await comercial.getByLabel('Nº da nota fiscal').fill('NF 4521');
    await comercial.getByRole('button', { name: 'Faturar' }).click();
    await expect(comercial.getByTestId('order-status')).toHaveText('Faturado');
    await comercial.getByLabel('Código de rastreio').fill('BR998877665');
    await comercial.getByRole('button', { name: 'Registrar envio' }).click();
    await expect(comercial.getByTestId('order-status')).toHaveText('Enviado');
    await comercial.getByRole('button', { name: 'Confirmar entrega' }).click();
    await expect(comercial.getByTestId('order-status')).toHaveText('Entregue');

    await shop.goto('/lojista/loja?q=Vestido%20Midi%20Floral');
    await shop.getByTestId('product-card').first().getByRole('link').click();
    const before = await firstCellAvailable(shop);

    await shop.goto(`/lojista/pedidos/${orderId}`);
    await shop.getByRole('link', { name: 'Solicitar devolução' }).click();
    await shop.getByLabel(/Quantidade a devolver de/).first().fill('1');
    await shop.getByLabel(/Motivo de /).first().selectOption({ label: 'Defeito' });
    await shop.getByLabel('Fotos').setInputFiles({ name: 'defeito.png', mimeType: 'image/png', buffer: PNG });
    await shop.getByLabel('Descreva o problema').fill('Costura lateral aberta');
    await shop.getByRole('button', { name: 'Solicitar devolução' }).click();
    await expect(shop.getByText('Devolução solicitada. Acompanhe aqui cada etapa.')).toBeVisible();
    await expect(shop.getByTestId('return-photos').getByRole('img')).toHaveCount(1);
    const returnId = shop.url().split('/').pop()!.split('?')[0]!;

    await comercial.goto(`/comercial/devolucoes/${returnId}`);
    await expect(comercial.getByTestId('return-lines')).toContainText('Defeito');
    for (const [button, status] of [
      ['Autorizar', 'Autorizada'],
      ['Registrar recebimento', 'Recebida'],
      ['Registrar inspeção', 'Inspecionada'],
      ['Registrar destinos', 'Destinada'],
      ['Encerrar e gerar nota de crédito', 'Encerrada'],
    ] as const) {
      // A defect is proposed for repair, never restocked by default: this one goes back to stock on purpose.
      if (button === 'Registrar destinos') {
        await expect(comercial.getByLabel(/^Destino — /).first()).toHaveValue('repair');
        await comercial.getByLabel(/^Destino — /).first().selectOption({ label: 'Voltar ao estoque' });
      }
      await comercial.getByRole('button', { name: button }).click();
      await expect(comercial.getByTestId('return-status')).toHaveText(status);
    }
    await expect(comercial.getByTestId('credit-note')).toContainText('Nota de crédito');

    await shop.goto('/lojista/loja?q=Vestido%20Midi%20Floral');
    await shop.getByTestId('product-card').first().getByRole('link').click();
    expect(await firstCellAvailable(shop)).toBe(before + 1);
    await shop.goto(`/lojista/devolucoes/${returnId}`);
    await expect(shop.getByTestId('return-status')).toHaveText('Encerrada');
  });

  test("finance blocks a shop: its order waits in financial analysis until released; finance cancels one", async ({ browser }) => {
    const finance = await signedIn(browser, 'financeiro@venda.local');
    await finance.goto('/financeiro/clientes?q=Armaz%C3%A9m%20Minas');
    await finance.getByRole('link', { name: 'Armazém Minas Vestuário' }).first().click();
    await finance.getByLabel('Motivo do bloqueio').fill('Títulos vencidos há 40 dias');
    await finance.getByRole('button', { name: 'Bloquear cliente' }).click();
    await finance.getByRole('button', { name: 'Sim, bloquear' }).click();
    await expect(finance.getByRole('button', { name: 'Desbloquear cliente' })).toBeVisible();

    const shop = await signedIn(browser, 'minas@venda.local');
    // Another origin than the first test's, so the stock it reads is not touched here.
    await shop.goto('/lojista/loja');
    await expect(shop.getByTestId('blocked-banner')).toContainText('Títulos vencidos há 40 dias');
    await shop.getByLabel('Origem do envio').selectOption({ label: 'Matriz Porto Alegre (RS)' });
    await expect(shop.getByTestId('price-explanation')).toContainText('enviado de Rio Grande do Sul');
    const orderId = await orderDress(shop, ['1', '1', '1', '1'], false);
    await expect(shop.getByText(/Seu cadastro está bloqueado pelo financeiro: Títulos vencidos há 40 dias/)).toBeVisible();

    const rep = await signedIn(browser, 'joao.pereira@venda.local');
    await rep.goto(`/representante/pedidos/${orderId}`);
    await rep.getByRole('button', { name: 'Aprovar' }).click();
    await expect(rep.getByTestId('order-status')).toHaveText('Em análise financeira');

    await finance.goto('/financeiro/pedidos');
    await finance.getByTestId('order-queue').getByRole('link').filter({ hasText: /#\d+/ }).first().waitFor();
    // The hold queue says why each order waits.
    await expect(finance.getByTestId('order-queue').getByRole('row').filter({ hasText: 'Armazém Minas' }).first()).toContainText('cliente bloqueado pelo financeiro');
    await finance.goto(`/financeiro/pedidos/${orderId}`);
    await expect(finance.getByText(/Em análise financeira: cliente bloqueado/)).toBeVisible();
    await finance.getByRole('button', { name: 'Liberar' }).click();
    await expect(finance.getByTestId('order-status')).toHaveText('Aprovado');

    await finance.getByLabel('Motivo').fill('Cliente pediu o cancelamento');
    await finance.getByRole('button', { name: 'Cancelar pedido' }).click();
    await expect(finance.getByTestId('order-status')).toHaveText('Cancelado');
    await shop.goto(`/lojista/pedidos/${orderId}`);
    await expect(shop.getByText('Cancelado: Cliente pediu o cancelamento')).toBeVisible();
  });
});

test.describe('closed doors', () => {
  test.use({ storageState: storageFor('usuario') });
  test('an employee has no orders or returns', async ({ page }) => {
    for (const path of ['/lojista/pedidos', '/representante/pedidos', '/comercial/pedidos', '/financeiro/pedidos', '/comercial/devolucoes', '/comercial/condicoes']) {
      expect((await page.goto(path))?.status(), path).toBe(403);
    }
  });
});
