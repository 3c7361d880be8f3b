import { expect, test } from '@playwright/test';
import { login } from './helpers';

test('a user switches language, it is saved on the profile, and logout works', async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await ctx.newPage();
  await login(page, 'marcos.caixa@venda.local');
  await expect(page).toHaveURL(/\/usuario$/);
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByText('Your shop and your team.')).toBeVisible();

  // A fresh browser, same user: the language comes from the profile.
  const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const p2 = await other.newPage();
  await login(p2, 'marcos.caixa@venda.local');
  await expect(p2.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await p2.getByLabel('Language').selectOption('pt-BR');
  await expect(p2.getByRole('button', { name: 'Sair' })).toBeVisible();
  await other.close();

  await page.reload();
  const cookiesBeforeLogout = await ctx.cookies();
  await page.getByRole('button', { name: 'Sair' }).click();
  await expect(page.locator('input[name="password"]')).toBeVisible();
  await page.goto('/usuario');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fusuario/);

  // The old session cookie, put back (a copy kept by a request in flight, or stolen), is refused.
  await ctx.addCookies(cookiesBeforeLogout);
  await page.goto('/usuario');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fusuario/);
  await expect(page.locator('input[name="password"]')).toBeVisible();
  await ctx.close();
});

test('times show in the São Paulo format', async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: 'e2e/.auth/admin.json' });
  const page = await ctx.newPage();
  await page.goto('/admin/usuarios');
  await expect(page.getByRole('cell', { name: /^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/ }).first()).toBeVisible();
  await ctx.close();
});
