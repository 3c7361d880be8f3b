import { expect, test } from '@playwright/test';
import { storageFor } from './helpers';

test.describe('printing an order', () => {
  test.use({ storageState: storageFor('lojista') });
  test('the shop prints a delivered order: lines and totals on paper, no navigation or buttons', async ({ page }) => {
    await page.goto('/lojista/pedidos?status=delivered');
    await page.getByTestId('orders').getByRole('link', { name: /^#\d+$/ }).first().click();
    await expect(page.getByTestId('order-status')).toHaveText('Entregue');
    // Invoiced on a 30/60 term: two installments with their due dates.
    await expect(page.getByTestId('installments').getByRole('listitem')).toHaveCount(2);
    await expect(page.getByTestId('installments')).toContainText(/1ª parcela: R\$\s[\d.,]+, vence em/);
    const print = page.getByRole('button', { name: 'Imprimir' });
    await expect(print).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(print).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Navegação principal' })).toBeHidden();
    await expect(page.getByRole('link', { name: /Voltar aos pedidos/ })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Histórico' })).toBeHidden();
    await expect(page.getByTestId('order-total')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: /Pedido #\d+/ })).toBeVisible();
  });
});

test.describe('ordering again', () => {
  test.use({ storageState: storageFor('lojista') });
  test('the shop orders a delivered order again: its items land in the draft at today’s prices', async ({ page }) => {
    await page.goto('/lojista/pedidos?status=delivered');
    await page.getByTestId('orders').getByRole('link', { name: /^#\d+$/ }).first().click();
    const product = (await page.getByTestId('order-lines').locator('th[scope="rowgroup"]').first().innerText()).trim();
    await page.getByRole('button', { name: 'Pedir novamente' }).click();
    await expect(page.getByText(/Itens no rascunho #\d+, com os preços de hoje\./)).toBeVisible();
    await page.getByRole('link', { name: 'Abrir rascunho' }).click();
    await expect(page.getByTestId('order-status')).toHaveText('Rascunho');
    await expect(page.getByRole('heading', { name: product })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Revisar e enviar' })).toBeVisible();
    // The header's cart shows the draft's pieces and total for its origin.
    await expect(page.getByTestId('cart-indicator')).toContainText(/\d+ peças? · R\$/);
  });
});
