import { and, eq, sql } from 'drizzle-orm';
import type { RegisterTotals } from '@/db/schema';
import { registerMovements, registerSessions, salePayments, sales } from '@/db/schema';
import type { DbExecutor } from '@/db/client';
import { PAYMENT_METHODS, registerExpected, type PaymentMethod } from './sale-math';

/**
 * What a session should hold per payment method: its float, what its sales took (net of change),
 * less what sales voided while it was open gave back, plus deposits, less withdrawals.
 */
export async function sessionExpected(db: DbExecutor, sessionId: string): Promise<RegisterTotals> {
  const [session] = await db.select({ floatCents: registerSessions.floatCents }).from(registerSessions).where(eq(registerSessions.id, sessionId));
  const [taken, refunded, movements] = await Promise.all([
    byMethod(db, eq(sales.sessionId, sessionId)),
    byMethod(db, and(eq(sales.voidSessionId, sessionId), eq(sales.status, 'voided'))!),
    db.select({ kind: registerMovements.kind, amountCents: registerMovements.amountCents }).from(registerMovements).where(eq(registerMovements.sessionId, sessionId)),
  ]);
  const negated = Object.fromEntries(PAYMENT_METHODS.map((m) => [m, -refunded[m]])) as Record<PaymentMethod, number>;
  return registerExpected({ openingFloatCents: session?.floatCents ?? 0, sales: [taken, negated], movements });
}

async function byMethod(db: DbExecutor, where: ReturnType<typeof eq>): Promise<Record<PaymentMethod, number>> {
  const rows = await db
    .select({ method: salePayments.method, cents: sql<number>`sum(${salePayments.amountCents})`.mapWith(Number) })
    .from(salePayments)
    .innerJoin(sales, eq(sales.id, salePayments.saleId))
    .where(where)
    .groupBy(salePayments.method);
  const out = Object.fromEntries(PAYMENT_METHODS.map((m) => [m, 0])) as Record<PaymentMethod, number>;
  for (const r of rows) out[r.method] = r.cents;
  return out;
}
