import { asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { customers, discountLimits, orderMinimumsByUf, orderSettings, orders, paymentTerms } from '@/db/schema';
import type { UseCaseContext } from '@/lib/server/context';
import { checkConditions, type ConditionProblem, type Conditions } from './conditions';
import { orderProducts } from './draft';

/** The commercial conditions in force, read in one place for the checker and the screens. */
export async function loadConditions(db: DbExecutor): Promise<Conditions> {
  const [[settings], byUf, limits, terms] = await Promise.all([
    db.select().from(orderSettings).where(eq(orderSettings.id, 1)),
    db.select().from(orderMinimumsByUf),
    db.select().from(discountLimits),
    db.select({ id: paymentTerms.id }).from(paymentTerms).where(eq(paymentTerms.active, true)),
  ]);
  return {
    minOrderCents: settings?.minOrderCents ?? 0,
    quantityMultiple: settings?.quantityMultiple ?? 1,
    minOrderByUf: Object.fromEntries(byUf.map((r) => [r.uf, r.minOrderCents])),
    maxDiscountBps: Object.fromEntries(limits.map((l) => [l.role, l.maxDiscountBps])),
    paymentTermIds: terms.map((t) => t.id),
  };
}

/** Every commercial condition the order breaks now (customer's UF, role, discount, term, totals, products): submission refuses on any, adjustment on the quantity ones. */
export async function orderConditionProblems(ctx: UseCaseContext, order: typeof orders.$inferSelect): Promise<ConditionProblem[]> {
  const [customer] = await ctx.db.select({ uf: customers.uf }).from(customers).where(eq(customers.id, order.customerId));
  return checkConditions(
    {
      uf: customer!.uf,
      role: ctx.actor.role,
      discountBps: order.discountBps,
      paymentTermId: order.paymentTermId,
      totals: { subtotalCents: order.subtotalCents, discountCents: order.discountCents, totalCents: order.totalCents },
      products: await orderProducts(ctx.db, order),
    },
    await loadConditions(ctx.db),
  );
}

export async function listPaymentTerms(db: DbExecutor, onlyActive = false) {
  const rows = await db.select().from(paymentTerms).orderBy(asc(paymentTerms.position), asc(paymentTerms.name));
  return onlyActive ? rows.filter((r) => r.active) : rows;
}
