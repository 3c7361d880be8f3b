import { expect, test } from '@playwright/test';
import { storageFor } from './helpers';

test.describe('printing an order', () => {
  test.use({ storageState: storageFor('lojista') });
  test('the shop prints a delivered order: lines and totals on paper, no navigation or buttons', async ({ page }) => {
    await page.goto('/lojista/pedidos?status=delivered');
    await page.getByTestId('orders').getByRole('link', { name: /^#\d+$/ }).first().click();
    await expect(page.getByTestId('order-status')).toHaveText('Entregue');
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
