import { expect, test } from '@playwright/test';
import { storageFor } from './helpers';

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test.describe('comercial manages a product', () => {
  test.use({ storageState: storageFor('comercial') });

  test('uploads an image (and is told when a file is not an image), and a stock receipt shows in the storefront', async ({ page, browser }) => {
    await page.goto('/comercial/produtos');
    await page.getByRole('link', { name: 'Saia Midi Plissada' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Saia Midi Plissada/ })).toBeVisible();

    await page.getByLabel('Imagem (JPEG, PNG ou WebP)').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
    await page.getByRole('button', { name: 'Enviar imagem' }).click();
    await expect(page.getByText('Arquivo não aceito: envie uma imagem JPEG, PNG ou WebP.')).toBeVisible();
    await page.getByLabel('Imagem (JPEG, PNG ou WebP)').setInputFiles({ name: 'saia.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: 'Enviar imagem' }).click();
    await expect(page.getByText('Imagem adicionada.')).toBeVisible();
    const img = page.getByRole('img', { name: 'Saia Midi Plissada' }).first();
    await expect(img).toBeVisible();
    const res = await page.request.get((await img.getAttribute('src'))!);
    expect(res.headers()['content-type']).toBe('image/png');

    // Stock has its own tab: the levels, the movement form and the ledger.
    await page.getByRole('navigation', { name: 'Seções do produto' }).getByRole('link', { name: 'Estoque', exact: true }).click();
    await expect(page).toHaveURL(/aba=estoque/);
    const stock = page.getByTestId('admin-stock');
    const firstRow = stock.getByRole('row').nth(1);
    const before = Number((await firstRow.getByRole('cell').nth(1).innerText()).split('\n')[0]);
    const stockForm = page.getByRole('form', { name: 'Estoque por origem' });
    await stockForm.getByLabel('Variante', { exact: true }).selectOption({ index: 0 });
    await stockForm.getByLabel('Origem', { exact: true }).selectOption({ label: 'RS-MATRIZ (RS)' });
    await stockForm.getByLabel('Movimento', { exact: true }).selectOption('receipt');
    await stockForm.getByLabel('Quantidade', { exact: true }).fill('40');
    await stockForm.getByRole('button', { name: 'Registrar' }).click();
    await expect(stockForm.getByText('Salvo.')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('admin-stock').getByRole('row').nth(1).getByRole('cell').nth(1)).toContainText(String(before + 40));
    const latest = page.getByTestId('stock-movements').getByRole('row').nth(1);
    await expect(latest).toContainText('Entrada');
    await expect(latest).toContainText('+40');
    await expect(latest).toContainText('Bruno Comercial');

    // EAN and minimum stock per variant are the third tab.
    await page.getByRole('link', { name: 'EAN e estoque mínimo' }).click();
    await expect(page).toHaveURL(/aba=variantes/);
    await expect(page.getByRole('heading', { name: 'EAN e estoque mínimo por variante' })).toBeVisible();
    await expect(page.getByLabel('EAN-13').first()).toBeVisible();

    const shop = await browser.newContext({ storageState: storageFor('representante') });
    const s = await shop.newPage();
    await s.goto('/representante/loja?q=Saia%20Midi');
    await s.getByRole('link', { name: 'Saia Midi Plissada' }).click();
    await expect(s.getByRole('img', { name: 'Saia Midi Plissada' })).toBeVisible();
    await shop.close();
  });
});
