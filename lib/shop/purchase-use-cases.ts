import { and, asc, eq } from 'drizzle-orm';
import { customers, orders, productVariants, products, purchaseRequestLines, purchaseRequests, shopProducts, shops, suppliers } from '@/db/schema';
import { formatDocument, isValidCnpj, normalizeDocument } from '@/lib/crm/document';
import { isValidPhone, normalizePhone } from '@/lib/crm/identifiers';
import { enqueueEmail } from '@/lib/email/outbox';
import { formatDate } from '@/lib/format';
import { applyLines, draftFor, orderingTarget } from '@/lib/orders/draft';
import type { UseCaseContext } from '@/lib/server/context';
import { DomainError, NotFoundError } from '@/lib/server/errors';
import { findInScope } from '@/lib/server/find-in-scope';
import { defineUseCase } from '@/lib/server/use-case';
import { receive } from '@/lib/stock';
import { currentShop } from './current';
import { productSupplierSchema, purchaseIdSchema, sendPurchaseSchema, supplierSchema } from './purchase-schemas';
import { receivingLocation } from './receipts';
import { shopRecordScope } from './scope';

/** A supplier of the shop the owner works in: a valid CNPJ (alphanumeric too), unique in the shop, and the e-mail requests go to. */
export const createSupplier = defineUseCase({
  name: 'suppliers.create',
  permission: 'shop.purchases',
  schema: supplierSchema,
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor);
    if (!isValidCnpj(input.cnpj)) throw new DomainError('validation.cnpj', 'cnpj');
    if (input.phone && !isValidPhone(input.phone)) throw new DomainError('validation.phone', 'phone');
    const cnpj = normalizeDocument(input.cnpj);
    const [taken] = await ctx.db.select({ id: suppliers.id }).from(suppliers).where(and(eq(suppliers.shopId, shop.id), eq(suppliers.cnpj, cnpj)));
    if (taken) throw new DomainError('shop.errors.supplierTaken', 'cnpj');
    const [row] = await ctx.db
      .insert(suppliers)
      .values({ shopId: shop.id, name: input.name, cnpj, email: input.email, phone: input.phone ? normalizePhone(input.phone) : null, contact: input.contact })
      .returning();
    ctx.audit({ action: 'suppliers.create', entity: 'supplier', entityId: row!.id, after: { name: row!.name, cnpj } });
    return { supplierId: row!.id };
  },
});

/** Who the shop restocks a product of its assortment from (none: the brand). */
export const setProductSupplier = defineUseCase({
  name: 'suppliers.assign',
  permission: 'shop.purchases',
  schema: productSupplierSchema,
  async run(ctx, input) {
    const shop = await currentShop(ctx.db, ctx.actor);
    if (input.supplierId) {
      const [supplier] = await ctx.db.select({ id: suppliers.id }).from(suppliers).where(and(eq(suppliers.id, input.supplierId), eq(suppliers.shopId, shop.id)));
      if (!supplier) throw new NotFoundError();
    }
    const [row] = await ctx.db
      .update(shopProducts)
      .set({ supplierId: input.supplierId, updatedAt: new Date() })
      .where(and(eq(shopProducts.shopId, shop.id), eq(shopProducts.productId, input.productId)))
      .returning({ productId: shopProducts.productId });
    if (!row) throw new NotFoundError();
    ctx.audit({ action: 'suppliers.assign', entity: 'shop_product', entityId: input.productId, after: { supplierId: input.supplierId } });
    return { productId: row.productId };
  },
});

async function openRequest(ctx: UseCaseContext, requestId: string) {
  const request = await findInScope(ctx.db, purchaseRequests, requestId, shopRecordScope(ctx.actor, purchaseRequests.shopId));
  if (request.status !== 'open') throw new DomainError('shop.errors.requestNotOpen');
  return request;
}

/**
 * The owner sends a reviewed request: the quantities as edited (0 drops a line), then — to a
 * supplier — an e-mail with the lines and the PDF, through the outbox in this transaction; — to the
 * brand — the lines go into the shop's draft B2B order from its chosen origin, delivered to this shop.
 */
export const sendPurchaseRequest = defineUseCase({
  name: 'purchases.send',
  permission: 'shop.purchases',
  schema: sendPurchaseSchema,
  async run(ctx, input) {
    const request = await openRequest(ctx, input.requestId);
    const current = await ctx.db.select().from(purchaseRequestLines).where(eq(purchaseRequestLines.requestId, request.id));
    for (const [i, line] of input.lines.entries()) {
      if (!current.some((c) => c.variantId === line.variantId)) throw new DomainError('errors.notFound', `lines.${i}.quantity`);
      if (line.quantity === 0) await ctx.db.delete(purchaseRequestLines).where(and(eq(purchaseRequestLines.requestId, request.id), eq(purchaseRequestLines.variantId, line.variantId)));
      else await ctx.db.update(purchaseRequestLines).set({ quantity: line.quantity }).where(and(eq(purchaseRequestLines.requestId, request.id), eq(purchaseRequestLines.variantId, line.variantId)));
    }
    const lines = await ctx.db
      .select({ variantId: purchaseRequestLines.variantId, quantity: purchaseRequestLines.quantity, sku: productVariants.sku, productId: products.id, productName: products.name, color: productVariants.colorName, size: productVariants.size })
      .from(purchaseRequestLines)
      .innerJoin(productVariants, eq(productVariants.id, purchaseRequestLines.variantId))
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(eq(purchaseRequestLines.requestId, request.id))
      .orderBy(asc(productVariants.sku));
    if (!lines.length) throw new DomainError('shop.errors.requestEmpty', 'lines');
    const now = new Date();
    let orderId: string | null = null;
    if (request.supplierId) {
      const [supplier] = await ctx.db.select().from(suppliers).where(eq(suppliers.id, request.supplierId));
      const [shop] = await ctx.db.select({ name: shops.name, document: customers.document, email: customers.email }).from(shops).innerJoin(customers, eq(customers.id, shops.customerId)).where(eq(shops.id, request.shopId));
      await enqueueEmail(ctx.db, {
        to: supplier!.email,
        locale: 'pt-BR',
        idempotencyKey: `purchase-request:${request.id}:sent`,
        template: 'purchase-request',
        data: {
          number: request.number,
          shopName: shop!.name,
          shopDocument: formatDocument(shop!.document),
          shopEmail: shop!.email,
          supplierName: supplier!.name,
          contact: supplier!.contact,
          date: formatDate(now),
          notes: input.notes,
          lines: lines.map((l) => ({ sku: l.sku, description: `${l.productName} — ${l.color} ${l.size}`, quantity: l.quantity })),
        },
        meta: { purchaseRequestId: request.id },
      });
    } else {
      const order = await draftFor(ctx, await orderingTarget(ctx.db, ctx.actor));
      const byProduct = Map.groupBy(lines, (l) => l.productId);
      for (const [productId, group] of byProduct) await applyLines(ctx, order, productId, group.map((l) => ({ variantId: l.variantId, quantity: l.quantity })), 'add');
      await ctx.db.update(orders).set({ shopId: request.shopId }).where(eq(orders.id, order.id));
      orderId = order.id;
    }
    await ctx.db.update(purchaseRequests).set({ status: 'sent', notes: input.notes, sentAt: now, sentById: ctx.actor.userId, orderId }).where(eq(purchaseRequests.id, request.id));
    ctx.audit({ action: 'purchases.send', entity: 'purchase_request', entityId: request.id, after: { lines: lines.length, supplierId: request.supplierId, orderId } });
    return { requestId: request.id, orderId };
  },
});

/** The supplier's goods arrived: they enter the shop's stock (once: only a sent request is received). */
export const receivePurchaseRequest = defineUseCase({
  name: 'purchases.receive',
  permission: 'shop.purchases',
  schema: purchaseIdSchema,
  async run(ctx, input) {
    const request = await findInScope(ctx.db, purchaseRequests, input.requestId, shopRecordScope(ctx.actor, purchaseRequests.shopId));
    if (request.status !== 'sent' || !request.supplierId) throw new DomainError('shop.errors.requestNotSent');
    const lines = await ctx.db.select().from(purchaseRequestLines).where(eq(purchaseRequestLines.requestId, request.id));
    await receive(ctx.db, {
      locationId: await receivingLocation(ctx.db, request.shopId),
      lines: lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
      source: { actorId: ctx.actor.userId, reason: `Pedido de compra nº ${request.number}` },
    });
    await ctx.db.update(purchaseRequests).set({ status: 'received', receivedAt: new Date() }).where(eq(purchaseRequests.id, request.id));
    ctx.audit({ action: 'purchases.receive', entity: 'purchase_request', entityId: request.id, after: { lines: lines.length } });
    return { requestId: request.id };
  },
});

/** An open request the owner does not want (the next minimum opens a new one). */
export const cancelPurchaseRequest = defineUseCase({
  name: 'purchases.cancel',
  permission: 'shop.purchases',
  schema: purchaseIdSchema,
  async run(ctx, input) {
    const request = await openRequest(ctx, input.requestId);
    await ctx.db.update(purchaseRequests).set({ status: 'cancelled' }).where(eq(purchaseRequests.id, request.id));
    ctx.audit({ action: 'purchases.cancel', entity: 'purchase_request', entityId: request.id, before: { status: 'open' }, after: { status: 'cancelled' } });
    return { requestId: request.id };
  },
});
