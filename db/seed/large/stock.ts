import { sql } from 'drizzle-orm';
import { START, type Seeded } from './context';

/**
 * The stock ledger as lib/stock would have written it for the orders and returns, and the levels
 * computed from that ledger, so ledger = levels for every (location, variant) by construction:
 *
 * - approval (or financial hold) reserves each line at the order's channel when approved; a
 *   cancellation after that releases it; shipping consumes it from the reservation;
 * - a return routed to restock puts its units back on hand at the order's channel;
 * - receipts: the opening stock of every location and variant (a few dozen, plus whatever orders
 *   still waiting for approval or being drafted ask for), and each quarter, the day before it starts,
 *   a replenishment of exactly what that quarter's approvals reserve. So at any moment the available
 *   stock (on hand − reserved) is at least the opening buffer: nothing ever went negative.
 *
 * Every ledger row in one statement, in time order; the actor of a release or shipment is the one the
 * order's timeline names.
 */
export async function seedStock({ db }: Seeded): Promise<{ ledger: number; levels: number }> {
  const opening = new Date(START - 86_400_000).toISOString();
  return db.transaction(async (db) => {
    await db.execute(sql`SET LOCAL work_mem = '256MB'`);
    // Fresh statistics first: planned on the empty tables' numbers, the joins below would take minutes instead of seconds.
    await db.execute(sql`ANALYZE orders, order_lines, audit_log, seed_large_restock, product_variants, stock_locations`);
    const ledger = await db.execute(sql`
    WITH line AS (
      SELECT o.id AS order_id, o.status, o.approved_at, o.approved_by_id, o.cancelled_at, o.shipped_at, loc.id AS location_id, l.variant_id, l.quantity
      FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN stock_locations loc ON loc.channel_id = o.channel_id
    ),
    actor AS (
      SELECT entity_id::uuid AS order_id, action, actor_id FROM audit_log
      WHERE entity = 'order' AND action IN ('orders.ship', 'orders.cancel')
    ),
    waiting AS (
      SELECT location_id, variant_id, sum(quantity) AS quantity FROM line WHERE status IN ('draft', 'submitted') GROUP BY 1, 2
    ),
    opening AS (
      SELECT loc.id AS location_id, v.id AS variant_id,
             greatest(0, abs(hashtext(v.sku || c.code)) % 45 - 5) + coalesce(w.quantity, 0) AS quantity
      FROM stock_locations loc JOIN channels c ON c.id = loc.channel_id CROSS JOIN product_variants v
      LEFT JOIN waiting w ON w.location_id = loc.id AND w.variant_id = v.id
    ),
    quarter AS (
      SELECT location_id, variant_id, date_trunc('quarter', approved_at AT TIME ZONE 'America/Sao_Paulo') AS q, sum(quantity) AS quantity
      FROM line WHERE approved_at IS NOT NULL GROUP BY 1, 2, 3
    ),
    movement (at, location_id, variant_id, kind, quantity, reason, actor_id, order_id, return_id) AS (
      SELECT ${opening}::timestamptz, location_id, variant_id, 'receipt'::stock_movement, quantity::int, 'Estoque inicial', NULL::uuid, NULL::uuid, NULL::uuid
      FROM opening WHERE quantity > 0
      UNION ALL
      SELECT greatest((q - interval '14 hours') AT TIME ZONE 'America/Sao_Paulo', ${opening}::timestamptz + interval '1 hour'), location_id, variant_id, 'receipt', quantity::int,
             'Reposição ' || to_char(q, 'YYYY') || '-T' || to_char(q, 'Q'), NULL, NULL, NULL
      FROM quarter
      UNION ALL
      SELECT approved_at, location_id, variant_id, 'reservation', quantity, NULL, approved_by_id, order_id, NULL FROM line WHERE approved_at IS NOT NULL
      UNION ALL
      SELECT l.cancelled_at, l.location_id, l.variant_id, 'release', -l.quantity, NULL, a.actor_id, l.order_id, NULL
      FROM line l LEFT JOIN actor a ON a.order_id = l.order_id AND a.action = 'orders.cancel'
      WHERE l.status = 'cancelled' AND l.approved_at IS NOT NULL
      UNION ALL
      SELECT l.shipped_at, l.location_id, l.variant_id, 'shipment', -l.quantity, NULL, a.actor_id, l.order_id, NULL
      FROM line l LEFT JOIN actor a ON a.order_id = l.order_id AND a.action = 'orders.ship'
      WHERE l.shipped_at IS NOT NULL
      UNION ALL
      SELECT r.at, loc.id, r.variant_id, 'return', r.quantity, r.reason, r.actor_id, NULL, r.return_id
      FROM seed_large_restock r JOIN stock_locations loc ON loc.channel_id = r.channel_id
    )
    INSERT INTO stock_ledger (at, location_id, variant_id, kind, quantity, reason, actor_id, order_id, return_id)
    SELECT * FROM movement ORDER BY at, location_id, variant_id`);
    await db.execute(sql`DROP TABLE seed_large_restock`);

    await db.execute(sql`ANALYZE stock_ledger`);
    // Levels from the ledger, with the formula the stock tests check: on hand = physical movements; reserved = reservations, releases and shipments.
    const levels = await db.execute(sql`
    INSERT INTO stock_levels (location_id, variant_id, on_hand, reserved, minimum)
    SELECT loc.id, v.id, coalesce(g.on_hand, 0), coalesce(g.reserved, 0), 3
    FROM stock_locations loc CROSS JOIN product_variants v
    LEFT JOIN (
      SELECT location_id, variant_id,
             sum(quantity) FILTER (WHERE kind NOT IN ('reservation', 'release')) AS on_hand,
             sum(quantity) FILTER (WHERE kind IN ('reservation', 'release', 'shipment')) AS reserved
      FROM stock_ledger GROUP BY 1, 2
    ) g ON g.location_id = loc.id AND g.variant_id = v.id
    WHERE loc.kind = 'channel'`);
    return { ledger: ledger.count, levels: levels.count };
  });
}
