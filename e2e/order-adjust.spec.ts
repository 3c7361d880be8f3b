import { expect, test, type Locator } from '@playwright/test';
import { login, storageFor } from './helpers';

/** An amount as shown ("R$ 1.234,56", with whatever space the locale puts after R$) in cents. */
const cents = (text: string) => Number(text.replace(/\D/g, ''));
const centsIn = async (locator: Locator) => cents(await locator.innerText());

const PHONE = { width: 390, height: 844 };

test.describe('adjusting a shop order before approval', () => {
  test.setTimeout(120_000);

  test('the representative lowers a line on a phone, with the keyboard, and sees the new total; the shop sees it too and cannot adjust', async ({ browser }) => {
    // Moda Bella, in Rafael's portfolio: no other spec builds orders for Bella, so its draft is this test's own.
    const shopContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const shop = await shopContext.newPage();
    await login(shop, 'bella@venda.local');
    await expect(shop).toHaveURL(/\/lojista$/);
    await shop.goto('/lojista/loja?q=Vestido%20Midi%20Floral');
    await shop.getByLabel('Origem do envio').selectOption({ label: 'Matriz Porto Alegre (RS)' });
    await shop.getByTestId('product-card').first().getByRole('link').click();
    // A product sold in packs: at least a dozen of each variant at every origin.
    const grid = shop.getByTestId('order-grid').getByRole('textbox');
    await grid.nth(0).fill('3');
    await grid.nth(1).fill('3');
    await shop.getByRole('button', { name: 'Adicionar ao pedido' }).click();
    await expect(shop.getByText(/Adicionado ao pedido #\d+/)).toBeVisible();
    await shop.getByRole('link', { name: 'Ver pedido' }).click();
    await expect(shop.getByRole('heading', { name: /Pedido #\d+/ })).toBeVisible();
    await shop.getByLabel('Condição de pagamento').selectOption({ label: '30/60 dias' });
    await shop.getByRole('button', { name: 'Salvar condições' }).click();
    await expect(shop.getByText('Tudo certo para enviar.')).toBeVisible();
    await shop.getByRole('link', { name: 'Revisar e enviar' }).click();
    await shop.getByTestId('order-review').getByRole('button', { name: 'Confirmar envio' }).click();
    await expect(shop.getByTestId('order-status')).toHaveText('Aguardando aprovação');
    const orderId = new URL(shop.url()).pathname.split('/').pop()!;
    // The shop edits only its drafts: a submitted order offers it no adjustment.
    await expect(shop.getByRole('button', { name: 'Ajustar quantidades' })).toHaveCount(0);

    const repContext = await browser.newContext({ storageState: storageFor('representante'), viewport: PHONE, isMobile: true, hasTouch: true });
    const rep = await repContext.newPage();
    await rep.goto(`/representante/pedidos/${orderId}`);
    await expect(rep.getByTestId('order-status')).toHaveText('Aguardando aprovação');
    const totalBefore = await centsIn(rep.getByTestId('order-total'));

    await rep.getByRole('button', { name: 'Ajustar quantidades' }).click();
    const form = rep.getByRole('form', { name: 'Ajustar quantidades' });
    await expect(form).toBeVisible();
    // The caret lands in the grid at once.
    await expect(form.getByRole('textbox').first()).toBeFocused();
    const dress = form.getByRole('region', { name: /Vestido Midi Floral/ });
    const unit = cents(await dress.getByText(/a peça/).innerText());
    const cell = dress.getByRole('textbox').first();
    const before = Number(await cell.inputValue());
    expect(before).toBeGreaterThanOrEqual(3);
    // "Quantidade Azul P" names the line the history will show as "… — Azul P: 3 → 1".
    const line = (await cell.getAttribute('aria-label'))!.replace(/^Quantidade /, '');
    const expected = totalBefore - (before - 1) * unit;

    await cell.fill('1');
    // The new total as it is typed (the server adds it up again on saving).
    await expect.poll(() => centsIn(form.getByTestId('adjust-preview').locator('strong'))).toBe(expected);
    // On a 390 px phone the form stays within the screen (a wide grid scrolls in its own box).
    const box = (await form.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    // Enter in the grid saves.
    await cell.press('Enter');

    await expect(rep.getByText(/Quantidades salvas\. Novo total:/)).toBeVisible();
    await expect.poll(() => centsIn(rep.getByTestId('order-total'))).toBe(expected);
    await expect(rep.getByRole('button', { name: 'Ajustar quantidades' })).toBeFocused();
    await expect(rep.getByTestId('order-status')).toHaveText('Aguardando aprovação');
    const history = rep.getByTestId('timeline');
    await expect(history).toContainText('Quantidades ajustadas por Rafael Moreira');
    await expect(history).toContainText(`${line}: ${before} → 1`);
    // Still the representative's to approve.
    await expect(rep.getByRole('button', { name: 'Aprovar' })).toBeVisible();

    await shop.reload();
    await expect.poll(() => centsIn(shop.getByTestId('order-total'))).toBe(expected);
    await expect(shop.getByTestId('timeline')).toContainText('Quantidades ajustadas por Rafael Moreira');
    await expect(shop.getByRole('button', { name: 'Ajustar quantidades' })).toHaveCount(0);

    // Finance reads the order but has no adjustment either.
    const finance = await (await browser.newContext({ storageState: storageFor('financeiro') })).newPage();
    await finance.goto(`/financeiro/pedidos/${orderId}`);
    await expect(finance.getByTestId('order-status')).toHaveText('Aguardando aprovação');
    await expect(finance.getByRole('button', { name: 'Ajustar quantidades' })).toHaveCount(0);

    await Promise.all([shopContext.close(), repContext.close(), finance.context().close()]);
  });
});
