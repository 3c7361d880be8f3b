import { expect, test, type Page } from '@playwright/test';
import { storageFor } from './helpers';

/** Valid documents made up per test run, so parallel tests never collide. */
function checkDigitsCnpj(base: string): string {
  let doc = base;
  for (const len of [12, 13]) {
    let sum = 0;
    for (let i = 0; i < len; i++) sum += (doc.charCodeAt(i) - 48) * (((len - 1 - i) % 8) + 2);
    const r = sum % 11;
    doc += String(r < 2 ? 0 : 11 - r);
  }
  return doc;
}
const uniqueCnpj = () => checkDigitsCnpj(`${String(Date.now() % 1e8).padStart(8, '3')}${String(Math.floor(Math.random() * 9000) + 1000)}`);
const randomPlate = () => `${['Q', 'W', 'K'][Math.floor(Math.random() * 3)]}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}${Math.floor(Math.random() * 10)}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}${String(Math.floor(Math.random() * 90) + 10)}`;

async function fillNewCustomer(page: Page, c: { document: string; name: string; city: string; uf: string; plate?: string }) {
  await page.getByLabel('CPF ou CNPJ').fill(c.document);
  await page.getByLabel('Nome / razão social').fill(c.name);
  await page.getByLabel('Cidade').first().fill(c.city);
  await page.getByLabel('UF').first().selectOption(c.uf);
  if (c.plate) {
    await page.getByRole('button', { name: 'Adicionar placa ou série' }).click();
    await page.getByLabel('Placa ou série').fill(c.plate);
  }
}

test.describe('a representative', () => {
  test.use({ storageState: storageFor('representante') });

  test('fixes an invalid CNPJ without retyping, saves, and finds the customer by plate', async ({ page }) => {
    const name = `Loja Validação ${Date.now()}`;
    const plate = randomPlate();
    await page.goto('/representante/clientes/novo');
    await fillNewCustomer(page, { document: '11.222.333/0001-82', name, city: 'Blumenau', uf: 'SC', plate });
    await page.getByRole('button', { name: 'Cadastrar cliente' }).click();

    await expect(page.getByText('CPF ou CNPJ inválido: confira os dígitos.')).toBeVisible();
    await expect(page.getByLabel('CPF ou CNPJ')).toHaveValue('11.222.333/0001-82');
    await expect(page.getByLabel('Nome / razão social')).toHaveValue(name);
    await expect(page.getByLabel('Placa ou série')).toHaveValue(plate);

    await page.getByLabel('CPF ou CNPJ').fill(uniqueCnpj());
    await page.getByRole('button', { name: 'Cadastrar cliente' }).click();
    await expect(page).toHaveURL(/\/representante\/clientes\/[0-9a-f-]{36}\?saved=1$/);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('Rafael Moreira').first()).toBeVisible();

    await page.goto('/representante/clientes');
    await page.getByRole('combobox', { name: 'Buscar clientes' }).fill(plate.toLowerCase());
    await page.getByRole('listbox').getByRole('option', { name: new RegExp(name) }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  });

  test("gets 404 for another representative's customer, by page, search and export", async ({ page, request, browser }) => {
    // Find the id of Camila Rocha's customer as comercial sees it.
    const staff = await browser.newContext({ storageState: storageFor('comercial') });
    const staffPage = await staff.newPage();
    await staffPage.goto('/comercial/clientes?q=Estilo%20Carioca');
    const href = await staffPage.getByRole('link', { name: 'Estilo Carioca Comércio de Roupas' }).getAttribute('href');
    await staff.close();
    const id = href!.split('/').pop();

    expect((await page.goto(`/representante/clientes/${id}`))?.status()).toBe(404);
    await page.goto('/representante/clientes');
    await expect(page.getByRole('link', { name: 'Estilo Carioca Comércio de Roupas' })).toHaveCount(0);
    const search = await request.get('/api/clientes/busca?q=Estilo%20Carioca');
    expect((await search.json()).results).toEqual([]);
    const csv = await (await request.get('/representante/clientes/exportar')).text();
    expect(csv).not.toContain('Estilo Carioca');
    expect(csv).toContain('Boutique Aurora');
    expect((await page.goto('/comercial/clientes'))?.status()).toBe(403);
  });
});

test.describe('comercial', () => {
  test.use({ storageState: storageFor('comercial') });

  test('transfers a customer and the old representative no longer sees it', async ({ page, browser }) => {
    const name = `Loja Transferida ${Date.now()}`;
    await page.goto('/comercial/clientes/novo');
    await fillNewCustomer(page, { document: uniqueCnpj(), name, city: 'Chapecó', uf: 'SC' });
    await page.getByLabel('Representante').selectOption({ label: 'Rafael Moreira' });
    await page.getByRole('button', { name: 'Cadastrar cliente' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const customerUrl = new URL(page.url()).pathname;
    const id = customerUrl.split('/').pop()!;

    const rep = await browser.newContext({ storageState: storageFor('representante') });
    const repPage = await rep.newPage();
    expect((await repPage.goto(`/representante/clientes/${id}`))?.status()).toBe(200);

    await page.goto(`/comercial/clientes?q=${encodeURIComponent(name)}`);
    await page.getByRole('checkbox', { name: `Selecionar ${name}` }).check();
    await page.getByLabel('Transferir marcados para').selectOption({ label: 'Camila Rocha' });
    await page.getByRole('button', { name: 'Transferir', exact: true }).click();
    await expect(page.getByText('1 cliente transferido.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Camila Rocha');

    expect((await repPage.goto(`/representante/clientes/${id}`))?.status()).toBe(404);
    await page.goto(customerUrl);
    await expect(page.getByText('Transferido de carteira')).toBeVisible();
    await rep.close();
  });

  test('one search box: Enter filters the table and its export, the arrows and Enter open a customer', async ({ page }) => {
    // Two customers of the same name, told apart by document and city.
    const name = `Loja Gêmea ${Date.now()}`;
    const docs = [uniqueCnpj(), uniqueCnpj()];
    for (const [i, city] of ['Chapecó', 'Blumenau'].entries()) {
      await page.goto('/comercial/clientes/novo');
      await fillNewCustomer(page, { document: docs[i]!, name, city, uf: 'SC' });
      await page.getByRole('button', { name: 'Cadastrar cliente' }).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    }

    await page.goto('/comercial/clientes');
    await expect(page.locator('input[name="q"]')).toHaveCount(1);
    const search = page.getByRole('combobox', { name: 'Buscar clientes' });
    await search.fill(name);
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options).toHaveCount(2);
    await expect(options.filter({ hasText: 'Chapecó / SC' })).toHaveCount(1);
    await expect(options.filter({ hasText: 'Blumenau / SC' })).toHaveCount(1);
    // No match is under the cursor, so Enter filters the table instead of opening one.
    await expect(page.getByRole('listbox').getByRole('option', { selected: true })).toHaveCount(0);
    await search.press('Enter');
    await expect(page).toHaveURL(/[?&]q=Loja/);
    await expect(search).toHaveValue(name);
    await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Boutique Aurora Ltda' })).toHaveCount(0);
    // Arriving with a filter opens no list.
    await expect(page.getByRole('listbox')).toHaveCount(0);

    const href = await page.getByRole('link', { name: 'Exportar CSV' }).getAttribute('href');
    expect(href).toContain('q=');
    const csv = await (await page.request.get(href!)).text();
    expect(csv.split('\r\n').filter((line) => line.includes(name))).toHaveLength(2);
    expect(csv).not.toContain('Boutique Aurora');

    // By the bare CNPJ: ↓ puts the match under the cursor, Escape closes the list, Enter opens the customer.
    await search.fill(docs[1]!);
    await expect(options).toHaveCount(1);
    await search.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await search.press('Escape');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await search.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/comercial\/clientes\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('Blumenau').first()).toBeVisible();
  });

  test('the customer picker adds a new customer to a price group and hides a product from it', async ({ page }) => {
    const name = `Loja Escolhida ${Date.now()}`;
    const document = uniqueCnpj();
    await page.goto('/comercial/clientes/novo');
    await fillNewCustomer(page, { document, name, city: 'Chapecó', uf: 'SC' });
    await page.getByRole('button', { name: 'Cadastrar cliente' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    // A price group: customers are taken one by one, each by typing and Enter (the first match is under the cursor).
    await page.goto('/comercial/precos/grupos');
    const picker = page.getByRole('combobox', { name: 'Clientes a adicionar' });
    await picker.fill(document);
    await expect(page.getByRole('listbox').getByRole('option', { name: new RegExp(name) })).toHaveAttribute('aria-selected', 'true');
    await picker.press('Enter');
    await picker.fill('27.865.134/0001-21');
    await expect(page.getByRole('listbox').getByRole('option', { name: /Boutique Aurora Ltda/ })).toHaveAttribute('aria-selected', 'true');
    await picker.press('Enter');
    const chosen = page.getByTestId('chosen-customer');
    await expect(chosen).toHaveCount(2);
    // Boutique Aurora is already in a group: nothing is added, the refusal names it, and the choices stay to be corrected.
    await page.getByRole('button', { name: 'Adicionar ao grupo' }).click();
    await expect(page.getByText('Já em um grupo: Boutique Aurora Ltda', { exact: false })).toBeVisible();
    await expect(chosen).toHaveCount(2);
    await page.getByRole('button', { name: 'Remover Boutique Aurora Ltda', exact: true }).click();
    await page.getByRole('button', { name: 'Adicionar ao grupo' }).click();
    await expect(page.getByText('Clientes adicionados ao grupo.')).toBeVisible();
    await expect(chosen).toHaveCount(0);
    const leave = page.getByRole('button', { name: `Remover ${name} do grupo`, exact: true });
    await leave.click();
    await expect(leave).toHaveCount(0);

    // A restriction aimed at one customer, found by name.
    await page.goto('/comercial/restricoes');
    await page.getByLabel('Esconder').selectOption('product');
    // The product is searched by part of its name, not scrolled for in the whole catalog.
    const what = page.getByRole('combobox', { name: 'Qual' });
    await what.fill('bolsa palha');
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('Acessório Bolsa Palha');
    await what.press('Enter');
    await expect(page.getByTestId('chosen-product')).toContainText('Acessório Bolsa Palha');
    await page.getByLabel('De', { exact: true }).selectOption('customer');
    const who = page.getByRole('combobox', { name: 'Quem' });
    await who.fill(name);
    await expect(page.getByRole('listbox').getByRole('option', { name: new RegExp(name) })).toContainText('Chapecó / SC');
    await who.press('Enter');
    await expect(chosen).toContainText(name);
    await page.getByRole('button', { name: 'Adicionar restrição' }).click();
    await expect(page.getByText('Restrição adicionada.')).toBeVisible();
    await expect(chosen).toHaveCount(0);
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText('Acessório Bolsa Palha');
    await row.getByRole('button', { name: 'Remover' }).click();
    await expect(row).toHaveCount(0);
  });

  test('imports a CSV with bad rows: sees the report, imports the valid ones with progress', async ({ page }) => {
    const good = uniqueCnpj();
    const header = 'documento,nome,nome_fantasia,inscricao_estadual,email,telefones,cep,logradouro,numero,complemento,bairro,cidade,uf,representante_email,porte,tipo_uso,tags,placas,series,observacoes,limite_credito,situacao';
    const csv = [
      header,
      `${good},Loja Importada E2E ${good},,,,47999990000*,,,,,,Joinville,SC,representante@venda.local,me,revenda,importado,,,,0.00,active`,
      `11.222.333/0001-82,Documento Errado,,,,,,,,,,Joinville,SC,,,revenda,,,,,0.00,active`,
      `${uniqueCnpj()},Estado Errado,,,,,,,,,,Joinville,XX,,,revenda,,,,,0.00,active`,
      `${uniqueCnpj()},Representante Errado,,,,,,,,,,Joinville,SC,ninguem@venda.local,,revenda,,,,,0.00,active`,
    ].join('\n');
    await page.goto('/comercial/clientes/importar');
    await page.getByLabel('Arquivo CSV').setInputFiles({ name: 'clientes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Conferir arquivo' }).click();
    await expect(page).toHaveURL(/\/comercial\/clientes\/importar\/[0-9a-f-]{36}$/);
    const report = page.getByTestId('import-report');
    await expect(report.getByRole('row', { name: /Documento Errado/ })).toContainText('CPF ou CNPJ inválido');
    await expect(report.getByRole('row', { name: /Estado Errado/ })).toContainText('UF desconhecida');
    await expect(report.getByRole('row', { name: /Representante Errado/ })).toContainText('Representante não encontrado');

    await page.getByRole('button', { name: 'Importar 1 linha válida' }).click();
    await expect(page.getByText('Importação concluída: 1 novos, 0 atualizados.')).toBeVisible({ timeout: 20_000 });
    await page.goto(`/comercial/clientes?q=${good}`);
    await expect(page.getByRole('link', { name: `Loja Importada E2E ${good}` })).toBeVisible();
  });

  test('exports what is filtered as CSV', async ({ page }) => {
    await page.goto('/comercial/clientes?uf=PE');
    const res = await page.request.get('/comercial/clientes/exportar?uf=PE');
    expect(res.status()).toBe(200);
    const body = await res.text();
    expect(body.split('\r\n')[0]).toContain('documento;nome');
    expect(body).toContain('Carlos Eduardo Nunes');
    expect(body).not.toContain('Boutique Aurora');
  });
});

test.describe('finance', () => {
  test.use({ storageState: storageFor('financeiro') });
  test('sets a credit limit and blocks a customer with a reason', async ({ page }) => {
    await page.goto('/financeiro/clientes?q=Vista-se');
    // The one search box holds the table's filter in this area too.
    await expect(page.getByRole('combobox', { name: 'Buscar clientes' })).toHaveValue('Vista-se');
    await page.getByRole('link', { name: 'Vista-se Goiânia' }).click();
    await page.getByLabel('Limite de crédito (R$)').fill('abc');
    await page.getByRole('button', { name: 'Salvar limite' }).click();
    await expect(page.getByText('Valor inválido: digite como 10.000,00 ou 10000.00.')).toBeVisible();
    await page.getByLabel('Limite de crédito (R$)').fill('25000,00');
    await page.getByRole('button', { name: 'Salvar limite' }).click();
    await expect(page.getByText('Limite de crédito salvo.')).toBeVisible();
    await page.reload();
    // The sales history may show the same amount as credit available: read the record's own limit.
    await expect(page.getByTestId('customer-record').getByText('R$ 25.000,00')).toBeVisible();

    await page.getByLabel('Motivo do bloqueio').fill('Duplicatas vencidas há 45 dias');
    await page.getByRole('button', { name: 'Bloquear cliente' }).click();
    // Blocking asks first: going back blocks nothing, confirming blocks.
    await expect(page.getByText('Bloquear Vista-se Goiânia')).toBeVisible();
    await page.getByRole('button', { name: 'Voltar', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Desbloquear cliente' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Bloquear cliente' }).click();
    await page.getByRole('button', { name: 'Sim, bloquear' }).click();
    await expect(page.getByText(/Bloqueado por Fábio Financeiro em .*: Duplicatas vencidas há 45 dias/)).toBeVisible();
    await page.getByRole('button', { name: 'Desbloquear cliente' }).click();
    await expect(page.getByRole('button', { name: 'Bloquear cliente' })).toBeVisible();
  });
});

test.describe('a shop', () => {
  test.use({ storageState: storageFor('lojista') });
  test('edits its own contacts and cannot reach the customer lists', async ({ page }) => {
    await page.goto('/lojista/cadastro');
    await expect(page.getByRole('heading', { level: 1, name: 'Meu cadastro' })).toBeVisible();
    await page.getByRole('button', { name: 'Adicionar contato' }).click();
    const contactName = `Contato ${Date.now()}`;
    await page.getByLabel('Nome', { exact: true }).last().fill(contactName);
    await page.getByRole('button', { name: 'Salvar alterações' }).click();
    await expect(page.getByText('Cadastro salvo.')).toBeVisible();
    await page.reload();
    await expect(page.getByText(contactName).first()).toBeVisible();
    for (const path of ['/comercial/clientes', '/representante/clientes', '/financeiro/clientes']) {
      expect((await page.goto(path))?.status(), path).toBe(403);
    }
  });
});
