import { maxDiscountFor, minimumFor, orderTotals, type Conditions } from '@/lib/orders/conditions';
import { listPaymentTerms, loadConditions } from '@/lib/orders/settings';
import { ORDER_STATUSES } from '@/lib/orders/transitions';
import type { Catalog, SeedProduct } from './catalog';
import { END, START, type SeedCustomer, type Seeded } from './context';
import { copyRows, type CopyValue } from './copy';
import { planOrder, statusAfter, type Forced, type PlanInput } from './order-plan';
import { AUDIT_COLUMNS, auditRows, LINE_COLUMNS, lineRows, ORDER_COLUMNS, orderRow, type SeedLine, type SeedOrder } from './order-rows';
import { homeChannel } from './places';
import type { People } from './people';
import type { PriceBook } from './pricing';
import { DAY, HOUR, Random, Weighted } from './random';
import { planReturns, type ReturnPlan } from './returns';

/** Orders per calendar month (Jan…Dec): the winter and summer launches sell most. */
const SEASON = [0.8, 1.1, 1.2, 1.0, 0.9, 0.8, 1.0, 1.2, 1.3, 1.1, 1.0, 0.9];
const NOTES = [
  'Entregar pela manhã, das 8h às 12h.',
  'Reposição da vitrine.',
  'Faturar junto com o pedido anterior, se possível.',
  'Cliente pediu etiquetas com preço.',
  'Enviar pela transportadora de sempre.',
];
const DRAFT_WINDOW = 20 * DAY;
const BATCH_LINES = 150_000;

export type OrdersResult = { orders: number; lines: number; audit: number; blocked: Map<string, number>; returns: ReturnPlan[]; statuses: Record<string, number> };

type Pending = { order: SeedOrder; customer: SeedCustomer; input: PlanInput };

/** Calendar months of the data set, each with its share of the orders (growing about 30% a year). */
function months(total: number): { from: number; to: number; count: number }[] {
  const out: { from: number; to: number; weight: number; count: number }[] = [];
  for (let i = 0; ; i++) {
    const from = Date.UTC(2023, 11 + i, 1, 3);
    if (from >= END) break;
    const to = Math.min(Date.UTC(2023, 12 + i, 1, 3), END - 6 * HOUR);
    out.push({ from: Math.max(from, START), to, weight: (1 + (0.3 * i) / 12) * SEASON[new Date(from).getUTCMonth()]! * ((to - from) / (30 * DAY)), count: 0 });
  }
  const sum = out.reduce((s, m) => s + m.weight, 0);
  out.forEach((m) => (m.count = Math.floor((total * m.weight) / sum)));
  const left = total - out.reduce((s, m) => s + m.count, 0);
  [...out]
    .sort((a, b) => (((total * b.weight) / sum) % 1) - (((total * a.weight) / sum) % 1))
    .slice(0, left)
    .forEach((m) => m.count++);
  return out;
}

/**
 * Three years of B2B orders, month by month: each customer buys at its own list from its usual
 * origin (sometimes another), products of the collections in season, sizes in runs of the grid
 * (or fixed packs), under the commercial conditions (minimum, discount per role, payment terms).
 * Each order lives its life through the app's state machine up to "today"; the last month makes sure
 * every state is present. Orders, lines and their timeline go in with COPY; returns are planned here.
 */
export async function seedOrders({ db, counts }: Seeded, people: People, catalog: Catalog, book: PriceBook): Promise<OrdersResult> {
  const rand = new Random(3_000);
  const conditions = await loadConditions(db);
  const terms = (await listPaymentTerms(db, true)).map((t) => t.id);
  const channelByCode = new Map(catalog.channels.map((c) => [c.code, c]));
  const buyers = people.customers.filter((c) => c.company && (c.representativeId || c.lojistaId) && book.listOf.has(`${c.id}|${channelByCode.get(homeChannel(c.uf))!.id}`));
  if (!buyers.length) throw new Error('seed:large: no customer can order');
  const weights = new Map(buyers.map((c) => [c.id, Math.min(30, (1 - rand.next()) ** (-1 / 2.5))]));
  const byWeight = new Weighted(buyers, (c) => weights.get(c.id)!);
  const blocked = new Map(rand.sample(buyers, Math.round(buyers.length / 100)).map((c) => [c.id, END - rand.int(5, 90) * DAY]));
  const drafts = new Set<string>();
  const tally: Record<string, number> = Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0]));
  const result: OrdersResult = { orders: 0, lines: 0, audit: 0, blocked, returns: [], statuses: tally };
  let number = 0;
  let invoice = 40_000;
  const nextInvoice = () => `NF-e ${String(++invoice).padStart(6, '0')}`;
  // Rows go in with a few large COPYs (each COPY has a fixed cost), three at once on three connections:
  // the foreign keys are checked at the end (constraints.ts).
  const batch = { orders: [] as CopyValue[][], lines: [] as CopyValue[][], audit: [] as CopyValue[][] };
  const flush = async () => {
    const [o, l, a] = await Promise.all([
      copyRows(db, 'orders', ORDER_COLUMNS, batch.orders.splice(0)),
      copyRows(db, 'order_lines', LINE_COLUMNS, batch.lines.splice(0)),
      copyRows(db, 'audit_log', AUDIT_COLUMNS, batch.audit.splice(0)),
    ]);
    result.orders += o;
    result.lines += l;
    result.audit += a;
  };

  for (const month of months(counts.orders)) {
    const mid = (month.from + month.to) / 2;
    let inSeason = catalog.products.filter((p) => p.from <= mid && mid < p.to);
    if (inSeason.length < 3) inSeason = catalog.products;
    const productPick = new Weighted(inSeason, (p) => p.popularity);
    const times = Array.from({ length: month.count }, () => {
      const day = month.from + Math.floor(rand.next() * ((month.to - month.from) / DAY)) * DAY;
      return Math.min(month.to, day + (8 + rand.next() * 11) * HOUR);
    }).sort((a, b) => a - b);

    const pending: Pending[] = times.map((createdAt) => {
      let customer = byWeight.pick(rand);
      for (let i = 0; i < 20 && customer.since > createdAt; i++) customer = byWeight.pick(rand);
      const home = channelByCode.get(homeChannel(customer.uf))!;
      const other = rand.pick(catalog.channels);
      const channel = rand.chance(0.85) || !book.listOf.has(`${customer.id}|${other.id}`) ? home : other;
      const listId = book.listOf.get(`${customer.id}|${channel.id}`)!;
      const byShop = customer.lojistaId !== null && (customer.representativeId === null || rand.chance(0.6));
      const placer = byShop ? { kind: 'shop' as const, userId: customer.lojistaId! } : { kind: 'rep' as const, userId: customer.representativeId! };
      const role = byShop ? ('lojista' as const) : ('representante' as const);
      const isDraft = createdAt > END - DRAFT_WINDOW && rand.chance(0.12) && !drafts.has(`${customer.id}|${channel.id}`);
      if (isDraft) drafts.add(`${customer.id}|${channel.id}`);
      const lines = orderLines(rand, productPick, customer, book.prices.get(listId)!, createdAt);
      const order: SeedOrder = {
        id: rand.uuidAt(createdAt),
        number: ++number,
        customerId: customer.id,
        channelId: channel.id,
        listId,
        createdAt,
        createdBy: { userId: placer.userId, role },
        paymentTermId: isDraft && rand.chance(0.5) ? null : rand.pick(terms),
        discountBps: rand.pick([0, 0, 0, 300, 500, 500, 800, 1000].filter((d) => d <= maxDiscountFor(role, conditions))),
        notes: rand.chance(0.1) ? rand.pick(NOTES) : null,
        lines,
        totals: orderTotals(lines, 0),
        events: null,
      };
      meetMinimum(order, customer, conditions, !isDraft);
      const sameRegion = homeChannel(customer.uf) === channel.code;
      const input: PlanInput = {
        createdAt,
        placer,
        blockedAt: blocked.get(customer.id) ?? null,
        staff: people.staff,
        nextInvoice,
        approver: customer.representativeId ? { userId: customer.representativeId, role: 'representante' } : { userId: rand.pick(people.staff.comercial), role: 'comercial' },
        deliveryDays: channel.uf === customer.uf ? [1, 3] : sameRegion ? [2, 5] : [4, 12],
      };
      if (!isDraft) order.events = planOrder(rand, input);
      return { order, customer, input };
    });
    if (month.to >= END - 6 * HOUR) forceMissing(rand, pending, tally, drafts, conditions);

    for (const { order, customer } of pending) {
      const status = statusAfter(order.events ?? []);
      tally[status]!++;
      if (status === 'delivered' && customer.lojistaId) result.returns.push(...planReturns(rand, order, customer.lojistaId, people.staff));
    }
    const audit = pending.flatMap((p) => [...auditRows(p.order)]).sort((x, y) => (x[0] as Date).getTime() - (y[0] as Date).getTime());
    for (const p of pending) {
      batch.orders.push(orderRow(p.order));
      for (const line of lineRows(p.order)) batch.lines.push(line);
    }
    for (const row of audit) batch.audit.push(row);
    if (batch.lines.length >= BATCH_LINES) await flush();
  }
  await flush();
  return result;
}

/** One to three products; per product one colour (sometimes two) in a run of sizes, or fixed packs. */
function orderLines(rand: Random, productPick: Weighted<SeedProduct>, customer: SeedCustomer, prices: Int32Array, createdAt: number): SeedLine[] {
  const wanted = rand.pick([1, 1, 1, 1, 1, 2, 2, 2, 3, 3]);
  const chosen = new Set<SeedProduct>();
  for (let i = 0; i < wanted * 5 && chosen.size < wanted; i++) {
    const p = productPick.pick(rand);
    if (!p.hiddenIn.has(customer.uf)) chosen.add(p);
  }
  const lines: SeedLine[] = [];
  for (const p of chosen) {
    const line = (v: { id: string }, quantity: number) =>
      lines.push({ id: rand.uuidAt(createdAt), productId: p.id, productIndex: p.index, variantId: v.id, quantity, unitPriceCents: prices[p.index]! });
    const colors = rand.sample(p.colors, rand.chance(0.8) ? 1 : 2);
    if (p.pack && rand.chance(0.5)) {
      const packs = rand.int(1, 3);
      for (const v of colors[0]!) if (p.pack[v.size]) line(v, p.pack[v.size]! * packs);
      continue;
    }
    for (const grid of colors) {
      const length = Math.min(grid.length, rand.pick([1, 2, 2, 3, 3, 4]));
      const first = rand.int(0, grid.length - length);
      for (const v of grid.slice(first, first + length)) line(v, rand.pick([1, 2, 2, 3, 3, 4, 4, 6]));
    }
  }
  return lines;
}

/** Totals with the order's discount; a submitted order is raised (every quantity doubled) until it reaches the customer's minimum. */
function meetMinimum(order: SeedOrder, customer: SeedCustomer, conditions: Conditions, submitted: boolean) {
  order.totals = orderTotals(order.lines, order.discountBps);
  const minimum = minimumFor(customer.uf, conditions);
  while (submitted && order.totals.totalCents < minimum) {
    for (const l of order.lines) l.quantity *= 2;
    order.totals = orderTotals(order.lines, order.discountBps);
  }
}

/**
 * Small runs may miss a state by chance: the last month's latest fitting orders are steered into each
 * missing one (a shop's own order for "submitted" and "rejected", a new draft for "draft").
 */
function forceMissing(rand: Random, pending: Pending[], tally: Record<string, number>, drafts: Set<string>, conditions: Conditions) {
  const statusOf = (p: Pending) => statusAfter(p.order.events ?? []);
  const have = { ...tally };
  for (const p of pending) have[statusOf(p)]!++;
  const used = new Set<Pending>();
  for (const status of ORDER_STATUSES) {
    if (have[status]! > 0) continue;
    const shopOnly = status === 'submitted' || status === 'rejected';
    const candidate = [...pending]
      .reverse()
      .find(
        (p) =>
          !used.has(p) &&
          p.order.events &&
          have[statusOf(p)]! > 1 &&
          p.input.blockedAt === null &&
          p.order.createdAt < END - 2 * DAY &&
          (!shopOnly || p.customer.lojistaId) &&
          (status !== 'draft' || !drafts.has(`${p.customer.id}|${p.order.channelId}`)),
      );
    if (!candidate) continue;
    used.add(candidate);
    have[statusOf(candidate)]!--;
    have[status]!++;
    const { order, customer, input } = candidate;
    if (status === 'draft') {
      drafts.add(`${customer.id}|${order.channelId}`);
      order.events = null;
      continue;
    }
    if (shopOnly && input.placer.kind === 'rep') {
      input.placer = { kind: 'shop', userId: customer.lojistaId! };
      order.createdBy = { userId: customer.lojistaId!, role: 'lojista' };
      order.discountBps = Math.min(order.discountBps, maxDiscountFor('lojista', conditions));
      meetMinimum(order, customer, conditions, true);
    }
    order.events = planOrder(rand, input, status as Forced);
  }
}
