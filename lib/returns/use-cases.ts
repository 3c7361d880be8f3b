import { randomUUID } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import { creditNotes, orderLines, orders, returnLines, returnPhotos, returns } from '@/db/schema';
import { detectImageType, MAX_IMAGE_BYTES, storeImageIn } from '@/lib/catalog/images';
import { channelLocationId, inLockOrder, receive } from '@/lib/stock';
import { lineCreditCents, netLineCents, netUnitCents } from '@/lib/orders/conditions';
import { orderScope } from '@/lib/orders/scope';
import type { UseCaseContext } from '@/lib/server/context';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { findInScope } from '@/lib/server/find-in-scope';
import { notifyReturn } from './notify';
import { inspectReturnSchema, isReturnInvoice, openReturnSchema, refuseReturnSchema, returnIdSchema, returnShipmentSchema, routeReturnSchema } from './schemas';
import { returnScope } from './scope';
import { moveRecord } from '@/lib/state-machine';
import { isCredited, returnMachine, type ReturnAction } from './transitions';

type Return = typeof returns.$inferSelect;

/** Per line of an order, the units already in returns that were not refused. */
export async function returnedByLine(db: UseCaseContext['db'], orderId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ orderLineId: returnLines.orderLineId, qty: sql<number>`sum(${returnLines.quantity})::int` })
    .from(returnLines)
    .innerJoin(returns, eq(returns.id, returnLines.returnId))
    .where(and(eq(returns.orderId, orderId), ne(returns.status, 'refused')))
    .groupBy(returnLines.orderLineId);
  return new Map(rows.map((r) => [r.orderLineId, r.qty]));
}

/**
 * A shop flags a return from its own delivered order: per line never more than delivered minus
 * already returned (the order row is locked, so two returns at once cannot both take the rest).
 */
export const openReturn = defineUseCase({
  name: 'returns.open',
  binaryFields: ['photos'],
  permission: 'returns.open',
  schema: openReturnSchema,
  async run(ctx, input) {
    const order = await findInScope(ctx.db, orders, input.orderId, orderScope(ctx.actor));
    if (order.status !== 'delivered') throw new DomainError('returns.errors.notDelivered');
    const lines = await ctx.db.select().from(orderLines).where(eq(orderLines.orderId, order.id));
    const returned = await returnedByLine(ctx.db, order.id);
    const wanted = input.lines.map((l, i) => ({ ...l, index: i })).filter((l) => l.quantity > 0);
    if (!wanted.length) throw new DomainError('returns.errors.noItems');
    for (const w of wanted) {
      const line = lines.find((l) => l.id === w.orderLineId);
      if (!line) throw new NotFoundError();
      const left = line.quantity - (returned.get(line.id) ?? 0);
      if (w.quantity > left) throw new DomainError('returns.errors.tooMany', `lines.${w.index}.quantity`, { left });
      if (!w.reason) throw new DomainError('returns.errors.reasonRequired', `lines.${w.index}.reason`);
    }
    const photos = input.photos.map((data, i) => {
      const bytes = Buffer.from(data, 'base64');
      if (bytes.length > MAX_IMAGE_BYTES) throw new DomainError('returns.errors.photoTooBig', 'photos', { n: i + 1 });
      const type = detectImageType(bytes);
      if (!type) throw new DomainError('returns.errors.photoType', 'photos', { n: i + 1 });
      return { bytes, type };
    });
    const [ret] = await ctx.db
      .insert(returns)
      .values({ orderId: order.id, customerId: order.customerId, channelId: order.channelId, reason: wanted[0]!.reason!, description: input.description, createdById: ctx.actor.userId })
      .returning();
    const net = netLineCents(lines, order.discountCents);
    await ctx.db.insert(returnLines).values(
      wanted.map((w) => {
        const line = lines.find((l) => l.id === w.orderLineId)!;
        return {
          returnId: ret!.id,
          orderLineId: line.id,
          variantId: line.variantId,
          quantity: w.quantity,
          reason: w.reason!,
          unitCreditCents: netUnitCents(line.unitPriceCents, order.discountBps),
          creditCents: lineCreditCents(net.get(line.id)!, line.quantity, w.quantity),
        };
      }),
    );
    for (const p of photos) {
      const id = randomUUID();
      const storageKey = await storeImageIn(ctx, id, p.type, p.bytes);
      await ctx.db.insert(returnPhotos).values({ id, returnId: ret!.id, storageKey, contentType: p.type, sizeBytes: p.bytes.length });
    }
    ctx.audit({ action: 'returns.open', entity: 'return', entityId: ret!.id, after: { status: 'requested', orderId: order.id, lines: wanted.map(({ orderLineId, quantity, reason }) => ({ orderLineId, quantity, reason })), photos: photos.length } });
    await notifyReturn(ctx, ret!);
    return { returnId: ret!.id, number: ret!.number };
  },
});

function lockReturn(ctx: UseCaseContext, id: string): Promise<Return> {
  return findInScope(ctx.db, returns, id, returnScope(ctx.actor));
}

/** Moves a locked return one step along the table in transitions.ts, audited and emailed. */
async function step(ctx: UseCaseContext, ret: Return, action: ReturnAction, changes: Partial<typeof returns.$inferInsert> = {}, extra: { note?: string | null; creditCents?: number | null; detail?: unknown } = {}) {
  const { row: updated, to } = await moveRecord(ctx.db, returnMachine, returns, ret, action, changes);
  ctx.audit({ action: `returns.${action}`, entity: 'return', entityId: ret.id, before: { status: ret.status }, after: { status: to, ...(extra.note ? { note: extra.note } : {}), ...(extra.detail ? { detail: extra.detail } : {}) } });
  await notifyReturn(ctx, updated, extra);
  return updated;
}


export const authoriseReturn = defineUseCase({
  name: 'returns.authorise',
  permission: 'returns.process',
  schema: returnIdSchema,
  async run(ctx, input) {
    return { status: (await step(ctx, await lockReturn(ctx, input.returnId), 'authorise')).status };
  },
});

export const refuseReturn = defineUseCase({
  name: 'returns.refuse',
  permission: 'returns.process',
  schema: refuseReturnSchema,
  async run(ctx, input) {
    const ret = await lockReturn(ctx, input.returnId);
    return { status: (await step(ctx, ret, 'refuse', { refusalReason: input.reason }, { note: input.reason })).status };
  },
});

/** The return invoice and reverse-shipping code as given; a field left empty keeps what was recorded. */
function shipmentChanges(ret: Return, input: { returnInvoice: string | null; reverseShippingCode: string | null }) {
  if (input.returnInvoice !== null && !isReturnInvoice(input.returnInvoice)) throw new DomainError('returns.errors.invoiceFormat', 'returnInvoice');
  return { returnInvoice: input.returnInvoice ?? ret.returnInvoice, reverseShippingCode: input.reverseShippingCode ?? ret.reverseShippingCode };
}

/** Comercial receives the goods, recording the return invoice and reverse-shipping code if the shop did not. */
export const receiveReturn = defineUseCase({
  name: 'returns.receive',
  permission: 'returns.process',
  schema: returnShipmentSchema,
  async run(ctx, input) {
    const ret = await lockReturn(ctx, input.returnId);
    const changes = shipmentChanges(ret, input);
    return { status: (await step(ctx, ret, 'receive', changes, { detail: changes })).status };
  },
});

/**
 * The shop sends an authorised return's goods back: it records the NF-e de devolução and the
 * reverse-shipping code (again, to correct them, until comercial receives the goods).
 */
export const recordReturnShipment = defineUseCase({
  name: 'returns.ship_back',
  permission: 'returns.open',
  schema: returnShipmentSchema,
  async run(ctx, input) {
    const ret = await lockReturn(ctx, input.returnId);
    if (ret.status !== 'authorised') throw new DomainError('returns.errors.transition');
    const changes = shipmentChanges(ret, input);
    if (!input.returnInvoice && !input.reverseShippingCode) throw new DomainError('returns.errors.shipmentEmpty', 'returnInvoice');
    await ctx.db.update(returns).set({ ...changes, updatedAt: new Date() }).where(eq(returns.id, ret.id));
    ctx.audit({
      action: 'returns.ship_back',
      entity: 'return',
      entityId: ret.id,
      before: { returnInvoice: ret.returnInvoice, reverseShippingCode: ret.reverseShippingCode },
      after: changes,
    });
    return changes;
  },
});

/** The outcome per line, for every line of the return. */
export const inspectReturn = defineUseCase({
  name: 'returns.inspect',
  permission: 'returns.process',
  schema: inspectReturnSchema,
  async run(ctx, input) {
    const ret = await lockReturn(ctx, input.returnId);
    returnMachine.guard(ret.status, 'inspect');
    const lines = await ctx.db.select({ id: returnLines.id }).from(returnLines).where(eq(returnLines.returnId, ret.id));
    const given = new Map(input.lines.map((l) => [l.lineId, l]));
    if (lines.length !== given.size || lines.some((l) => !given.has(l.id))) throw new DomainError('returns.errors.everyLine');
    for (const l of input.lines) await ctx.db.update(returnLines).set({ outcome: l.outcome, inspectionNote: l.note }).where(eq(returnLines.id, l.lineId));
    return { status: (await step(ctx, ret, 'inspect', {}, { detail: input.lines })).status };
  },
});

/**
 * A destination per line. A line whose inspection rejected the claim can only go back to the shop.
 * Restocked units return to the order's channel (on hand, with a ledger row).
 */
export const routeReturn = defineUseCase({
  name: 'returns.route',
  permission: 'returns.process',
  schema: routeReturnSchema,
  async run(ctx, input) {
    const ret = await lockReturn(ctx, input.returnId);
    returnMachine.guard(ret.status, 'route');
    const lines = await ctx.db.select().from(returnLines).where(eq(returnLines.returnId, ret.id));
    const given = new Map(input.lines.map((l, i) => [l.lineId, { ...l, index: i }]));
    if (lines.length !== given.size || lines.some((l) => !given.has(l.id))) throw new DomainError('returns.errors.everyLine');
    const restocked: { variantId: string; quantity: number }[] = [];
    for (const line of inLockOrder(lines)) {
      const g = given.get(line.id)!;
      if (line.outcome === 'rejected' && g.destination !== 'send_back') throw new DomainError('returns.errors.rejectedGoesBack', `lines.${g.index}.destination`);
      await ctx.db.update(returnLines).set({ destination: g.destination }).where(eq(returnLines.id, line.id));
      if (g.destination === 'restock') restocked.push({ variantId: line.variantId, quantity: line.quantity });
    }
    const locationId = await channelLocationId(ctx.db, ret.channelId);
    await receive(ctx.db, { locationId, lines: restocked, kind: 'return', source: { actorId: ctx.actor.userId, returnId: ret.id, reason: `FPR #${ret.number}` } });
    return { status: (await step(ctx, ret, 'route', {}, { detail: input.lines })).status };
  },
});

/** Closing records the credit note: the credited lines at what the order really cost. */
export const closeReturn = defineUseCase({
  name: 'returns.close',
  permission: 'returns.process',
  schema: returnIdSchema,
  async run(ctx, input) {
    const ret = await lockReturn(ctx, input.returnId);
    returnMachine.guard(ret.status, 'close');
    const lines = await ctx.db.select().from(returnLines).where(eq(returnLines.returnId, ret.id));
    const amountCents = lines.filter((l) => isCredited(l.destination)).reduce((s, l) => s + l.creditCents, 0);
    const [note] = await ctx.db.insert(creditNotes).values({ returnId: ret.id, customerId: ret.customerId, amountCents }).returning();
    ctx.audit({ action: 'credit_notes.create', entity: 'credit_note', entityId: note!.id, after: { returnId: ret.id, customerId: ret.customerId, amountCents } });
    const closed = await step(ctx, ret, 'close', { closedAt: new Date() }, { creditCents: amountCents });
    return { status: closed.status, creditNoteId: note!.id, amountCents };
  },
});

