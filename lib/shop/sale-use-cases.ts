import { and, eq, inArray, isNull } from 'drizzle-orm';
import { productVariants, products, registerSessions, registers, saleLines, salePayments, sales, shopConsumers, shopProducts } from '@/db/schema';
import { retailPriceCents } from '@/lib/pricing/retail';
import type { UseCaseContext } from '@/lib/server/context';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { defineUseCase } from '@/lib/server/use-case';
import { consume, receive, StockShortError } from '@/lib/stock';
import { currentShop, type CurrentShop } from './current';
import { openPurchaseLines } from './purchase-minimum';
import { sellableProduct } from './pos-items';
import { discountShareBps, parseDiscount, SaleMathError, saleTotals, settle } from './sale-math';
import { finishSaleSchema, voidSaleSchema } from './schemas';
import { shopRecordScope } from './scope';
import { findInScope } from '@/lib/server/find-in-scope';

type Db = UseCaseContext['db'];

/**
 * An open session of one of the shop's registers, held with a shared lock until the sale commits:
 * closing the register (which takes it exclusively) waits for sales in flight, and no sale lands in a closed session.
 */
export async function openSession(db: Db, shopId: string, sessionId: string) {
  const [session] = await db
    .select({ id: registerSessions.id, registerId: registerSessions.registerId, locationId: registers.locationId })
    .from(registerSessions)
    .innerJoin(registers, eq(registers.id, registerSessions.registerId))
    .where(and(eq(registerSessions.id, sessionId), eq(registerSessions.shopId, shopId), isNull(registerSessions.closedAt)))
    .for('share', { of: registerSessions });
  if (!session) throw new DomainError('shop.errors.registerClosed', 'sessionId');
  return session;
}

/** The variants being sold, with what the shop charges for them; a variant the shop does not sell (or an own product it deactivated) is refused at its line. */
async function priced(db: Db, shop: CurrentShop, variantIds: string[]) {
  const rows = await db
    .select({
      variantId: productVariants.id,
      sku: productVariants.sku,
      colorName: productVariants.colorName,
      size: productVariants.size,
      productName: products.name,
      costCents: shopProducts.costCents,
      priceCents: shopProducts.priceCents,
    })
    .from(productVariants)
    .innerJoin(products, and(eq(products.id, productVariants.productId), sellableProduct()))
    .innerJoin(shopProducts, and(eq(shopProducts.productId, products.id), eq(shopProducts.shopId, shop.id)))
    .where(inArray(productVariants.id, variantIds));
  return new Map(
    rows.map((r) => [
      r.variantId,
      { sku: r.sku, description: `${r.productName} — ${r.colorName} ${r.size}`, unitPriceCents: retailPriceCents(r.costCents, r.priceCents, shop.markupBps) },
    ]),
  );
}

/**
 * Finishes a counter sale in one transaction: prices from the shop's list, discounts within its
 * maximum, payments settling the total to the cent, one conditional stock UPDATE per line at the
 * register's location, and the variants that reached their minimum handed to purchasing. The same
 * idempotency key (a double click, a retried request) returns the sale already finished.
 */
export const finishSale = defineUseCase({
  name: 'sales.finish',
  permission: 'pos.sell',
  schema: finishSaleSchema,
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor);
    const [done] = await ctx.db.select().from(sales).where(and(eq(sales.shopId, shop.id), eq(sales.idempotencyKey, input.idempotencyKey)));
    if (done) return { saleId: done.id, number: done.number, totalCents: done.totalCents, changeCents: done.changeCents, repeated: true };
    if (!input.lines.length) throw new DomainError('shop.errors.emptySale', 'lines');
    const session = await openSession(ctx.db, shop.id, input.sessionId);

    const prices = await priced(ctx.db, shop, [...new Set(input.lines.map((l) => l.variantId))]);
    const lines = input.lines.map((l, i) => {
      const item = prices.get(l.variantId);
      if (!item) throw new DomainError('shop.errors.notSold', `lines.${i}.variantId`);
      const discountCents = parseDiscount(l.discount, l.quantity * item.unitPriceCents);
      if (discountCents === null) throw new DomainError('shop.errors.discountFormat', `lines.${i}.discount`);
      return { ...l, ...item, discountCents };
    });
    const gross = lines.reduce((s, l) => s + l.quantity * l.unitPriceCents - l.discountCents, 0);
    const saleDiscountCents = parseDiscount(input.discount, gross);
    if (saleDiscountCents === null) throw new DomainError('shop.errors.discountFormat', 'discount');
    const totals = (() => {
      try {
        return saleTotals(lines, saleDiscountCents);
      } catch (err) {
        if (err instanceof SaleMathError && err.code === 'lineDiscountTooHigh') throw new DomainError('shop.errors.discountAboveMax', `lines.${lines.findIndex((l) => l.discountCents > l.quantity * l.unitPriceCents)}.discount`, { max: shop.maxDiscountBps / 100 });
        if (err instanceof SaleMathError) throw new DomainError('shop.errors.discountAboveMax', 'discount', { max: shop.maxDiscountBps / 100 });
        throw err;
      }
    })();
    if (discountShareBps(totals) > shop.maxDiscountBps) throw new DomainError('shop.errors.discountAboveMax', totals.saleDiscountCents > 0 ? 'discount' : `lines.${lines.findIndex((l) => l.discountCents > 0)}.discount`, { max: shop.maxDiscountBps / 100 });

    const settlement = settle(
      totals.totalCents,
      input.payments.map((p) => ({ method: p.method, amountCents: p.amount, installments: p.installments })),
    );
    if (!settlement.ok) throw new DomainError(`shop.errors.payment.${settlement.error}`, 'payments', settlement.missingCents ? { missing: settlement.missingCents } : undefined);

    if (input.consumerId) {
      const [consumer] = await ctx.db.select({ id: shopConsumers.id }).from(shopConsumers).where(and(eq(shopConsumers.id, input.consumerId), eq(shopConsumers.shopId, shop.id)));
      if (!consumer) throw new NotFoundError();
    }

    const [sale] = await ctx.db
      .insert(sales)
      .values({
        shopId: shop.id,
        sessionId: session.id,
        locationId: session.locationId,
        sellerId: ctx.actor.userId,
        consumerId: input.consumerId,
        subtotalCents: totals.subtotalCents,
        lineDiscountCents: totals.lineDiscountCents,
        discountCents: totals.saleDiscountCents,
        totalCents: totals.totalCents,
        changeCents: settlement.changeCents,
        idempotencyKey: input.idempotencyKey,
      })
      .returning();
    await ctx.db.insert(saleLines).values(
      lines.map((l, position) => ({
        saleId: sale!.id,
        variantId: l.variantId,
        description: l.description,
        sku: l.sku,
        quantity: l.quantity,
        unitPriceCents: l.unitPriceCents,
        discountCents: l.discountCents,
        totalCents: totals.lines[position]!.netCents,
        position,
      })),
    );
    // Cash is recorded net of the change; what was handed over stays for the receipt.
    const cashTendered = input.payments.filter((p) => p.method === 'cash').reduce((s, p) => s + p.amount, 0);
    const payments: (typeof salePayments.$inferInsert)[] = input.payments
      .filter((p) => p.method !== 'cash')
      .map((p) => ({ saleId: sale!.id, method: p.method, amountCents: p.amount, installments: p.method === 'credit' ? p.installments : 1 }));
    if (settlement.byMethod.cash > 0) payments.push({ saleId: sale!.id, method: 'cash', amountCents: settlement.byMethod.cash, tenderedCents: cashTendered });
    await ctx.db.insert(salePayments).values(payments);

    let after;
    try {
      after = await consume(ctx.db, {
        locationId: session.locationId,
        lines: lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity, label: l.description })),
        kind: 'sale',
        fromReserved: false,
        allowNegative: shop.allowNegativeStock,
        source: { actorId: ctx.actor.userId, saleId: sale!.id },
      });
    } catch (err) {
      if (err instanceof StockShortError) throw new DomainError('shop.errors.stockShort', 'lines', { lines: err.lines.join('; ') });
      throw err;
    }
    // Variants that reached their minimum go on their supplier's purchase request.
    await openPurchaseLines(ctx.db, shop.id, after);

    ctx.audit({ action: 'sales.finish', entity: 'sale', entityId: sale!.id, after: { number: sale!.number, totalCents: sale!.totalCents, lines: lines.length, payments: settlement.byMethod } });
    return { saleId: sale!.id, number: sale!.number, totalCents: sale!.totalCents, changeCents: sale!.changeCents, repeated: false };
  },
});

/**
 * The owner voids a finished sale with a reason: its goods go back to the location they left and its
 * money comes out of an open register (the sale's own session if still open, otherwise the one the
 * owner works at now), so both the stock and the register are reversed. A sale is voided once.
 */
export const voidSale = defineUseCase({
  name: 'sales.void',
  permission: 'pos.void',
  schema: voidSaleSchema,
  async run(ctx, input) {
    const sale = await findInScope(ctx.db, sales, input.saleId, shopRecordScope(ctx.actor, sales.shopId));
    if (sale.status === 'voided') throw new DomainError('shop.errors.alreadyVoided');
    const [own] = await ctx.db.select({ id: registerSessions.id }).from(registerSessions).where(and(eq(registerSessions.id, sale.sessionId), isNull(registerSessions.closedAt))).for('share');
    const [other] = own ? [own] : await ctx.db.select({ id: registerSessions.id }).from(registerSessions).where(and(eq(registerSessions.shopId, sale.shopId), isNull(registerSessions.closedAt))).orderBy(registerSessions.openedAt).limit(1).for('share');
    if (!other) throw new DomainError('shop.errors.voidNeedsOpenRegister');
    const lines = await ctx.db.select().from(saleLines).where(eq(saleLines.saleId, sale.id));
    await receive(ctx.db, {
      locationId: sale.locationId,
      lines: lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
      kind: 'void',
      source: { actorId: ctx.actor.userId, saleId: sale.id, reason: input.reason },
    });
    const now = new Date();
    await ctx.db.update(sales).set({ status: 'voided', voidedAt: now, voidedById: ctx.actor.userId, voidReason: input.reason, voidSessionId: other.id }).where(eq(sales.id, sale.id));
    ctx.audit({ action: 'sales.void', entity: 'sale', entityId: sale.id, before: { status: sale.status }, after: { status: 'voided', reason: input.reason, sessionId: other.id } });
    return { saleId: sale.id };
  },
});
