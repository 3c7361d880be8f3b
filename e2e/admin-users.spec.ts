import { expect, test } from '@playwright/test';
import { createUserAsAdmin, login, storageFor, uniqueEmail } from './helpers';

test.describe('admin manages users', () => {
  test.use({ storageState: storageFor('admin') });

  test('a bad form keeps what was typed and says what is wrong, next to the field', async ({ page }) => {
    await page.goto('/admin/usuarios/novo');
    await page.getByLabel('Nome').fill('Joana Prado');
    await page.getByLabel('E-mail').fill('joana-sem-arroba');
    await page.getByLabel('Perfil').selectOption('lojista');
    await page.getByLabel('Senha inicial').fill('123');
    await page.getByRole('button', { name: 'Criar usuário' }).click();
    await expect(page.getByText('Informe um e-mail válido', { exact: false })).toBeVisible();
    await expect(page.getByText('A senha precisa ter pelo menos 8 caracteres.')).toBeVisible();
    await expect(page.getByText('Um lojista precisa estar vinculado a um cliente.')).toBeVisible();
    await expect(page.getByLabel('Nome')).toHaveValue('Joana Prado');
    await expect(page.getByLabel('E-mail')).toHaveValue('joana-sem-arroba');
    await expect(page.getByLabel('Perfil')).toHaveValue('lojista');
  });

  test('links a shop login to one of two namesake customers, told apart by CNPJ and city, with the keyboard', async ({ page }) => {
    await page.goto('/admin/usuarios/novo');
    await page.getByLabel('Nome').fill('Lojista Homônima');
    await page.getByLabel('E-mail').fill(uniqueEmail('homonima'));
    await page.getByLabel('Perfil').selectOption('lojista');
    const picker = page.getByRole('combobox', { name: 'Cliente vinculado' });
    await picker.fill('Boutique Bella Moda Confecções');
    const namesakes = page.getByRole('listbox').getByRole('option', { name: /Boutique Bella Moda Confecções Ltda/ });
    await expect(namesakes).toHaveCount(2);
    await expect(namesakes.filter({ hasText: 'Blumenau / SC' })).toContainText('29.841.458/0001-55');
    const joinville = namesakes.filter({ hasText: 'Joinville / SC' });
    await expect(joinville).toContainText('10.541.098/0001-48');
    // The first match is under the cursor; ↓ moves to the one in Joinville when it is second, and Enter takes it.
    await expect(namesakes.first()).toHaveAttribute('aria-selected', 'true');
    if ((await joinville.getAttribute('aria-selected')) !== 'true') await picker.press('ArrowDown');
    await expect(joinville).toHaveAttribute('aria-selected', 'true');
    await picker.press('Enter');
    const chosen = page.getByTestId('chosen-customer');
    await expect(chosen).toContainText('10.541.098/0001-48');
    await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(0);
    // Escape closes a list without changing the choice.
    await picker.fill('Boutique Bella Moda Confecções');
    await expect(namesakes).toHaveCount(2);
    await picker.press('Escape');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expect(chosen).toContainText('10.541.098/0001-48');

    // A refused form keeps the customer chosen.
    await page.getByLabel('Senha inicial').fill('123');
    await page.getByRole('button', { name: 'Criar usuário' }).click();
    await expect(page.getByText('A senha precisa ter pelo menos 8 caracteres.')).toBeVisible();
    await expect(chosen).toContainText('10.541.098/0001-48');
    await page.getByLabel('Senha inicial').fill('senha-forte-9');
    await page.getByRole('button', { name: 'Criar usuário' }).click();
    await expect(page.getByText('Usuário criado.')).toBeVisible();
    // The user's page shows the link as it was chosen.
    await expect(chosen).toContainText('Boutique Bella Moda Confecções Ltda');
    await expect(chosen).toContainText('Joinville / SC');
  });

  test('creates a user who can log in; blocking them ends their open session at the next request', async ({ page, browser }) => {
    // Three logins and a user creation (argon2 hashes, deliberately slow): more than the default budget on a busy machine.
    test.setTimeout(90_000);
    const email = uniqueEmail('bloqueio');
    await createUserAsAdmin(page, { name: 'Carla Teste', email, role: 'comercial', password: 'senha-forte-1' });

    const userContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const userPage = await userContext.newPage();
    await login(userPage, email, 'senha-forte-1');
    await expect(userPage).toHaveURL(/\/comercial$/);

    await page.getByLabel('Motivo do bloqueio').fill('Desligada da empresa');
    await page.getByRole('button', { name: 'Bloquear acesso' }).click();
    await expect(page.getByRole('button', { name: 'Desbloquear' })).toBeVisible();

    // The cookie is still there, but the next request is refused.
    await userPage.goto('/comercial');
    await expect(userPage).toHaveURL(/\/login/);
    await login(userPage, email, 'senha-forte-1');
    await expect(userPage.locator('form').getByRole('alert')).toHaveText('Sua conta está bloqueada. Fale com o administrador.');

    await page.getByRole('button', { name: 'Desbloquear' }).click();
    await expect(page.getByRole('button', { name: 'Bloquear acesso' })).toBeVisible();
    await login(userPage, email, 'senha-forte-1');
    await expect(userPage).toHaveURL(/\/comercial$/);
    await userContext.close();
  });

  test('a demoted user loses the old area at the next request', async ({ page, browser }) => {
    const email = uniqueEmail('rebaixado');
    await createUserAsAdmin(page, { name: 'Diego Teste', email, role: 'comercial', password: 'senha-forte-2' });
    const userContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const userPage = await userContext.newPage();
    await login(userPage, email, 'senha-forte-2');
    await expect(userPage).toHaveURL(/\/comercial$/);

    await page.getByLabel('Perfil').selectOption('representante');
    await page.getByRole('button', { name: 'Salvar alterações' }).click();
    await expect(page.getByText('Alterações salvas.')).toBeVisible();

    const res = await userPage.goto('/comercial');
    expect(res?.status()).toBe(403);
    await userPage.goto('/');
    await expect(userPage).toHaveURL(/\/representante$/);
    await userContext.close();
  });

  test('sends a password-reset link that the user follows to choose a new password', async ({ page, browser }) => {
    const email = uniqueEmail('reset');
    await createUserAsAdmin(page, { name: 'Renata Teste', email, role: 'financeiro', password: 'senha-antiga-1' });
    await page.getByRole('button', { name: 'Enviar link de redefinição' }).click();
    await expect(page.getByText('Link de redefinição enviado')).toBeVisible();

    await page.goto('/admin/emails');
    await page.getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) }).filter({ hasText: 'Redefinição' }).getByRole('link').click();
    const text = await page.getByTestId('email-text').innerText();
    const link = /https?:\/\/\S+\/redefinir-senha\/[A-Za-z0-9_-]+/.exec(text)![0];

    const anon = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const p = await anon.newPage();
    await p.goto(new URL(link).pathname);
    await p.getByLabel('Nova senha', { exact: true }).fill('senha-nova-123');
    await p.getByLabel('Confirme a nova senha').fill('senha-nova-123');
    await p.getByRole('button', { name: 'Salvar senha' }).click();
    await expect(p.getByText('Senha alterada.')).toBeVisible();
    await login(p, email, 'senha-nova-123');
    await expect(p).toHaveURL(/\/financeiro$/);
    await anon.close();
  });

  test('the users list searches, filters and sorts on the server, and exports what it shows as CSV', async ({ page }) => {
    await page.goto('/admin/usuarios');
    await page.getByLabel('Buscar usuários').fill('aurora');
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await expect(page).toHaveURL(/q=aurora/);
    await expect(page.getByRole('link', { name: 'Luiza Aurora' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bruno Comercial' })).toHaveCount(0);

    await page.getByLabel('Buscar usuários').fill('');
    await page.getByLabel('Perfil').selectOption('representante');
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await expect(page.getByRole('link', { name: 'Camila Rocha' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ana Diretora' })).toHaveCount(0);

    // The name column is sorted A→Z; its header link turns it Z→A, keeping the filter.
    await page.getByTestId('users').getByRole('link', { name: /^Nome/ }).click();
    await expect(page).toHaveURL(/role=representante.*dir=desc|dir=desc.*role=representante/);
    await expect(page.getByTestId('users').getByRole('row').nth(1)).toContainText('Rafael Moreira');

    const href = await page.getByRole('link', { name: 'Exportar CSV' }).getAttribute('href');
    expect(href).toContain('role=representante');
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/csv');
    const body = await res.text();
    expect(body.startsWith('\uFEFFnome;email;perfil;situacao;cliente_ou_loja;ultimo_acesso')).toBe(true);
    expect(body).toContain('representante@venda.local;Representante;Ativo');
    expect(body).not.toContain('admin@venda.local');
  });

  test('the audit log filters and exports what it shows', async ({ page }) => {
    await page.goto('/admin/auditoria');
    await page.getByLabel('Ação', { exact: true }).selectOption('auth.login');
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await expect(page).toHaveURL(/action=auth\.login/);
    // Sign-ins are hidden by default; choosing their action shows them, in words.
    await expect(page.getByRole('cell', { name: 'Entrou no sistema' }).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: 'system.seed' })).toHaveCount(0);

    // Who acted is found by typing (there can be thousands of users), and stays chosen after filtering.
    const who = page.getByRole('combobox', { name: 'Quem' });
    await who.fill('diretora');
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('admin@venda.local');
    await who.press('Enter');
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await expect(page).toHaveURL(/actor=[0-9a-f-]{36}/);
    await expect(page.getByTestId('chosen-user')).toContainText('Ana Diretora');
    await expect(page.getByRole('cell', { name: /Ana Diretora/ }).first()).toBeVisible();

    // An entry's own page says who, when and on what record.
    await page.getByRole('link', { name: /^Detalhes — Entrou no sistema/ }).first().click();
    await expect(page).toHaveURL(/\/admin\/auditoria\/\d+$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Entrou no sistema' })).toBeVisible();
    await expect(page.getByText('Ana Diretora · Administração')).toBeVisible();

    const res = await page.request.get('/admin/auditoria/exportar?action=auth.login');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/csv');
    const body = await res.text();
    expect(body).toContain('auth.login');
    expect(body).not.toContain('system.seed');
  });
});

test.describe('the admin exports are closed to others', () => {
  test.use({ storageState: storageFor('comercial') });
  test('comercial gets 403 from the CSV routes', async ({ request }) => {
    for (const path of ['/admin/auditoria/exportar', '/admin/usuarios/exportar']) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(403);
    }
  });
});
