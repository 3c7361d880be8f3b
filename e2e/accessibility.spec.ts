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

// Each page is visited once on a phone: it must fit the phone's width and pass axe there.
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

test('the login page fits a phone and has no serious or critical axe violation', async ({ page }) => {
  await page.goto('/login');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  expect(await seriousViolations(page)).toEqual([]);
});

for (const role of ROLES) {
  test.describe(role, () => {
    test.use({ storageState: storageFor(role) });
    test('every page and record page fits a 390 px phone and has no serious or critical axe violation', async ({ page }) => {
      test.setTimeout(180_000);
      const tooWide: string[] = [];
      const violations: string[] = [];
      for (const path of await everyPageOf(page, role)) {
        await page.goto(path);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > PHONE.width) tooWide.push(`${path}: ${width}px`);
        for (const v of await seriousViolations(page)) violations.push(`${path} ${v}`);
      }
      expect(tooWide).toEqual([]);
      expect(violations).toEqual([]);
    });
  });
}
