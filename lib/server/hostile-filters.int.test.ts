import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Db } from '@/db/client';
import { makeActors } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Role } from '@/lib/auth/roles';
import { auditFilterSchema } from '@/lib/audit/schemas';
import { iterateAudit, listAudit } from '@/lib/audit/queries';
import { storefrontContext } from '@/lib/catalog/storefront';
import { storefrontFacets } from '@/lib/catalog/storefront-facets';
import { storefrontFilterSchema } from '@/lib/catalog/storefront-filter';
import { listStorefront } from '@/lib/catalog/storefront-list';
import { iterateCustomersForExport, listCustomers, searchCustomers } from '@/lib/crm/queries';
import { customerFilterSchema } from '@/lib/crm/schemas';
import { orderFilterSchema } from '@/lib/orders/filters';
import { iterateOrderLinesForExport, iterateOrdersForExport, listOrders } from '@/lib/orders/queries';
import { creditNoteFilterSchema, iterateCreditNotesForExport, listCreditNotes } from '@/lib/returns/credit-notes';
import { listReturns, returnFilterSchema } from '@/lib/returns/queries';
import type { Actor } from './context';
import { cleanText, parseQuery } from './clean-input';

/** What people and attackers put in search boxes and URLs: NUL, huge, broken UTF-8, SQL, LIKE wildcards, emoji. */
const HOSTILE = [
  '\u0000',
  'a\u0000b',
  'x'.repeat(10_000),
  new URLSearchParams('q=%C3%28').get('q')!, // invalid UTF-8, as a browser's URL decodes it
  '\uD800', // a lone surrogate
  "'; DROP TABLE customers; --",
  '%',
  '_',
  '\\',
  '👗🧵',
  '   ',
  '-1',
  '99999999999999999999',
  '2026-02-31',
  '../../etc/passwd',
];

let db: Db;
let drop: () => Promise<void>;
let actors: Record<Role, Actor>;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  actors = await makeActors(db);
});
afterAll(() => drop());

async function drain<T>(rows: AsyncIterable<T>) {
  let n = 0;
  for await (const _ of rows) n++;
  return n;
}

/** Every filter key of a schema set to every hostile value, one at a time. */
function hostileQueries(schema: z.ZodObject) {
  return Object.keys(schema.shape).flatMap((key) => HOSTILE.map((value) => new URLSearchParams({ [key]: value })));
}

describe('hostile input on every filter of every list', () => {
  it('cleans NUL and other control characters, and cuts what nobody types', () => {
    expect(cleanText('a\u0000b\u0007c\td\n')).toBe('abc\td\n');
    expect(cleanText('x'.repeat(50_000))).toHaveLength(20_000);
  });

  it('never fails a list, an export or the search', async () => {
    const { admin, lojista, representante } = actors;
    const lists: [string, z.ZodObject, (params: URLSearchParams) => Promise<unknown>][] = [
      [
        'customers',
        customerFilterSchema,
        async (p) => {
          const f = parseQuery(customerFilterSchema, p);
          await listCustomers(db, representante, f);
          await drain(iterateCustomersForExport(db, admin, f));
        },
      ],
      [
        'orders',
        orderFilterSchema,
        async (p) => {
          const f = parseQuery(orderFilterSchema, p);
          await listOrders(db, lojista, f);
          await drain(iterateOrdersForExport(db, admin, f));
          await drain(iterateOrderLinesForExport(db, admin, f));
        },
      ],
      ['returns', returnFilterSchema, async (p) => listReturns(db, lojista, parseQuery(returnFilterSchema, p))],
      [
        'credit notes',
        creditNoteFilterSchema,
        async (p) => {
          const f = parseQuery(creditNoteFilterSchema, p);
          await listCreditNotes(db, admin, f);
          await drain(iterateCreditNotesForExport(db, admin, f));
        },
      ],
      [
        'audit',
        auditFilterSchema,
        async (p) => {
          const f = parseQuery(auditFilterSchema, p);
          await listAudit(db, admin, f);
          await drain(iterateAudit(db, admin, f));
        },
      ],
      [
        'storefront',
        storefrontFilterSchema,
        async (p) => {
          const [ctx, f] = [await storefrontContext(db, lojista), parseQuery(storefrontFilterSchema, p)];
          await Promise.all([listStorefront(db, ctx, f), storefrontFacets(db, ctx, f)]);
        },
      ],
    ];
    for (const [name, schema, run] of lists) {
      for (const params of hostileQueries(schema)) await expect(run(params), `${name}?${params.toString().slice(0, 60)}`).resolves.not.toThrow();
    }
    for (const q of HOSTILE) await expect(searchCustomers(db, admin, cleanText(q).slice(0, 100))).resolves.toBeInstanceOf(Array);
  });
});
