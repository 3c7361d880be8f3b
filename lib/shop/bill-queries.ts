import 'server-only';
import { and, asc, eq, gte, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbExecutor } from '@/db/client';
import { bills, suppliers } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { isUuid } from '@/lib/server/ids';
import { saoPauloDate } from './bill-math';
import type { CurrentShop } from './current';
import { shopRecordScope } from './scope';

export const BILLS_PAGE_SIZE = 25;
export const billsFilterSchema = z.object({
  situacao: z.enum(['abertas', 'vencidas', 'pagas']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});
export type BillsFilter = z.infer<typeof billsFilterSchema>;

/** The shop's bills: open ones by due date (overdue first), or the overdue or the paid ones; with what is open and overdue in all. */
export async function listBills(db: DbExecutor, actor: Actor, shop: CurrentShop, f: BillsFilter, today = saoPauloDate()) {
  assertCan(actor, 'shop.bills');
  const scope = and(eq(bills.shopId, shop.id), shopRecordScope(actor, bills.shopId));
  const where = and(
    scope,
    f.situacao === 'pagas' ? isNotNull(bills.paidOn) : f.situacao === 'vencidas' ? and(isNull(bills.paidOn), lt(bills.dueOn, today)) : f.situacao === 'abertas' ? isNull(bills.paidOn) : undefined,
  );
  const [rows, [totals]] = await Promise.all([
    db
      .select({ bill: bills, supplier: suppliers.name, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(bills)
      .leftJoin(suppliers, eq(suppliers.id, bills.supplierId))
      .where(where)
      .orderBy(sql`${bills.paidOn} IS NOT NULL`, f.situacao === 'pagas' ? sql`${bills.paidOn} DESC` : asc(bills.dueOn), asc(bills.installment))
      .limit(BILLS_PAGE_SIZE)
      .offset((f.page - 1) * BILLS_PAGE_SIZE),
    db
      .select({
        openCents: sql<number>`coalesce(sum(${bills.amountCents}) filter (where ${bills.paidOn} is null), 0)`.mapWith(Number),
        overdueCents: sql<number>`coalesce(sum(${bills.amountCents}) filter (where ${bills.paidOn} is null and ${bills.dueOn} < ${today}), 0)`.mapWith(Number),
        overdue: sql<number>`count(*) filter (where ${bills.paidOn} is null and ${bills.dueOn} < ${today})::int`,
      })
      .from(bills)
      .where(scope),
  ]);
  return { rows, total: rows[0]?.total ?? 0, page: f.page, pageSize: BILLS_PAGE_SIZE, today, ...(totals ?? { openCents: 0, overdueCents: 0, overdue: 0 }) };
}
export type BillRow = Awaited<ReturnType<typeof listBills>>['rows'][number];

/** Bills due within a window, unpaid (the cash flow's projection). */
export function unpaidDueBetween(shopId: string, from: string, to: string) {
  return and(eq(bills.shopId, shopId), isNull(bills.paidOn), gte(bills.dueOn, from), lte(bills.dueOn, to));
}

/** One installment of the shop's bills, with its supplier and the other installments of its bill; null out of scope. */
export async function billDetail(db: DbExecutor, actor: Actor, shop: CurrentShop, id: string) {
  assertCan(actor, 'shop.bills');
  if (!isUuid(id)) return null;
  const scope = and(eq(bills.shopId, shop.id), shopRecordScope(actor, bills.shopId));
  const [row] = await db.select({ bill: bills, supplier: suppliers.name }).from(bills).leftJoin(suppliers, eq(suppliers.id, bills.supplierId)).where(and(eq(bills.id, id), scope));
  if (!row) return null;
  const group = await db.select().from(bills).where(and(eq(bills.groupId, row.bill.groupId), scope)).orderBy(asc(bills.installment), asc(bills.dueOn));
  return { ...row, group };
}
