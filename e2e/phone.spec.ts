import { expect, test } from '@playwright/test';
import { ROLES, storageFor, type Role } from './helpers';

/** The pages of each area, as a phone user reaches them from the menu. */
const PAGES: Record<Role, string[]> = {
  admin: ['/admin', '/admin/usuarios', '/admin/usuarios/novo', '/admin/auditoria', '/admin/emails'],
  comercial: [
    '/comercial',
    '/comercial/clientes',
    '/comercial/clientes/novo',
    '/comercial/clientes/importar',
    '/comercial/representantes',
    '/comercial/produtos',
    '/comercial/produtos/novo',
    '/comercial/restricoes',
    '/comercial/precos',
    '/comercial/precos/listas',
    '/comercial/precos/grupos',
    '/comercial/precos/contratos',
    '/comercial/precos/ajustes',
    '/comercial/precos/configuracoes',
    '/comercial/canais',
    '/comercial/pedidos',
    '/comercial/condicoes',
    '/comercial/devolucoes',
  ],
  representante: ['/representante', '/representante/clientes', '/representante/clientes/novo', '/representante/loja', '/representante/pedidos', '/representante/devolucoes'],
  lojista: ['/lojista', '/lojista/loja', '/lojista/pedidos', '/lojista/devolucoes', '/lojista/cadastro'],
  financeiro: ['/financeiro', '/financeiro/clientes', '/financeiro/pedidos', '/financeiro/notas-de-credito'],
  usuario: ['/usuario'],
};

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

for (const role of ROLES) {
  test.describe(`${role} on a phone`, () => {
    test.use({ storageState: storageFor(role) });

    test('the menu opens from a button and reaches every page of the area', async ({ page }) => {
      await page.goto(`/${role}`);
      await page.getByRole('button', { name: 'Menu' }).click();
      const menu = page.getByRole('navigation', { name: 'Navegação principal' });
      for (const path of PAGES[role].filter((p) => !/\/(novo|importar)$/.test(p) && !p.includes('/precos/'))) {
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
