import { expect, test } from '@playwright/test';

const PROTECTED = ['/', '/admin', '/admin/usuarios', '/comercial', '/representante', '/lojista', '/financeiro', '/usuario', '/admin/auditoria/exportar', '/admin/usuarios/exportar'];
const BYPASS_ATTEMPTS: Record<string, Record<string, string>> = {
  plain: {},
  'middleware subrequest header': { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  'RSC request': { RSC: '1' },
  'router prefetch': { 'Next-Router-Prefetch': '1', RSC: '1' },
};

test.describe('anonymous visitors', () => {
  for (const [name, headers] of Object.entries(BYPASS_ATTEMPTS)) {
    test(`are sent to login: ${name}`, async ({ request }) => {
      for (const path of PROTECTED) {
        const res = await request.get(path, { headers, maxRedirects: 0 });
        expect(res.status(), `${path}`).toBe(307);
        expect(res.headers()['location'], path).toMatch(/\/login/);
        expect(await res.text(), path).not.toContain('Ana Diretora');
      }
    });
  }

  test('are sent to login with a ?_rsc= query', async ({ request }) => {
    const res = await request.get('/admin/usuarios?_rsc=abc123', { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(res.headers()['location']).toMatch(/\/login\?callbackUrl=%2Fadmin%2Fusuarios$/);
  });

  test('come back to where they were going after logging in', async ({ page }) => {
    await page.goto('/admin/auditoria?entity=user');
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await page.getByLabel('E-mail').fill('admin@venda.local');
    await page.getByLabel('Senha').fill('venda123');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await expect(page).toHaveURL(/\/admin\/auditoria\?entity=user$/);
    await expect(page.getByRole('heading', { name: 'Auditoria' })).toBeVisible();
  });

  test('see the same message for an unknown email and a wrong password', async ({ page }) => {
    for (const email of ['ninguem@venda.local', 'comercial@venda.local']) {
      await page.goto('/login');
      await page.getByLabel('E-mail').fill(email);
      await page.getByLabel('Senha').fill('senha-errada');
      await page.getByRole('button', { name: 'Entrar' }).click();
      await expect(page.locator('form').getByRole('alert')).toHaveText('E-mail ou senha incorretos.');
      await expect(page.getByLabel('E-mail')).toHaveValue(email);
    }
  });

  test('health answers 200 with the database status, and security headers are set', async ({ request }) => {
    const res = await request.get('/api/health');
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: { status: 'ok' } });
    const page = await request.get('/login');
    const h = page.headers();
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBeTruthy();
  });
});
