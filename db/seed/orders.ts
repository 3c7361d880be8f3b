import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../client';
import { customers, discountLimits, orderMinimumsByUf, orderSettings, paymentTerms } from '../schema';

/** Commercial conditions of the demo: terms, a minimum order, discount ceilings per role, credit for the named shops. */
export async function seedOrderConditions(db: DbExecutor, credit: { customerId: string; creditLimitCents: number }[]): Promise<void> {
  await db
    .insert(orderSettings)
    .values({ id: 1, minOrderCents: 50_000, quantityMultiple: 1 })
    .onConflictDoUpdate({ target: orderSettings.id, set: { minOrderCents: 50_000 } });
  await db.insert(orderMinimumsByUf).values([
    { uf: 'AM', minOrderCents: 200_000 },
    { uf: 'RR', minOrderCents: 200_000 },
  ]);
  await db.insert(paymentTerms).values([
    { name: 'À vista', days: [0], position: 0 },
    { name: '30 dias', days: [30], position: 1 },
    { name: '30/60 dias', days: [30, 60], position: 2 },
    { name: '30/60/90 dias', days: [30, 60, 90], position: 3 },
  ]);
  await db.insert(discountLimits).values([
    { role: 'lojista', maxDiscountBps: 0 },
    { role: 'representante', maxDiscountBps: 1000 },
    { role: 'comercial', maxDiscountBps: 2000 },
    { role: 'admin', maxDiscountBps: 3000 },
  ]);
  for (const c of credit) await db.update(customers).set({ creditLimitCents: c.creditLimitCents }).where(eq(customers.id, c.customerId));
}
