import { expect, test } from '@playwright/test';
import { storageFor } from './helpers';

test.describe('the order grid', () => {
  test.use({ storageState: storageFor('lojista') });
  test('moves between cells with the arrow keys, like a spreadsheet', async ({ page }) => {
    await page.goto('/lojista/loja');
    await page.getByRole('link', { name: 'Calça Jogger Moletom' }).click();
    const grid = page.getByTestId('order-grid');
    const focused = () => page.evaluate(() => [document.activeElement?.getAttribute('data-row'), document.activeElement?.getAttribute('data-col')]);
    const first = grid.locator('input[data-row="0"][data-col="0"]');
    await first.click();
    await first.fill('3');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toEqual(['1', '0']);
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual(['1', '1']);
    await page.keyboard.type('12');
    await page.keyboard.press('ArrowLeft'); // the caret is inside "12": stays in the cell
    expect(await focused()).toEqual(['1', '1']);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toEqual(['0', '1']);
    await expect(page.getByText('15 peças')).toBeVisible();
  });
});
