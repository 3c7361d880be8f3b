import { sql } from 'drizzle-orm';
import { withCheckDigits } from '@/lib/crm/document';
import { netUnitCents } from '@/lib/orders/conditions';
import { retailPriceCents } from '@/lib/pricing/retail';
import { percentOf, registerExpected, saleTotals, settle, type Payment, type PaymentMethod } from '@/lib/shop/sale-math';
import { END, type Seeded } from './context';
import { copyRows, type CopyValue } from './copy';
import { Random } from './random';

const DAY = 86_400_000;
/** Shop hours in São Paulo (UTC−3): the register opens at 9h and closes at 18h. */
const OPEN_UTC_HOUR = 12;
const CLOSE_UTC_HOUR = 21;
const FLOAT_CENTS = 20_000;
const DEFAULT_MARKUP_BPS = 10_000;
const CONSUMER_NAMES = ['Ana', 'Beatriz', 'Carla', 'Daniela', 'Eduarda', 'Fernanda', 'Gabriela', 'Helena', 'Isabela', 'Juliana', 'Larissa', 'Mariana', 'Natália', 'Paula', 'Renata', 'Sofia'];
const SURNAMES = ['Almeida', 'Barbosa', 'Cardoso', 'Dias', 'Ferreira', 'Gomes', 'Lima', 'Martins', 'Oliveira', 'Pereira', 'Rocha', 'Santos', 'Souza', 'Teixeira'];

type Shop = { id: string; name: string; customerId: string; createdAt: Date; ownerId: string | null; clerkId: string | null };
type Received = { orderId: string; deliveredAt: Date; discountBps: number; productId: string; variantId: string; quantity: number; unitPriceCents: number; description: string; sku: string };
type Stocked = { productId: string; description: string; sku: string; onHand: number };

export type CounterResult = { shops: number; sales: number; lines: number; sessions: number; receipts: number };

/**
 * Every shop's counter over the three years but the demo owner's (that one is run through the app's
 * use cases in the `shop` phase): its delivered B2B orders enter its stock on the day they arrived (as
 * lib/shop/receipts.ts does, the shop's cost the net price it paid), and from the first delivery on a
 * register opens every day with a float, sells what is on the shelves at cost × 2 (the default markup)
 * with the app's sale maths (lib/shop/sale-math.ts: totals, discounts within the maximum, payments
 * settled to the cent, cash change), takes a withdrawal when the drawer is full, and closes with its
 * count (now and then a few reais short). Its consumers (valid CPFs), its rent and power bills, the
 * ledger rows and the levels that follow: ledger = levels, nothing sold that was not on hand.
 */
export async function seedCounter({ db, scale }: Seeded): Promise<CounterResult> {
  const rand = new Random(4242);
  const shops = await db.execute<Shop>(sql`
    SELECT s.id, s.name, s.customer_id AS "customerId", s.created_at AS "createdAt",
      (SELECT u.id FROM users u WHERE u.customer_id = s.customer_id AND u.role = 'lojista' ORDER BY u.created_at, u.id LIMIT 1) AS "ownerId",
      (SELECT u.id FROM users u WHERE u.shop_id = s.id AND u.role = 'usuario' ORDER BY u.created_at, u.id LIMIT 1) AS "clerkId"
    FROM shops s
    WHERE NOT EXISTS (SELECT 1 FROM users d WHERE d.email = 'lojista@venda.local' AND d.customer_id = s.customer_id)
    ORDER BY s.created_at, s.id`);
  const out: CounterResult = { shops: 0, sales: 0, lines: 0, sessions: 0, receipts: 0 };
  const rows = { locations: [] as CopyValue[][], registers: [] as CopyValue[][], products: [] as CopyValue[][], consumers: [] as CopyValue[][], sessions: [] as CopyValue[][], movements: [] as CopyValue[][] };
  const saleRows: CopyValue[][] = [];
  const lineRows: CopyValue[][] = [];
  const paymentRows: CopyValue[][] = [];
  const ledgerRows: CopyValue[][] = [];
  const levelRows: CopyValue[][] = [];
  const billRows: CopyValue[][] = [];

  for (const shop of shops) {
    const received = await db.execute<Received>(sql`
      SELECT o.id AS "orderId", o.delivered_at AS "deliveredAt", o.discount_bps AS "discountBps", l.product_id AS "productId", l.variant_id AS "variantId",
             l.quantity, l.unit_price_cents::int AS "unitPriceCents", p.name || ' — ' || v.color_name || ' ' || v.size AS description, v.sku
      FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN product_variants v ON v.id = l.variant_id JOIN products p ON p.id = l.product_id
      WHERE o.customer_id = ${shop.customerId} AND o.status = 'delivered' AND o.delivered_at < ${new Date(END).toISOString()}::timestamptz
      ORDER BY o.delivered_at, o.id, l.id`);
    if (!received.length) continue;
    out.shops++;
    const opened = new Date(shop.createdAt).getTime();
    const locationId = rand.uuidAt(opened);
    const registerId = rand.uuidAt(opened);
    rows.locations.push([locationId, 'shop', shop.id, 'Loja', new Date(opened)]);
    rows.registers.push([registerId, shop.id, 'Caixa 1', locationId, new Date(opened)]);
    const consumers = Array.from({ length: Math.max(5, Math.round(40 * Math.min(1, scale * 10))) }, (_, i) => {
      const id = rand.uuidAt(opened + i);
      const cpf = withCheckDigits(String(100_000_000 + ((rand.int(0, 899_999_999) + i) % 899_999_999)).padStart(9, '0'));
      rows.consumers.push([id, shop.id, `${rand.pick(CONSUMER_NAMES)} ${rand.pick(SURNAMES)}`, cpf, `48${String(rand.int(900_000_000, 999_999_999))}`, null, new Date(opened)]);
      return id;
    });
    const sellers = [shop.ownerId, shop.clerkId].filter((x): x is string => Boolean(x));

    const stock = new Map<string, Stocked>();
    const cost = new Map<string, number>();
    let next = 0;
    const receiveUntil = (ms: number) => {
      while (next < received.length && new Date(received[next]!.deliveredAt).getTime() <= ms) {
        const r = received[next++]!;
        const at = new Date(r.deliveredAt);
        ledgerRows.push([at, locationId, r.variantId, 'receipt', r.quantity, null, shop.ownerId, r.orderId, null]);
        out.receipts++;
        const held = stock.get(r.variantId) ?? { productId: r.productId, description: r.description, sku: r.sku, onHand: 0 };
        held.onHand += r.quantity;
        stock.set(r.variantId, held);
        cost.set(r.productId, netUnitCents(r.unitPriceCents, r.discountBps));
      }
    };

    const firstDay = Math.floor(new Date(received[0]!.deliveredAt).getTime() / DAY) * DAY + DAY;
    for (let day = firstDay; day + CLOSE_UTC_HOUR * 3_600_000 < END; day += DAY) {
      const openAt = day + OPEN_UTC_HOUR * 3_600_000;
      receiveUntil(openAt);
      const sessionId = rand.uuidAt(openAt);
      const opener = rand.pick(sellers);
      const takings: Record<PaymentMethod, number>[] = [];
      const movements: { kind: 'withdrawal' | 'deposit'; amountCents: number }[] = [];
      const count = rand.chance(0.15) ? 0 : rand.int(1, 3);
      for (let n = 0; n < count; n++) {
        const at = openAt + ((n + 1) * (CLOSE_UTC_HOUR - OPEN_UTC_HOUR - 1) * 3_600_000) / (count + 1) + rand.int(0, 1_800_000);
        const shelf = [...stock].filter(([, s]) => s.onHand > 0);
        if (!shelf.length) break;
        const picked = rand.sample(shelf, rand.chance(0.3) ? 2 : 1);
        const lines = picked.map(([variantId, s]) => ({ variantId, s, quantity: 1, unitPriceCents: retailPriceCents(cost.get(s.productId) ?? 0, null, DEFAULT_MARKUP_BPS) }));
        const gross = lines.reduce((sum, l) => sum + l.unitPriceCents, 0);
        const totals = saleTotals(lines, rand.chance(0.15) ? percentOf(gross, 5) : 0);
        const method = rand.pick(['cash', 'cash', 'pix', 'pix', 'debit', 'credit'] as const);
        const payments: Payment[] = [{ method, amountCents: method === 'cash' ? Math.ceil(totals.totalCents / 1000) * 1000 : totals.totalCents, installments: method === 'credit' ? rand.int(1, 3) : undefined }];
        const settled = settle(totals.totalCents, payments);
        if (!settled.ok) throw new Error(`counter seed: a sale did not settle (${settled.error})`);
        const saleId = rand.uuidAt(at);
        const seller = rand.pick(sellers);
        const when = new Date(at);
        saleRows.push([saleId, shop.id, sessionId, locationId, seller, rand.chance(0.3) ? rand.pick(consumers) : null, 'completed', totals.subtotalCents, totals.lineDiscountCents, totals.saleDiscountCents, totals.totalCents, settled.changeCents, saleId, when]);
        lines.forEach((l, position) => {
          lineRows.push([rand.uuidAt(at), saleId, l.variantId, l.s.description, l.s.sku, l.quantity, l.unitPriceCents, 0, totals.lines[position]!.netCents, position]);
          ledgerRows.push([when, locationId, l.variantId, 'sale', -l.quantity, null, seller, null, saleId]);
          l.s.onHand -= l.quantity;
        });
        for (const m of ['cash', 'debit', 'credit', 'pix'] as const) {
          if (settled.byMethod[m] > 0) paymentRows.push([rand.uuidAt(at), saleId, m, settled.byMethod[m], m === 'cash' ? payments[0]!.amountCents : null, m === 'credit' ? (payments[0]!.installments ?? 1) : 1]);
        }
        takings.push(settled.byMethod);
        out.sales++;
        out.lines += lines.length;
      }
      const beforeClose = registerExpected({ openingFloatCents: FLOAT_CENTS, sales: takings, movements });
      if (beforeClose.cash > 60_000) {
        const amount = beforeClose.cash - FLOAT_CENTS;
        movements.push({ kind: 'withdrawal', amountCents: amount });
        rows.movements.push([rand.uuidAt(openAt), sessionId, shop.id, 'withdrawal', amount, 'Depósito no banco', opener, new Date(day + (CLOSE_UTC_HOUR - 1) * 3_600_000)]);
      }
      const expected = registerExpected({ openingFloatCents: FLOAT_CENTS, sales: takings, movements });
      const short = rand.chance(0.05) ? Math.min(expected.cash, 250) : 0;
      const counted = { ...expected, cash: expected.cash - short };
      rows.sessions.push([sessionId, registerId, shop.id, opener, new Date(openAt), FLOAT_CENTS, opener, new Date(day + CLOSE_UTC_HOUR * 3_600_000), expected, counted, short ? 'Faltou troco na contagem.' : null]);
      out.sessions++;
    }
    receiveUntil(END);

    // The assortment at what the shop last paid, and the levels the ledger adds up to.
    const products = new Set([...stock.values()].map((s) => s.productId));
    for (const productId of products) rows.products.push([shop.id, productId, cost.get(productId) ?? 0, null, null, new Date(END)]);
    for (const [variantId, s] of stock) levelRows.push([locationId, variantId, s.onHand, 0, 0]);

    // Rent and power, monthly from the shop's first delivery: paid the day before they fall due, the ones ahead still open.
    for (let month = new Date(firstDay); month.getTime() < END + 60 * DAY; month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))) {
      const ym = month.toISOString().slice(0, 7);
      for (const [description, category, dueDay, cents] of [
        ['Aluguel da loja', 'Aluguel', 10, 350_000],
        ['Energia elétrica', 'Energia', 20, 30_000 + rand.int(0, 20_000)],
      ] as const) {
        const dueOn = `${ym}-${String(dueDay).padStart(2, '0')}`;
        const paid = Date.parse(`${dueOn}T12:00:00Z`) < END;
        const paidOn = paid ? new Date(Date.parse(`${dueOn}T12:00:00Z`) - DAY).toISOString().slice(0, 10) : null;
        const id = rand.uuidAt(Date.parse(`${ym}-01T12:00:00Z`));
        billRows.push([id, shop.id, id, null, description, category, 1, 1, dueOn, cents, paidOn, paid ? cents : null, shop.ownerId, new Date(`${ym}-01T12:00:00Z`)]);
      }
    }
    await db.execute(sql`UPDATE orders SET shop_id = ${shop.id}, shop_stock_at = delivered_at WHERE customer_id = ${shop.customerId} AND status = 'delivered' AND delivered_at < ${new Date(END).toISOString()}::timestamptz`);
  }

  await copyRows(db, 'stock_locations', ['id', 'kind', 'shop_id', 'name', 'created_at'], rows.locations);
  await copyRows(db, 'registers', ['id', 'shop_id', 'name', 'location_id', 'created_at'], rows.registers);
  await copyRows(db, 'shop_products', ['shop_id', 'product_id', 'cost_cents', 'price_cents', 'supplier_id', 'updated_at'], rows.products);
  await copyRows(db, 'shop_consumers', ['id', 'shop_id', 'name', 'cpf', 'phone', 'email', 'created_at'], rows.consumers);
  await copyRows(db, 'register_sessions', ['id', 'register_id', 'shop_id', 'opened_by_id', 'opened_at', 'float_cents', 'closed_by_id', 'closed_at', 'expected', 'counted', 'closing_notes'], rows.sessions);
  await copyRows(db, 'register_movements', ['id', 'session_id', 'shop_id', 'kind', 'amount_cents', 'reason', 'actor_id', 'at'], rows.movements);
  // prettier-ignore
  await copyRows(db, 'sales', ['id', 'shop_id', 'session_id', 'location_id', 'seller_id', 'consumer_id', 'status', 'subtotal_cents', 'line_discount_cents', 'discount_cents', 'total_cents', 'change_cents', 'idempotency_key', 'created_at'], saleRows.sort((a, b) => (a[13] as Date).getTime() - (b[13] as Date).getTime()));
  await copyRows(db, 'sale_lines', ['id', 'sale_id', 'variant_id', 'description', 'sku', 'quantity', 'unit_price_cents', 'discount_cents', 'total_cents', 'position'], lineRows);
  await copyRows(db, 'sale_payments', ['id', 'sale_id', 'method', 'amount_cents', 'tendered_cents', 'installments'], paymentRows);
  await copyRows(db, 'stock_ledger', ['at', 'location_id', 'variant_id', 'kind', 'quantity', 'reason', 'actor_id', 'order_id', 'sale_id'], ledgerRows.sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime()));
  await copyRows(db, 'stock_levels', ['location_id', 'variant_id', 'on_hand', 'reserved', 'minimum'], levelRows);
  await copyRows(db, 'bills', ['id', 'shop_id', 'group_id', 'supplier_id', 'description', 'category', 'installment', 'installments', 'due_on', 'amount_cents', 'paid_on', 'paid_cents', 'created_by_id', 'created_at'], billRows);
  return out;
}
