import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ROLES, storageFor } from './helpers';
import { everyPageOf } from './pages';

/** Serious and critical WCAG 2.1 A/AA violations on the page, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

test.describe('accessibility', () => {
  test('the login page', async ({ page }) => {
    await page.goto('/login');
    expect(await seriousViolations(page)).toEqual([]);
  });

  for (const role of ROLES) {
    test.describe(role, () => {
      test.use({ storageState: storageFor(role) });
      test('every page and record page has no serious or critical axe violation', async ({ page }) => {
        test.setTimeout(180_000);
        const found: string[] = [];
        for (const path of await everyPageOf(page, role)) {
          await page.goto(path);
          for (const v of await seriousViolations(page)) found.push(`${path} ${v}`);
        }
        expect(found).toEqual([]);
      });
    });
  }
});
