import { expect, test } from '@playwright/test';
import { storageFor } from './helpers';

/** Each test uses its own shop user and sets the origin it needs, so the remembered origin never leaks between tests. */
test.describe('storefront prices', () => {
  test('two shops in different states see different prices; switching the origin reprices; the rule is explained', async ({ browser }) => {
    const aurora = await browser.newContext({ storageState: storageFor('lojista') });
    const a = await aurora.newPage();
    await a.goto('/lojista/loja?q=Vestido%20Midi%20Floral');
    await a.getByLabel('Origem do envio').selectOption({ label: 'Matriz Porto Alegre (RS)' });
    await expect(a.getByTestId('price-explanation')).toHaveText('Cenário Atacado Sul, via grupo Atacado Sul – SC; lista SC ≫ RS; ajuste ICMS 12%');
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
    await expect(b.getByTestId('price-explanation')).toHaveText('Cenário Revenda Premium, definido no cadastro do cliente; lista RS ≫ RS; ajuste ICMS 17%');
    const bellaFromRs = await b.getByTestId('price').first().innerText();
    expect(bellaFromRs).not.toBe(auroraPrice);

    await b.getByLabel('Origem do envio').selectOption({ label: 'Filial São Paulo (SP)' });
    await expect(b.getByTestId('price-explanation')).toContainText('lista RS ≫ SP; ajuste ICMS 12%');
    await expect(b.getByTestId('price').first()).not.toHaveText(bellaFromRs);

    // The choice is remembered: a new page load keeps São Paulo.
    await b.reload();
    await expect(b.getByTestId('price-explanation')).toContainText('RS ≫ SP');

    await b.getByTestId('product-card').first().getByRole('link').click();
    await expect(b.getByTestId('stock-grid')).toBeVisible();
    await expect(b.getByRole('heading', { name: /Estoque disponível em Filial São Paulo/ })).toBeVisible();
    await aurora.close();
    await bellaCtx.close();
  });
});

test.describe('a representative serving a customer', () => {
  test.use({ storageState: storageFor('representante') });
  test("sees that customer's prices and can only pick portfolio customers", async ({ page }) => {
    await page.goto('/representante/loja');
    await expect(page.getByText('Escolha o cliente que você está atendendo')).toBeVisible();
    const serving = page.getByLabel('Atendendo');
    await expect(serving.locator('option', { hasText: 'Estilo Carioca' })).toHaveCount(0);
    await serving.selectOption({ label: 'Boutique Aurora Ltda — SC' });
    await expect(page.getByText('Preços de Boutique Aurora Ltda (SC).')).toBeVisible();
    await expect(page.getByTestId('price-explanation')).toContainText('via grupo Atacado Sul – SC');
  });
});

test.describe('closed doors', () => {
  test.use({ storageState: storageFor('financeiro') });
  test('finance has no storefront', async ({ page }) => {
    expect((await page.goto('/lojista/loja'))?.status()).toBe(403);
    expect((await page.goto('/representante/loja'))?.status()).toBe(403);
  });
});
