import { expect, test } from '@playwright/test';
import { storageFor } from './helpers';

/** A valid EAN-13 that no seed uses (prefix 781), made unique by the test's tag. */
function freshEan(): string {
  const first12 = `781${String(Date.now() % 1e9).padStart(9, '0')}`;
  const sum = [...first12].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return first12 + ((10 - (sum % 10)) % 10);
}

test.describe('the shop’s own products', () => {
  test.use({ storageState: storageFor('lojista') });

  test('registered with its grid (a bad price kept at its field), given a barcode and a count, then scanned at the counter at its price', async ({ page }) => {
    const tag = Date.now().toString(36).toUpperCase();
    await page.goto('/lojista/produtos');
    await expect(page.getByTestId('own-products')).toContainText('Cinto de Couro Trançado');
    await page.getByRole('link', { name: 'Novo produto' }).first().click();
    await expect(page).toHaveURL(/\/lojista\/produtos\/novo$/);
    await page.getByLabel('Referência').fill(`CHAP-${tag}`);
    await page.getByLabel('Nome', { exact: true }).fill(`Chapéu de Palha ${tag}`);
    await page.getByLabel('Categoria').fill('Acessórios');
    await page.getByLabel('Marca', { exact: true }).fill('Couros do Vale');
    await page.getByLabel('Fornecedor').selectOption({ label: 'Couros do Vale Acessórios' });
    await page.getByLabel('Custo').fill('40,00');
    await page.getByLabel('Preço ao consumidor').fill('noventa');
    await page.getByLabel('Escala de tamanhos').selectOption('custom');
    await page.getByLabel('Tamanhos', { exact: true }).fill('U');
    await page.getByLabel('Cor', { exact: true }).first().fill('Natural');
    await page.getByRole('button', { name: 'Cadastrar produto' }).click();
    await expect(page.locator('#price-error')).toHaveText('Valor inválido: digite como 10.000,00 ou 10000.00.');
    await expect(page.getByLabel('Nome', { exact: true })).toHaveValue(`Chapéu de Palha ${tag}`);
    await expect(page.getByLabel('Cor', { exact: true }).first()).toHaveValue('Natural');
    await page.getByLabel('Preço ao consumidor').fill('99,90');
    await page.getByRole('button', { name: 'Cadastrar produto' }).click();

    await expect(page.getByRole('status')).toContainText('Produto cadastrado com 1 variante.');
    await expect(page.getByRole('heading', { name: `CHAP-${tag} · Chapéu de Palha ${tag}` })).toBeVisible();
    const ean = freshEan();
    const variants = page.getByTestId('own-variants');
    await variants.getByRole('textbox', { name: /^Código de barras de/ }).fill('7891234567890');
    await variants.getByRole('button', { name: 'Salvar código' }).click();
    await expect(variants.getByRole('alert')).toHaveText('EAN-13 inválido: confira os 13 dígitos.');
    await variants.getByRole('textbox', { name: /^Código de barras de/ }).fill(ean);
    await variants.getByRole('button', { name: 'Salvar código' }).click();
    await expect(variants.getByText('Salvo')).toBeVisible();
    await variants.getByRole('textbox', { name: /^Quantidade/ }).fill('3');
    await variants.getByRole('textbox', { name: /^Motivo/ }).fill('Contagem inicial');
    await variants.getByRole('button', { name: 'Ajustar' }).click();
    await expect(variants.getByText('Salvo')).toHaveCount(2);

    // On the stock page: its count, and its supplier (an own product has no brand to fall back on).
    await page.goto(`/lojista/estoque?q=CHAP-${tag}`);
    const stockRow = page.getByTestId('shop-stock').getByRole('row').nth(1);
    await expect(stockRow.getByRole('cell').nth(1)).toHaveText('3');
    const supplier = stockRow.getByRole('combobox', { name: /^Fornecedor de / });
    await expect(supplier.locator('option:checked')).toHaveText('Couros do Vale Acessórios');
    await expect(supplier.locator('option').first()).toHaveText('Sem fornecedor');

    await page.goto('/lojista/pdv');
    await expect(page.getByRole('searchbox', { name: 'Produto (F2)' })).toBeFocused();
    await page.keyboard.type(ean);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pos-cart')).toContainText(`Chapéu de Palha ${tag} — Natural U`);
    await expect(page.getByTestId('pos-total')).toHaveText(/99,90/);
    // Leave the counter as it was for the other tests.
    await page.getByRole('button', { name: new RegExp(`Remover Chapéu de Palha ${tag}`) }).click();

    // The list finds it by brand and exports it for Excel.
    await page.goto('/lojista/produtos?q=' + tag);
    await expect(page.getByTestId('own-products').getByRole('row')).toHaveCount(2);
    const csv = await page.request.get(`/lojista/produtos/exportar?q=${tag}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(`CHAP-${tag};Chapéu de Palha ${tag};Acessórios;Couros do Vale;Couros do Vale Acessórios;40,00;99,90`);
  });

  test('a clerk cannot reach them; another shop finds nothing; the brand’s catalog never lists them', async ({ page, browser }) => {
    await page.goto('/lojista/produtos?q=CINTO-TR');
    const link = page.getByTestId('own-products').getByRole('link', { name: 'Cinto de Couro Trançado' });
    const href = (await link.getAttribute('href'))!;
    const clerk = await (await browser.newContext({ storageState: storageFor('usuario') })).newPage();
    expect((await clerk.goto('/lojista/produtos'))?.status()).toBe(403);
    expect((await clerk.request.get(href)).status()).toBe(403);
    expect((await clerk.request.get('/lojista/produtos/exportar')).status()).toBe(403);

    const bella = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    await bella.goto('/login');
    await bella.getByLabel('E-mail').fill('bella@venda.local');
    await bella.getByLabel('Senha').fill('venda123');
    await bella.getByRole('button', { name: 'Entrar' }).click();
    await expect(bella).toHaveURL(/\/lojista$/);
    expect((await bella.goto(href))?.status()).toBe(404);
    const csv = await bella.request.get('/lojista/produtos/exportar');
    expect((await csv.text()).trim().split('\n')).toHaveLength(1);

    const comercial = await (await browser.newContext({ storageState: storageFor('comercial') })).newPage();
    await comercial.goto('/comercial/produtos?q=CINTO-TR');
    await expect(comercial.getByText('Nenhum produto com esses filtros')).toBeVisible();
    expect((await comercial.goto(href.replace('/lojista/', '/comercial/')))?.status()).toBe(404);
  });
});
