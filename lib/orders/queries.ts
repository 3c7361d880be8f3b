import 'server-only';
import { coverImageId } from '@/lib/catalog/cover-image';
import { and, asc, desc, eq, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { auditLog, channels, customers, orderLines, orders, paymentTerms, products, productVariants, returns, stockLevels, users } from '@/db/schema';
import { levelsAtChannel } from '@/lib/stock/queries';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { isUuid } from '@/lib/server/ids';
import { numberOrName } from '@/lib/server/search';
import { inKeysetChunks } from '@/lib/csv';
import { cappedCount } from '@/lib/server/capped-count';
import { ORDER_PAGE_SIZE, type OrderFilter } from './filters';
import { openOrdersCents } from './credit';
import { orderScope } from './scope';
import { ORDER_TIMELINE_ACTIONS } from './transitions';
import { brandProduct } from '@/lib/catalog/ownership';

const repName = sql<string | null>`(SELECT ${users.name} FROM ${users} WHERE ${users.id} = ${customers.representativeId})`;

function whereFor(actor: Actor, f: OrderFilter): SQL | undefined {
  return and(
    orderScope(actor),
    f.status === 'queue' ? eq(orders.status, 'submitted') : f.status ? eq(orders.status, f.status) : ne(orders.status, 'draft'),
    numberOrName(f.q, orders.number, customers.name),
    f.rep ? eq(customers.representativeId, f.rep) : undefined,
    f.customer ? eq(orders.customerId, f.customer) : undefined,
    f.uf ? eq(customers.uf, f.uf) : undefined,
    f.channel ? eq(orders.channelId, f.channel) : undefined,
    f.collection
      ? sql`EXISTS (SELECT 1 FROM ${orderLines} JOIN ${products} ON ${products.id} = ${orderLines.productId} WHERE ${orderLines.orderId} = ${sql.raw('"orders"."id"')} AND ${products.collection} = ${f.collection})`
      : undefined,
    f.from ? sql`coalesce(${orders.submittedAt}, ${orders.createdAt}) >= (${f.from}::date)::timestamp AT TIME ZONE 'America/Sao_Paulo'` : undefined,
    f.to ? sql`coalesce(${orders.submittedAt}, ${orders.createdAt}) < ((${f.to}::date + 1)::timestamp AT TIME ZONE 'America/Sao_Paulo')` : undefined,
  );
}

const SORTS = {
  number: orders.number,
  date: sql`coalesce(${orders.submittedAt}, ${orders.createdAt})`,
  customer: customers.name,
  total: orders.totalCents,
  status: orders.status,
} as const;

const listColumns = {
  id: orders.id,
  number: orders.number,
  status: orders.status,
  holdReason: orders.holdReason,
  totalCents: orders.totalCents,
  submittedAt: orders.submittedAt,
  createdAt: orders.createdAt,
  customerId: customers.id,
  customerName: customers.name,
  uf: customers.uf,
  representativeName: repName,
  channelCode: channels.code,
  pieces: sql<number>`(SELECT coalesce(sum(${orderLines.quantity}), 0)::int FROM ${orderLines} WHERE ${orderLines.orderId} = ${sql.raw('"orders"."id"')})`,
};

function baseQuery(db: DbExecutor) {
  return db.select(listColumns).from(orders).innerJoin(customers, eq(customers.id, orders.customerId)).innerJoin(channels, eq(channels.id, orders.channelId));
}

/** Orders the actor may see, filtered, sorted and paginated on the server (drafts only when asked). */
/** One page of the orders the actor may see, filtered and sorted; `pageSize` is smaller for a home or queue card. */
export async function listOrders(db: DbExecutor, actor: Actor, f: OrderFilter, pageSize = ORDER_PAGE_SIZE) {
  assertCan(actor, 'orders.read');
  const where = whereFor(actor, f);
  const order = f.dir === 'asc' ? asc(SORTS[f.sort]) : desc(SORTS[f.sort]);
  const [rows, count] = await Promise.all([
    baseQuery(db)
      .where(where)
      .orderBy(order, desc(orders.number))
      .limit(pageSize)
      .offset((f.page - 1) * pageSize),
    cappedCount(db, db.select({ one: sql`1` }).from(orders).innerJoin(customers, eq(customers.id, orders.customerId)).where(where).$dynamic()),
  ]);
  return { rows, ...count, page: f.page, pageSize };
}
export type OrderListRow = Awaited<ReturnType<typeof listOrders>>['rows'][number];

/** Everything filtered, newest first, read in chunks for the CSV export. */
export function iterateOrdersForExport(db: DbExecutor, actor: Actor, f: OrderFilter, chunk = 1000) {
  assertCan(actor, 'orders.export');
  const where = whereFor(actor, f);
  return inKeysetChunks(
    (after, limit) => baseQuery(db).where(and(where, after)).orderBy(desc(orders.number)).limit(limit),
    (last) => lt(orders.number, last.number),
    chunk,
  );
}

/** One row per order line (SKU, color, size, quantity, price) of everything filtered, for production planning and ERPs. */
export function iterateOrderLinesForExport(db: DbExecutor, actor: Actor, f: OrderFilter) {
  assertCan(actor, 'orders.export');
  const where = whereFor(actor, f);
  return inKeysetChunks(
    (after, limit) =>
      db
        .select({
          lineId: orderLines.id,
          position: productVariants.position,
          number: orders.number,
          status: orders.status,
          submittedAt: orders.submittedAt,
          customerName: customers.name,
          uf: customers.uf,
          representativeName: repName,
          channelCode: channels.code,
          reference: products.reference,
          productName: products.name,
          colorName: productVariants.colorName,
          size: productVariants.size,
          sku: productVariants.sku,
          quantity: orderLines.quantity,
          unitPriceCents: orderLines.unitPriceCents,
        })
        .from(orderLines)
        .innerJoin(orders, eq(orders.id, orderLines.orderId))
        .innerJoin(customers, eq(customers.id, orders.customerId))
        .innerJoin(channels, eq(channels.id, orders.channelId))
        .innerJoin(products, eq(products.id, orderLines.productId))
        .innerJoin(productVariants, eq(productVariants.id, orderLines.variantId))
        .where(and(where, after))
        .orderBy(desc(orders.number), asc(products.reference), asc(productVariants.position), asc(orderLines.id))
        .limit(limit),
    // Newest order first, its lines by reference and size: the rows after `last` are in an older order or later in the same one.
    (last) =>
      sql`(${orders.number} < ${last.number} OR (${orders.number} = ${last.number} AND (${products.reference}, ${productVariants.position}, ${orderLines.id}) > (${last.reference}, ${last.position}, ${last.lineId})))`,
  );
}
export type OrderLineExportRow = ReturnType<typeof iterateOrderLinesForExport> extends AsyncGenerator<infer Row> ? Row : never;

/** The actor's drafts (a shop's, or a representative's portfolio's), newest first. */
/** The open drafts the actor may see, the most recently touched first: the first `limit`, and how many there are. */
export async function listDrafts(db: DbExecutor, actor: Actor, limit: number) {
  assertCan(actor, 'orders.read');
  const where = and(orderScope(actor), eq(orders.status, 'draft'));
  const [rows, [count]] = await Promise.all([
    baseQuery(db).where(where).orderBy(desc(orders.updatedAt), desc(orders.number)).limit(limit),
    db.select({ n: sql<number>`count(*)::int` }).from(orders).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** One order with its customer, channel, terms, lines (with the stock available now at its channel) and timeline. */
export async function getOrder(db: DbExecutor, actor: Actor, id: string) {
  assertCan(actor, 'orders.read');
  if (!isUuid(id)) throw new NotFoundError();
  const [row] = await db
    .select({
      order: orders,
      customer: {
        id: customers.id,
        name: customers.name,
        uf: customers.uf,
        status: customers.status,
        blockedReason: customers.blockedReason,
        creditLimitCents: customers.creditLimitCents,
        representativeId: customers.representativeId,
      },
      representativeName: repName,
      channel: { id: channels.id, code: channels.code, name: channels.name, uf: channels.uf },
      paymentTerm: { id: paymentTerms.id, name: paymentTerms.name, days: paymentTerms.days },
    })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .innerJoin(channels, eq(channels.id, orders.channelId))
    .leftJoin(paymentTerms, eq(paymentTerms.id, orders.paymentTermId))
    .where(and(eq(orders.id, id), orderScope(actor)));
  if (!row) throw new NotFoundError();
  const [lines, timeline, orderReturns, openOtherCents] = await Promise.all([
    db
      .select({
        id: orderLines.id,
        productId: orderLines.productId,
        variantId: orderLines.variantId,
        quantity: orderLines.quantity,
        unitPriceCents: orderLines.unitPriceCents,
        productName: products.name,
        reference: products.reference,
        colorName: productVariants.colorName,
        colorHex: productVariants.colorHex,
        size: productVariants.size,
        sku: productVariants.sku,
        position: productVariants.position,
        available: sql<number>`coalesce(${stockLevels.onHand} - ${stockLevels.reserved}, 0)::int`,
        imageId: coverImageId(),
        category: products.category,
      })
      .from(orderLines)
      .innerJoin(products, eq(products.id, orderLines.productId))
      .innerJoin(productVariants, eq(productVariants.id, orderLines.variantId))
      .leftJoin(stockLevels, and(eq(stockLevels.variantId, orderLines.variantId), levelsAtChannel(row.order.channelId)))
      .where(eq(orderLines.orderId, id))
      .orderBy(asc(products.name), asc(productVariants.position)),
    db
      .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, actorName: users.name, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.entity, 'order'), eq(auditLog.entityId, id), inArray(auditLog.action, [...ORDER_TIMELINE_ACTIONS])))
      .orderBy(desc(auditLog.at), desc(auditLog.id)),
    db.select({ id: returns.id, number: returns.number, status: returns.status, createdAt: returns.createdAt }).from(returns).where(eq(returns.orderId, id)).orderBy(desc(returns.createdAt)),
    openOrdersCents(db, row.order.customerId, id),
  ]);
  return { ...row, lines, timeline, returns: orderReturns, openOtherCents };
}
export type OrderDetail = Awaited<ReturnType<typeof getOrder>>;

/** For a draft's grids: every variant of the products in it, with the stock available at the order's channel. */
export async function draftGrids(db: DbExecutor, order: { channelId: string }, productIds: string[]) {
  if (!productIds.length) return [];
  return db
    .select({
      productId: productVariants.productId,
      variantId: productVariants.id,
      colorName: productVariants.colorName,
      colorHex: productVariants.colorHex,
      size: productVariants.size,
      available: sql<number>`coalesce(${stockLevels.onHand} - ${stockLevels.reserved}, 0)::int`,
    })
    .from(productVariants)
    .leftJoin(stockLevels, and(eq(stockLevels.variantId, productVariants.id), levelsAtChannel(order.channelId)))
    .where(inArray(productVariants.productId, productIds))
    .orderBy(asc(productVariants.position));
}

/** The representatives and channels offered by the orders filters. */
export async function orderFilterOptions(db: DbExecutor) {
  const [reps, chans, collections] = await Promise.all([
    db.select({ value: users.id, label: users.name }).from(users).where(eq(users.role, 'representante')).orderBy(asc(users.name)),
    db.select({ value: channels.id, label: channels.name }).from(channels).orderBy(asc(channels.code)),
    db.selectDistinct({ v: products.collection }).from(products).where(brandProduct()).orderBy(products.collection),
  ]);
  return { reps, channels: chans, collections: collections.map((c) => c.v).filter((v): v is string => Boolean(v)) };
}
