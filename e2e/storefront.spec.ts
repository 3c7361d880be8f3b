import { expect, test } from '@playwright/test';
import { storageFor } from './helpers';

/** Each test uses its own shop user and sets the origin it needs, so the remembered origin never leaks between tests. */
test.describe('storefront prices', () => {
  test('two shops in different states see different prices; switching the origin reprices; the rule is explained', async ({ browser }) => {
    const aurora = await browser.newContext({ storageState: storageFor('lojista') });
    const a = await aurora.newPage();
    await a.goto('/lojista/loja?q=Vestido%20Midi%20Floral');
    await a.getByLabel('Origem do envio').selectOption({ label: 'Matriz Porto Alegre (RS)' });
    await expect(a.getByTestId('price-explanation')).toHaveText('Preço para SC, enviado de Rio Grande do Sul');
    const auroraPrice = await a.getByTestId('price').first().innerText();

    const bellaCtx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const b = await bellaCtx.newPage();
    await b.goto('/login');
    await b.getByLabel('E-mail').fill('bella@venda.local');
    await b.getByLabel('Senha').fill('venda123');
    await b.getByRole('button', { name: 'Entrar' }).click();
    await expect(b).toHaveURL(/\/lojista$/);
    await b.goto('/lojista/loja?q=Vestido%20Midi%20Floral');
    await b.getByLabel('Origem do envio').selectOption({ label: 'Matriz Porto Alegre (RS)' });
    await expect(b.getByTestId('price-explanation')).toHaveText('Preço para RS, enviado de Rio Grande do Sul');
    const bellaFromRs = await b.getByTestId('price').first().innerText();
    expect(bellaFromRs).not.toBe(auroraPrice);

    await b.getByLabel('Origem do envio').selectOption({ label: 'Filial São Paulo (SP)' });
    await expect(b.getByTestId('price-explanation')).toHaveText('Preço para RS, enviado de São Paulo');
    await expect(b.getByTestId('price').first()).not.toHaveText(bellaFromRs);
    // The selector shows the new origin at once and says what changed.
    await expect(b.getByLabel('Origem do envio').locator('option:checked')).toHaveText('Filial São Paulo (SP)');
    await expect(b.getByText('Preços atualizados para envio de Filial São Paulo (SP).')).toBeVisible();

    // The choice is remembered: a new page load keeps São Paulo.
    await b.reload();
    await expect(b.getByTestId('price-explanation')).toContainText('enviado de São Paulo');

    await b.getByTestId('product-card').first().getByRole('link').click();
    await expect(b.getByTestId('order-grid')).toBeVisible();
    await expect(b.getByRole('heading', { name: /Estoque disponível em Filial São Paulo/ })).toBeVisible();
    await aurora.close();
    await bellaCtx.close();
  });
});

test.describe('a representative serving a customer', () => {
  test.use({ storageState: storageFor('representante') });
  test("searches only its portfolio for the customer it serves, picks it with the keyboard and sees that customer's prices", async ({ page }) => {
    await page.goto('/representante/loja');
    await expect(page.getByText('Escolha o cliente que você está atendendo')).toBeVisible();
    const serving = page.getByRole('combobox', { name: 'Atendendo' });
    await serving.fill('Estilo Carioca');
    await expect(page.getByText('Nenhum cliente encontrado.')).toBeVisible();

    // By city: each match shows its CNPJ and city; the first is under the cursor, the arrows move, Enter takes.
    await serving.fill('Joinville');
    const aurora = page.getByRole('listbox').getByRole('option', { name: /Boutique Aurora Ltda/ });
    await expect(aurora).toContainText('27.865.134/0001-21 · Joinville / SC');
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    const index = await options.evaluateAll((els) => els.findIndex((el) => el.textContent?.includes('Boutique Aurora Ltda')));
    for (let i = 0; i < index; i++) await serving.press('ArrowDown');
    await expect(aurora).toHaveAttribute('aria-selected', 'true');
    await serving.press('Enter');
    await expect(page.getByText('Preços de Boutique Aurora Ltda (SC).')).toBeVisible();
    await expect(page.getByTestId('chosen-customer')).toContainText('27.865.134/0001-21');
    await expect(serving).toHaveValue('');
    // The brand's people see the rule behind the price; a shop reads it in plain words.
    await expect(page.getByTestId('price-explanation')).toContainText('Cenário Atacado Sul, via grupo Atacado Sul – SC; lista SC ≫');

    // The choice is remembered, and shown as it was picked.
    await page.reload();
    await expect(page.getByTestId('chosen-customer')).toContainText('Boutique Aurora Ltda');
    await expect(page.getByTestId('chosen-customer')).toContainText('Joinville / SC');
  });
});

test.describe('closed doors', () => {
  test.use({ storageState: storageFor('financeiro') });
  test('finance has no storefront', async ({ page }) => {
    expect((await page.goto('/lojista/loja'))?.status()).toBe(403);
    expect((await page.goto('/representante/loja'))?.status()).toBe(403);
  });
});

test.describe('comercial adds a product', () => {
  test.use({ storageState: storageFor('comercial') });
  test('creates a product with a generated grid and it appears in the storefront', async ({ page, browser }) => {
    const reference = `E2E-${Date.now().toString(36).toUpperCase()}`;
    const name = `Blusa Grade ${reference}`;
    await page.goto('/comercial/produtos/novo');
    await page.getByLabel('Referência').fill(reference);
    await page.getByLabel('Nome', { exact: true }).fill(name);
    await page.getByLabel('Coleção').fill('Verão 2027');
    await page.getByLabel('Categoria').fill('Blusa');
    await page.getByLabel('Custo (R$)').fill('40,00');
    await page.getByLabel('Preço base (R$)').fill('xx');
    await page.getByLabel('Cor', { exact: true }).fill('Preto');
    await page.getByRole('button', { name: 'Criar produto' }).click();
    await expect(page.getByText('Valor inválido: digite como 10.000,00 ou 10000.00.')).toBeVisible();
    await expect(page.getByLabel('Referência')).toHaveValue(reference);
    await page.getByLabel('Preço base (R$)').fill('129,90');
    await page.getByRole('button', { name: 'Adicionar cor' }).click();
    await page.getByLabel('Cor', { exact: true }).last().fill('Rosa Chá');
    await page.getByRole('button', { name: 'Criar produto' }).click();
    await expect(page.getByText('Produto criado')).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(reference) })).toContainText('10');

    const shop = await browser.newContext({ storageState: storageFor('lojista') });
    const s = await shop.newPage();
    await s.goto(`/lojista/loja?q=${reference}`);
    await expect(s.getByRole('link', { name })).toBeVisible();
    await s.getByRole('link', { name }).click();
    await expect(s.getByTestId('order-grid').getByRole('columnheader')).toHaveText(['Cor', 'PP', 'P', 'M', 'G', 'GG']);
    await shop.close();
  });
});

test('a restricted product is absent from the shop and its URL answers 404', async ({ browser }) => {
  // Bella (RS) may see the dress; its address is the same for every shop.
  const bellaCtx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const b = await bellaCtx.newPage();
  await b.goto('/login');
  await b.getByLabel('E-mail').fill('bella@venda.local');
  await b.getByLabel('Senha').fill('venda123');
  await b.getByRole('button', { name: 'Entrar' }).click();
  await expect(b).toHaveURL(/\/lojista$/);
  await b.goto('/lojista/loja?q=Tomara');
  const href = await b.getByRole('link', { name: 'Vestido Tomara que Caia' }).getAttribute('href');
  await bellaCtx.close();

  const aurora = await browser.newContext({ storageState: storageFor('lojista') });
  const a = await aurora.newPage();
  await a.goto('/lojista/loja?q=Vestido');
  await expect(a.getByTestId('product-card').first()).toBeVisible();
  await expect(a.getByRole('link', { name: 'Vestido Tomara que Caia' })).toHaveCount(0);
  expect((await a.goto(href!))?.status()).toBe(404);
  await aurora.close();
});

test.describe('"Carregar mais"', () => {
  test.use({ storageState: storageFor('lojista') });
  // The demo has about 60 products: pages of 12 (the smallest `por`) and a size filter leave several pages.

  test('appends the next page in place, keeping the filters in the URL, with counts beside each option', async ({ page }) => {
    await page.goto('/lojista/loja?size=M&por=12');
    await expect(page.getByTestId('product-card')).toHaveCount(12);
    await expect(page.getByTestId('shown-count')).toHaveText(/^Mostrando 12 de \d+ produtos$/);
    await expect(page.getByLabel('Tamanho').locator('option:checked')).toHaveText(/^M \(\d+\)$/);
    await expect(page.getByLabel('Categoria').locator('option', { hasText: /^Vestido \(\d+\)$/ })).toHaveCount(1);
    const firstNames = await page.getByTestId('product-card').getByRole('link').allInnerTexts();

    // A client navigation: the page is not reloaded, the first cards stay, twelve more follow.
    await page.evaluate(() => Object.assign(window, { __notReloaded: true }));
    await page.getByRole('link', { name: 'Carregar mais' }).click();
    await expect(page).toHaveURL(/[?&]ate=/);
    await expect(page).toHaveURL(/[?&]size=M(&|$)/);
    await expect(page).toHaveURL(/[?&]por=12(&|$)/);
    await expect(page.getByTestId('product-card')).toHaveCount(24);
    expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
    expect((await page.getByTestId('product-card').getByRole('link').allInnerTexts()).slice(0, 12)).toEqual(firstNames);
    await expect(page.getByTestId('shown-count')).toHaveText(/^Mostrando 24 de \d+ produtos$/);
    for (const sizes of await page.getByTestId('sizes').allInnerTexts()) expect(sizes.split(' · ')).toContain('M');

    // Filtering again starts from the first page, still 12 at a time.
    await page.getByLabel('Categoria').selectOption({
      label: (
        await page
          .getByLabel('Categoria')
          .locator('option', { hasText: /^Blusa \(/ })
          .innerText()
      ).trim(),
    });
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await expect(page).toHaveURL(/category=Blusa/);
    await expect(page).not.toHaveURL(/ate=/);
    await expect(page.getByTestId('product-card').first()).toBeVisible();
    expect(await page.getByTestId('product-card').count()).toBeLessThanOrEqual(12);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the link loads every product up to the next page', async ({ page }) => {
      await page.goto('/lojista/loja?size=M&por=12');
      await expect(page.getByTestId('product-card')).toHaveCount(12);
      await page.getByRole('link', { name: 'Carregar mais' }).click();
      await expect(page).toHaveURL(/size=M.*ate=|ate=.*size=M/);
      await expect(page.getByTestId('product-card')).toHaveCount(24);
    });
  });
});
