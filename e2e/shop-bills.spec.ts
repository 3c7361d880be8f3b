import { expect, test } from '@playwright/test';
import { storageFor } from './helpers';

test.describe('accounts payable and cash flow', () => {
  test.use({ storageState: storageFor('lojista') });

  test('a bill added and paid shows in the cash flow of the day; an amount with letters is refused at its field', async ({ page }) => {
    const tag = Date.now().toString(36);
    const reais = 100 + (Date.now() % 800);
    const amount = `${reais},37`;
    await page.goto('/lojista/contas');
    const form = page.getByRole('form', { name: 'Lançar conta' });
    await form.getByLabel('Descrição').fill(`Conta E2E ${tag}`);
    await form.getByLabel('Categoria').fill('Energia');
    await form.getByLabel('Valor').fill('cem reais');
    await form.getByRole('button', { name: 'Lançar conta' }).click();
    await expect(form.locator('#bill-amount-error')).toHaveText('Valor inválido: digite como 10.000,00 ou 10000.00.');
    await expect(form.getByLabel('Descrição')).toHaveValue(`Conta E2E ${tag}`);
    await form.getByLabel('Valor').fill(amount);
    await form.getByRole('button', { name: 'Lançar conta' }).click();
    await expect(form.getByText('Conta lançada.')).toBeVisible();

    const row = page.getByTestId('bills').getByRole('row').filter({ hasText: `Conta E2E ${tag}` });
    await expect(row).toContainText('A vencer');
    await row.getByRole('button', { name: 'Pagar' }).click();
    // Paid: the row says so, with the day and the amount.
    await expect(row).toContainText('Paga');
    await expect(row).toContainText(new RegExp(`Pago em .*R\\$\\s${reais},37`));

    await page.goto('/lojista/fluxo-de-caixa');
    const today = new Intl.DateTimeFormat('pt-BR', { day: '2-digit', month: '2-digit', timeZone: 'America/Sao_Paulo' }).format(new Date());
    const todayRow = page.getByTestId('cash-flow').getByRole('row').filter({ has: page.getByRole('rowheader', { name: today, exact: true }) });
    await expect(todayRow).toContainText(new RegExp(`R\\$\\s${reais},37`));
    const csv = await page.request.get('/lojista/fluxo-de-caixa/exportar');
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(`${reais},37`);
  });
});
