import { inArray, sql } from 'drizzle-orm';
import { products } from '@/db/schema';
import type { Catalog } from './catalog';
import type { Seeded, Staff } from './context';

/**
 * What is left once the history is written:
 * - finance's blocks: the customers whose approvals were held as blocked, blocked since that date;
 * - credit limits that agree with the orders: a customer with an order held for credit has a limit its
 *   open orders plus that order exceed; everyone else's limit covers its open orders (with room);
 * - customers (and their logins) registered before their first order;
 * - products out of season retired (their lists keep the prices old orders used);
 * - the number sequences after the numbers written.
 */
export async function finish({ db }: Seeded, staff: Staff, catalog: Catalog, blocked: Map<string, number>): Promise<{ blocked: number; retired: number }> {
  for (const [customerId, at] of blocked) {
    await db.execute(
      sql`UPDATE customers SET status = 'blocked', blocked_reason = 'Títulos vencidos há mais de 30 dias.', blocked_at = ${new Date(at).toISOString()}::timestamptz, blocked_by_id = ${staff.financeiro[0]!}, updated_at = ${new Date(at).toISOString()}::timestamptz WHERE id = ${customerId}`,
    );
  }
  await db.execute(sql`
    WITH open AS (
      SELECT customer_id,
             coalesce(sum(total_cents) FILTER (WHERE status IN ('approved', 'invoiced', 'shipped')), 0) AS running,
             min(total_cents) FILTER (WHERE status = 'financial_hold' AND hold_reason = 'credit') AS smallest_held
      FROM orders WHERE status IN ('financial_hold', 'approved', 'invoiced', 'shipped') GROUP BY customer_id
    )
    UPDATE customers c SET credit_limit_cents = CASE
      WHEN o.smallest_held IS NOT NULL THEN ((o.running + o.smallest_held - 1) / 100) * 100
      ELSE greatest(c.credit_limit_cents, ceil(o.running * 1.3 / 100000.0)::bigint * 100000) END
    FROM open o WHERE o.customer_id = c.id`);
  // A customer (and its login) exists before its first order.
  await db.execute(sql`
    WITH first AS (SELECT customer_id, min(created_at) AS at FROM orders GROUP BY customer_id)
    UPDATE customers c SET created_at = f.at - interval '1 day', updated_at = least(c.updated_at, f.at - interval '1 day') FROM first f WHERE f.customer_id = c.id AND c.created_at >= f.at`);
  await db.execute(sql`UPDATE users u SET created_at = c.created_at, updated_at = c.created_at FROM customers c WHERE u.customer_id = c.id AND u.created_at > c.created_at`);
  const retired = catalog.products.filter((p) => p.retire).map((p) => p.id);
  for (let i = 0; i < retired.length; i += 1000)
    await db
      .update(products)
      .set({ active: false })
      .where(inArray(products.id, retired.slice(i, i + 1000)));
  for (const table of ['orders', 'returns', 'credit_notes']) {
    await db.execute(sql.raw(`SELECT setval(pg_get_serial_sequence('${table}', 'number'), coalesce(max(number), 1), max(number) IS NOT NULL) FROM ${table}`));
  }
  return { blocked: blocked.size, retired: retired.length };
}
