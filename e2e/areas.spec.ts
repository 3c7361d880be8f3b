import { expect, test } from '@playwright/test';
import { ROLES, storageFor } from './helpers';

const HEADINGS = {
  admin: 'Administração',
  comercial: 'Comercial',
  representante: 'Minha carteira',
  lojista: 'Olá, Boutique Aurora Ltda',
  financeiro: 'Financeiro',
  usuario: 'Olá, Uriel Técnico',
} as const;

for (const role of ROLES) {
  test.describe(`${role}`, () => {
    test.use({ storageState: storageFor(role) });

    test('lands in its own area with real figures', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${role}$`));
      await expect(page.getByRole('heading', { level: 1, name: HEADINGS[role] })).toBeVisible();
      await expect(page.getByTestId('current-user')).toBeVisible();
    });

    const others = ROLES.filter((r) => r !== role);
    if (role === 'admin') {
      test('opens every other area', async ({ page }) => {
        for (const area of others) {
          const res = await page.goto(`/${area}`);
          expect(res?.status(), area).toBe(200);
        }
      });
    } else {
      test('gets 403 in every other area', async ({ page }) => {
        for (const area of others) {
          const res = await page.goto(`/${area}`);
          expect(res?.status(), area).toBe(403);
          await expect(page.getByRole('heading', { name: 'Acesso negado' })).toBeVisible();
        }
        const deep = await page.goto('/admin/usuarios/novo');
        expect(deep?.status()).toBe(403);
      });
    }
  });
}

test.describe('home figures', () => {
  test.use({ storageState: storageFor('admin') });
  test('admin home shows users per role with their numbers', async ({ page }) => {
    await page.goto('/admin');
    const table = page.getByRole('table').filter({ hasText: 'Usuários por perfil' });
    await expect(table.getByRole('row', { name: /Representante\s+\d+/ })).toBeVisible();
    await expect(page.getByText('Entrou no sistema').first()).toBeVisible();
  });
});

test.describe('deep pages answer 403 to roles that do not own them', () => {
  const deep = ['/comercial/clientes', '/comercial/produtos', '/comercial/produtos/novo', '/comercial/precos', '/comercial/precos/listas', '/comercial/restricoes', '/comercial/canais', '/comercial/clientes/importar', '/admin/usuarios', '/admin/auditoria', '/lojista/loja', '/lojista/cadastro', '/lojista/pdv', '/lojista/vendas', '/lojista/caixa', '/lojista/configuracoes', '/lojista/precos', '/lojista/contas', '/lojista/compras', '/usuario/pdv', '/usuario/vendas', '/usuario/caixa'];
  for (const role of ['representante', 'lojista', 'financeiro', 'usuario'] as const) {
    test(`${role}`, async ({ browser }) => {
      const ctx = await browser.newContext({ storageState: storageFor(role) });
      const page = await ctx.newPage();
      for (const path of deep.filter((p) => !p.startsWith(`/${role}/`))) {
        expect((await page.goto(path))?.status(), path).toBe(403);
      }
      await ctx.close();
    });
  }
});
