import { expect, test } from '@playwright/test';
import { login, ROLES, storageFor } from './helpers';
import { PAGES } from './pages';

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

for (const role of ROLES) {
  test.describe(`${role} on a phone`, () => {
    test.use({ storageState: storageFor(role) });

    test('the menu opens from a button and reaches every page of the area', async ({ page }) => {
      await page.goto(`/${role}`);
      await page.getByRole('button', { name: 'Menu' }).click();
      const menu = page.getByRole('navigation', { name: 'Navegação principal' });
      for (const path of PAGES[role].filter((p) => !/\/(novo|nova|importar)$/.test(p) && !p.includes('/precos/') && !p.endsWith('/movimentos'))) {
        if (path === `/${role}`) continue;
        await expect(menu.locator(`a[href="${path}"]`), path).toBeVisible();
      }
    });
  });
}

test.describe('keyboard', () => {
  test.use({ storageState: storageFor('comercial') });
  test('the first Tab reaches a skip link that jumps to the content', async ({ page }) => {
    await page.goto('/comercial/pedidos');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Pular para o conteúdo' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#conteudo')).toBeFocused();
  });
});

test.describe('the customer picker on a phone', () => {
  // Camila, not the demo representative: the storefront remembers whom a representative serves, and storefront.spec.ts starts from nobody.
  test.use({ storageState: { cookies: [], origins: [] } });
  test('a representative finds the customer it serves by typing and a tap, within the screen', async ({ page }) => {
    await login(page, 'camila.rocha@venda.local');
    await expect(page).toHaveURL(/\/representante$/);
    await page.goto('/representante/loja');
    const serving = page.getByRole('combobox', { name: 'Atendendo' });
    await serving.fill('Casa Vitória');
    const option = page.getByRole('listbox').getByRole('option', { name: /Casa Vitória Modas/ });
    await expect(option).toContainText('45.120.987/0001-16');
    for (const element of [serving, page.getByRole('listbox')]) {
      const box = (await element.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    await option.tap();
    await expect(page.getByText('Preços de Casa Vitória Modas (SP).')).toBeVisible();
    await expect(page.getByTestId('chosen-customer')).toContainText('45.120.987/0001-16');
  });
});
