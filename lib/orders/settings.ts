import { asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { discountLimits, orderMinimumsByUf, orderSettings, paymentTerms } from '@/db/schema';
import type { Conditions } from './conditions';

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

export async function listPaymentTerms(db: DbExecutor, onlyActive = false) {
  const rows = await db.select().from(paymentTerms).orderBy(asc(paymentTerms.position), asc(paymentTerms.name));
  return onlyActive ? rows.filter((r) => r.active) : rows;
}
