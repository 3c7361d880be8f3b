import { expect, test } from '@playwright/test';
import { login, storageFor, uniqueEmail } from './helpers';

test.describe('server actions', () => {
  test.use({ storageState: storageFor('admin') });

  test('a server action POSTed with a foreign Origin is refused and changes nothing', async ({ page }) => {
    const email = uniqueEmail('origem');
    await page.goto('/admin/usuarios/novo');
    await page.getByLabel('Nome').fill('Origem Legítima');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Perfil').selectOption('comercial');
    await page.getByLabel('Senha inicial').fill('senha-forte-9');
    const requestPromise = page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
    await page.getByRole('button', { name: 'Criar usuário' }).click();
    const original = await requestPromise;
    await expect(page.getByText('Usuário criado.')).toBeVisible();

    const forged = uniqueEmail('forjado');
    const body = (original.postData() ?? '').replace(email, forged);
    const headers: Record<string, string> = { ...original.headers(), origin: 'https://evil.example' };
    delete headers['content-length'];
    const res = await page.request.post(original.url(), { headers, data: body });
    expect(res.status()).toBeGreaterThanOrEqual(400);

    await page.goto(`/admin/usuarios?q=${encodeURIComponent(forged)}`);
    await expect(page.getByText('Nenhum usuário com esses filtros')).toBeVisible();
  });
});

test('repeated wrong passwords lock the account, even for the right password', async ({ page, browser }) => {
  // Seven password hashes (argon2, deliberately slow) in a row: more than the default budget on a busy 2-core machine.
  test.setTimeout(90_000);
  const admin = await browser.newContext({ storageState: storageFor('admin') });
  const adminPage = await admin.newPage();
  const email = uniqueEmail('throttle');
  await adminPage.goto('/admin/usuarios/novo');
  await adminPage.getByLabel('Nome').fill('Tentativas Teste');
  await adminPage.getByLabel('E-mail').fill(email);
  await adminPage.getByLabel('Perfil').selectOption('financeiro');
  await adminPage.getByLabel('Senha inicial').fill('senha-certa-1');
  await adminPage.getByRole('button', { name: 'Criar usuário' }).click();
  await expect(adminPage.getByText('Usuário criado.')).toBeVisible();
  await admin.close();

  for (let i = 0; i < 5; i++) {
    await login(page, email, `errada-${i}`);
    await expect(page.locator('form').getByRole('alert')).toHaveText('E-mail ou senha incorretos.');
  }
  await login(page, email, 'senha-certa-1');
  await expect(page.locator('form').getByRole('alert')).toHaveText('Muitas tentativas sem sucesso. Aguarde 15 minutos e tente novamente.');
  await expect(page).toHaveURL(/\/login/);
});

test('the session cookie is HttpOnly, SameSite=Lax and Secure in production', async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await ctx.newPage();
  await login(page, 'financeiro@venda.local');
  await expect(page).toHaveURL(/\/financeiro$/);
  const session = (await ctx.cookies()).find((c) => c.name.includes('authjs.session-token'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });
  expect(session!.name).toBe('__Secure-authjs.session-token');
  await ctx.close();
});
