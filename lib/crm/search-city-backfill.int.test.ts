import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { MIGRATIONS_FOLDER } from '@/db/migrate';
import { customers } from '@/db/schema';
import { makeCustomer } from '@/db/testing/fixtures';
import { createTestDatabase } from '@/db/testing/test-db';
import { buildSearchText } from './search-text';

let db: Db;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
});
afterAll(() => drop());

/** Cities with every accent Brazilian and Spanish names carry, and none. */
const CITIES = ['São José dos Pinhais', 'Florianópolis', 'Goiânia', 'Chapecó', 'Niterói', 'Itajaí', 'Balneário Camboriú', 'Açailândia', 'Brasília', 'Peñalolén', 'Curitiba'];

describe('migration 0009: the city joins the stored search text', () => {
  it('appends the city to rows stored before, exactly as buildSearchText now writes it', async () => {
    const rows = [];
    for (const city of [...CITIES, null]) {
      const c = await makeCustomer(db, { name: `Loja ${city ?? 'Sem Cidade'}` });
      // As the search text was before the city was part of it.
      await db
        .update(customers)
        .set({ city, searchText: buildSearchText({ name: c.name, document: c.document }) })
        .where(eq(customers.id, c.id));
      rows.push({ id: c.id, name: c.name, document: c.document, city });
    }
    await db.execute(sql.raw(readFileSync(path.join(MIGRATIONS_FOLDER, '0009_customer_search_city.sql'), 'utf8')));
    for (const r of rows) {
      const [stored] = await db.select({ searchText: customers.searchText }).from(customers).where(eq(customers.id, r.id));
      expect(stored!.searchText, r.city ?? 'no city').toBe(buildSearchText({ name: r.name, document: r.document, city: r.city }));
    }
  });
});
