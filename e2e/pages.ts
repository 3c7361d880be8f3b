import { expect, type Page } from '@playwright/test';
import { AREA_PAGES as PAGES, RECORD_ID, RECORD_LISTS, recordPages } from '../lib/routes/area-pages';
import type { Role } from './helpers';

export { PAGES };

/** The href of the first record linked from a list (`/area/list/<id>`). */
export async function firstRecordPath(page: Page, list: string): Promise<string> {
  await page.goto(list);
  const hrefs = await page.locator(`main a[href^="${list}/"]`).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const record = hrefs.map((h) => h.split('?')[0] ?? h).find((h) => RECORD_ID.test(h.slice(list.length + 1)));
  expect(record, `a record linked from ${list}`).toBeTruthy();
  return record!;
}

/** The menu pages of a role and the page (with its tabs) of the first record of each of its lists. */
export async function everyPageOf(page: Page, role: Role): Promise<string[]> {
  const records: string[] = [];
  for (const list of RECORD_LISTS[role]) records.push(...recordPages(list, await firstRecordPath(page, list)));
  return [...PAGES[role], ...records];
}
