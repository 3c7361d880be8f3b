import { expect, test } from '@playwright/test';
import { storageFor } from './helpers';

test.describe('home "to do" card', () => {
  test.use({ storageState: storageFor('comercial') });
  test('comercial opens the orders waiting for approval from its home page', async ({ page }) => {
    await page.goto('/comercial');
    const card = page.getByTestId('work-queues');
    await expect(card.getByRole('link', { name: /Pedidos para aprovar/ })).toBeVisible();
    await expect(card.getByRole('link', { name: /Devoluções a autorizar/ })).toBeVisible();
    await card.getByRole('link', { name: /Pedidos para aprovar/ }).click();
    await expect(page).toHaveURL(/\/comercial\/pedidos\?status=submitted$/);
    await expect(page.getByLabel('Situação')).toHaveValue('submitted');
    const items = page.getByRole('link', { name: 'Exportar itens (CSV)' });
    await expect(items).toHaveAttribute('href', /detail=lines/);
    const csv = await page.request.get((await items.getAttribute('href'))!);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).replace(/^\uFEFF/, '')).toMatch(/^numero;status;cliente;uf;representante;canal;enviado_em;referencia;produto;cor;tamanho;sku;quantidade;preco_unitario;total_linha\r\n/);
    // Opens in Brazilian Excel: status in words, São Paulo time, amounts with a decimal comma.
    expect(await csv.text()).toMatch(/\r\n\d+;Aguardando aprovação;[^\r\n]*;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2};[^\r\n]*;\d+;[\d.]+,\d{2};[\d.]+,\d{2}\r\n/);
  });
});

test.describe('finance home', () => {
  test.use({ storageState: storageFor('financeiro') });
  test('finance opens the blocked customers from its home page', async ({ page }) => {
    await page.goto('/financeiro');
    const card = page.getByTestId('work-queues');
    await expect(card.getByRole('link', { name: /Pedidos em análise financeira/ })).toBeVisible();
    await card.getByRole('link', { name: /Clientes bloqueados/ }).click();
    await expect(page).toHaveURL(/\/financeiro\/clientes\?status=blocked$/);
    await expect(page.getByLabel('Situação')).toHaveValue('blocked');
  });
});

test.describe('finance credit notes', () => {
  test.use({ storageState: storageFor('financeiro') });
  test('finance opens the credit notes from its home page and exports them as CSV; a shop cannot', async ({ page, browser }) => {
    await page.goto('/financeiro');
    await page.getByTestId('work-queues').getByRole('link', { name: /Notas de crédito em aberto/ }).click();
    await expect(page).toHaveURL(/\/financeiro\/notas-de-credito$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Notas de crédito' })).toBeVisible();
    await page.getByLabel('Situação').selectOption('open');
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await expect(page).toHaveURL(/status=open/);
    await expect(page.getByRole('link', { name: 'Exportar CSV' })).toHaveAttribute('href', '/financeiro/notas-de-credito/exportar?status=open');
    const csv = await page.request.get('/financeiro/notas-de-credito/exportar?status=open');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).replace(/^\uFEFF/, '')).toMatch(/^numero;data;cliente;uf;devolucao;valor;situacao\r\n/);

    const shop = await browser.newContext({ storageState: storageFor('lojista') });
    expect((await shop.request.get('/financeiro/notas-de-credito/exportar')).status()).toBe(403);
    await shop.close();
  });
});


test.describe('approval queue', () => {
  test.use({ storageState: storageFor('representante') });
  test('a representative approves a portfolio order right from the queue', async ({ page }) => {
    await page.goto('/representante');
    await page.getByTestId('work-queues').getByRole('link', { name: /Pedidos para aprovar/ }).click();
    await expect(page).toHaveURL(/\/representante\/pedidos\?status=submitted$/);
    const queue = page.getByTestId('order-queue');
    const first = queue.getByRole('row').nth(1);
    const number = (await first.getByRole('link', { name: /^#\d+$/ }).textContent())!;
    await first.getByRole('button', { name: 'Aprovar' }).click();
    await expect(queue.getByRole('link', { name: number, exact: true })).toHaveCount(0);
    await page.goto('/representante/pedidos');
    await page.getByTestId('orders').getByRole('link', { name: number, exact: true }).click();
    await expect(page.getByTestId('order-status')).toHaveText(/Aprovado|Em análise financeira/);
  });
});
