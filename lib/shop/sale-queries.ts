import 'server-only';
import { and, asc, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { DbExecutor } from '@/db/client';
import { customers, registerSessions, registers, saleLines, salePayments, sales, shopConsumers, shops, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import { inKeysetChunks } from '@/lib/csv';
import type { Actor } from '@/lib/server/context';
import { isUuid } from '@/lib/server/ids';
import { numberOrName } from '@/lib/server/search';
import type { CurrentShop } from './current';
import { shopRecordScope } from './scope';

export const SALES_PAGE_SIZE = 25;

export const salesFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(['completed', 'voided']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});
export type SalesFilter = z.infer<typeof salesFilterSchema>;

const voider = alias(users, 'voider');

const columns = {
  id: sales.id,
  number: sales.number,
  createdAt: sales.createdAt,
  status: sales.status,
  totalCents: sales.totalCents,
  seller: users.name,
  consumer: shopConsumers.name,
  methods: sql<string>`(select string_agg(distinct ${salePayments.method}::text, ',') from ${salePayments} where ${salePayments.saleId} = ${sales.id})`,
  items: sql<number>`(select coalesce(sum(${saleLines.quantity}), 0)::int from ${saleLines} where ${saleLines.saleId} = ${sales.id})`,
};

const base = (db: DbExecutor) => db.select(columns).from(sales).leftJoin(users, eq(users.id, sales.sellerId)).leftJoin(shopConsumers, eq(shopConsumers.id, sales.consumerId));

function whereFor(actor: Actor, shop: CurrentShop, f: Pick<SalesFilter, 'q' | 'status'>): SQL | undefined {
  return and(shopRecordScope(actor, sales.shopId), eq(sales.shopId, shop.id), f.status ? eq(sales.status, f.status) : undefined, numberOrName(f.q, sales.number, shopConsumers.name));
}

/** The shop's sales, newest first, filtered and paginated. */
export async function listSales(db: DbExecutor, actor: Actor, shop: CurrentShop, f: SalesFilter) {
  assertCan(actor, 'pos.sell');
  const where = whereFor(actor, shop, f);
  const [rows, [count]] = await Promise.all([
    base(db).where(where).orderBy(desc(sales.number)).limit(SALES_PAGE_SIZE).offset((f.page - 1) * SALES_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int`, sum: sql<number>`coalesce(sum(${sales.totalCents}) filter (where ${sales.status} = 'completed'), 0)`.mapWith(Number) }).from(sales).leftJoin(shopConsumers, eq(shopConsumers.id, sales.consumerId)).where(where),
  ]);
  return { rows, total: count?.n ?? 0, sumCents: count?.sum ?? 0, page: f.page, pageSize: SALES_PAGE_SIZE };
}
export type SaleRow = Awaited<ReturnType<typeof listSales>>['rows'][number];

/** Everything filtered, newest first, in chunks, for the CSV export. */
export function iterateSalesForExport(db: DbExecutor, actor: Actor, shop: CurrentShop, f: SalesFilter) {
  assertCan(actor, 'pos.sell');
  const where = whereFor(actor, shop, f);
  return inKeysetChunks(
    (after, limit) => base(db).where(and(where, after)).orderBy(desc(sales.number)).limit(limit),
    (last) => lt(sales.number, last.number),
  );
}

/** One sale of a shop the actor works in, with its lines, payments, people and shop (for its page and its receipt); null when out of scope. */
export async function saleDetail(db: DbExecutor, actor: Actor, saleId: string) {
  assertCan(actor, 'pos.sell');
  if (!isUuid(saleId)) return null;
  const [sale] = await db
    .select({
      sale: sales,
      shopName: shops.name,
      shopDocument: customers.document,
      shopCity: customers.city,
      shopUf: customers.uf,
      seller: users.name,
      voidedBy: voider.name,
      consumer: { name: shopConsumers.name, cpf: shopConsumers.cpf, email: shopConsumers.email },
      register: registers.name,
    })
    .from(sales)
    .innerJoin(shops, eq(shops.id, sales.shopId))
    .innerJoin(customers, eq(customers.id, shops.customerId))
    .innerJoin(registerSessions, eq(registerSessions.id, sales.sessionId))
    .innerJoin(registers, eq(registers.id, registerSessions.registerId))
    .leftJoin(users, eq(users.id, sales.sellerId))
    .leftJoin(voider, eq(voider.id, sales.voidedById))
    .leftJoin(shopConsumers, eq(shopConsumers.id, sales.consumerId))
    .where(and(eq(sales.id, saleId), shopRecordScope(actor, sales.shopId)));
  if (!sale) return null;
  const [lines, payments] = await Promise.all([
    db.select().from(saleLines).where(eq(saleLines.saleId, saleId)).orderBy(asc(saleLines.position)),
    db.select().from(salePayments).where(eq(salePayments.saleId, saleId)).orderBy(asc(salePayments.method)),
  ]);
  return { ...sale, lines, payments };
}
export type SaleDetail = NonNullable<Awaited<ReturnType<typeof saleDetail>>>;
