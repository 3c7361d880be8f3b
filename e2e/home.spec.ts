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
