import { expect, test } from '@playwright/test';
import { ROLES, storageFor } from './helpers';
import { everyPageOf, PAGES } from './pages';

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

for (const role of ROLES) {
  test.describe(`${role} on a phone`, () => {
    test.use({ storageState: storageFor(role) });

    test('the menu opens from a button and reaches every page of the area', async ({ page }) => {
      await page.goto(`/${role}`);
      await page.getByRole('button', { name: 'Menu' }).click();
      const menu = page.getByRole('navigation', { name: 'Navegação principal' });
      for (const path of PAGES[role].filter((p) => !/\/(novo|nova|importar)$/.test(p) && !p.includes('/precos/'))) {
        if (path === `/${role}`) continue;
        await expect(menu.locator(`a[href="${path}"]`), path).toBeVisible();
      }
    });

    test('every page and record page is no wider than the phone', async ({ page }) => {
      test.setTimeout(120_000);
      const tooWide: string[] = [];
      for (const path of await everyPageOf(page, role)) {
        await page.goto(path);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > PHONE.width) tooWide.push(`${path}: ${width}px`);
      }
      expect(tooWide).toEqual([]);
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
