import { and, asc, eq, inArray, notExists, notInArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '@/db/client';
import { channels, customers, orderLines, orders, paymentTerms, productPacks, productRestrictions, products, productVariants, stockLevels, users } from '@/db/schema';
import { levelsAtChannel } from '@/lib/stock/queries';
import { loadActor } from '@/lib/auth/actor';
import { serveCustomer, chooseOrigin } from '@/lib/catalog/storefront-use-cases';
import { approveOrder, cancelOrder, deliverOrder, invoiceOrder, rejectOrder, shipOrder } from '@/lib/orders/lifecycle-use-cases';
import { addToOrder, submitOrder, updateOrderTerms } from '@/lib/orders/use-cases';
import { pricingFor } from '@/lib/pricing/customer-pricing';
import { openReturn } from '@/lib/returns/use-cases';
import type { Actor } from '@/lib/server/context';
import { runUseCase, type UseCase } from '@/lib/server/use-case';

const ORIGIN = 'RS-MATRIZ';
const PIECES_PER_CELL = 2;

/**
 * A few demo orders in every state, so lists, queues and timelines are not empty on a fresh database.
 * They are built through the same use cases as the screens (prices from the customers' lists, stock
 * reservations and ledger rows, audit, emails in the outbox); nothing is written around the rules.
 * Runs once: skips if any order exists. Products sold in packs are left alone.
 */
export async function seedDemoOrders(db: Db, log: (m: string) => void = console.log): Promise<boolean> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(orders);
  if ((existing?.n ?? 0) > 0) return false;

  const actorOf = async (email: string): Promise<Actor> => {
    const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    const actor = u && (await loadActor(db, u.id));
    if (!actor) throw new Error(`demo orders: no active user ${email}`);
    return actor;
  };
  const aurora = await actorOf('lojista@venda.local');
  const bella = await actorOf('bella@venda.local');
  const rep = await actorOf('representante@venda.local');
  const comercial = await actorOf('comercial@venda.local');
  const finance = await actorOf('financeiro@venda.local');
  const run = async <S extends z.ZodType, R>(actor: Actor, uc: UseCase<S, R>, input: Record<string, unknown>): Promise<R> => {
    const r = await runUseCase({ db, actor }, uc, input);
    if (!r.ok) throw new Error(`demo orders: ${uc.name} failed: ${r.error}`);
    return r.data;
  };

  const [channel] = await db.select({ id: channels.id }).from(channels).where(eq(channels.code, ORIGIN));
  const [term] = await db.select({ id: paymentTerms.id }).from(paymentTerms).where(eq(paymentTerms.name, '30/60 dias'));
  if (!channel || !term) throw new Error('demo orders: the demo catalog and conditions come first');
  const stocked = await stockedVariants(db, channel.id);

  /** An order of 2 pieces in each of four variants of two products, the products taken in turn. */
  let turn = 0;
  const place = async (actor: Actor, notes: string, submit = true): Promise<string> => {
    let orderId = '';
    for (const productId of [stocked.products[turn++ % stocked.products.length]!, stocked.products[turn++ % stocked.products.length]!]) {
      const lines = stocked.variantsOf.get(productId)!.map((variantId) => ({ variantId, quantity: String(PIECES_PER_CELL) }));
      orderId = (await run(actor, addToOrder, { productId, lines })).orderId;
    }
    await run(actor, updateOrderTerms, { orderId, paymentTermId: term.id, discount: actor.role === 'representante' ? '5' : '', notes });
    if (submit) await run(actor, submitOrder, { orderId });
    return orderId;
  };
  /** Moves an order's whole history (its times and its timeline) `days` into the past. */
  const backdate = async (orderId: string, days: number) => {
    const shift = sql`make_interval(days => ${days})`;
    await db.execute(sql`UPDATE orders SET created_at = created_at - ${shift}, updated_at = updated_at - ${shift}, submitted_at = submitted_at - ${shift},
      approved_at = approved_at - ${shift}, invoiced_at = invoiced_at - ${shift}, shipped_at = shipped_at - ${shift},
      delivered_at = delivered_at - ${shift}, cancelled_at = cancelled_at - ${shift} WHERE id = ${orderId}`);
    await db.execute(sql`UPDATE audit_log SET at = at - ${shift} WHERE entity = 'order' AND entity_id = ${orderId}`);
  };
  const approve = (orderId: string) => run(rep, approveOrder, { orderId });
  const invoice = (orderId: string, n: number) => run(comercial, invoiceOrder, { orderId, invoiceNumber: `NF-e ${String(n).padStart(6, '0')}` });
  const ship = (orderId: string, code: string) => run(comercial, shipOrder, { orderId, trackingCode: code });

  for (const who of [aurora, bella, rep]) await run(who, chooseOrigin, { channelId: channel.id });

  // Boutique Aurora: one delivered (with a return flagged), one on its way, one waiting for Rafael, a draft.
  const delivered = await place(aurora, 'Entregar pela manhã, das 8h às 12h.');
  await approve(delivered);
  await invoice(delivered, 1021);
  await ship(delivered, 'BR482913775BR');
  await run(comercial, deliverOrder, { orderId: delivered });
  await backdate(delivered, 21);
  const [line] = await db.select({ id: orderLines.id }).from(orderLines).where(eq(orderLines.orderId, delivered)).orderBy(asc(orderLines.id)).limit(1);
  await run(aurora, openReturn, { orderId: delivered, description: 'Costura lateral aberta em uma peça.', lines: [{ orderLineId: line!.id, quantity: '1', reason: 'defect' }] });

  const onTheWay = await place(aurora, '');
  await approve(onTheWay);
  await invoice(onTheWay, 1034);
  await ship(onTheWay, 'BR573019448BR');
  await backdate(onTheWay, 6);
  await backdate(await place(aurora, 'Reposição da vitrine de verão.'), 1);
  await place(aurora, '', false);

  // Moda Bella: one to invoice, one invoiced, one rejected with the reason.
  const rejected = await place(bella, '');
  await run(rep, rejectOrder, { orderId: rejected, reason: 'Grade incompleta: faltam os tamanhos P e M para a vitrine.' });
  await backdate(rejected, 9);
  const invoiced = await place(bella, 'Faturar junto com o pedido anterior, se possível.');
  await approve(invoiced);
  await invoice(invoiced, 1040);
  await backdate(invoiced, 4);
  const toInvoice = await place(bella, '');
  await approve(toInvoice);
  await backdate(toInvoice, 3);

  // Rafael orders for two more customers of his portfolio: one without credit waits for finance; one is cancelled by finance.
  const portfolio = await db
    .select({ id: customers.id, creditLimitCents: customers.creditLimitCents })
    .from(customers)
    .where(and(eq(customers.representativeId, rep.userId), eq(customers.status, 'active'), notInArray(customers.id, [aurora.customerId!, bella.customerId!])))
    .orderBy(asc(customers.name));
  const priced = [];
  for (const c of portfolio) if ((await pricingFor(db, c.id, channel.id))?.listId) priced.push(c);
  const noCredit = priced.find((c) => c.creditLimitCents === 0);
  const withCredit = priced.find((c) => c.creditLimitCents >= 1_000_000);
  if (withCredit) {
    await run(rep, serveCustomer, { customerId: withCredit.id });
    const cancelled = await place(rep, '');
    await run(finance, cancelOrder, { orderId: cancelled, reason: 'Cliente pediu o cancelamento por telefone.' });
    await backdate(cancelled, 12);
  }
  if (noCredit) {
    await run(rep, serveCustomer, { customerId: noCredit.id });
    await backdate(await place(rep, 'Primeiro pedido do cliente.'), 2);
  }

  // The demo logins start as a new user would: default origin, serving nobody.
  await db
    .update(users)
    .set({ channelId: null, servingCustomerId: null })
    .where(inArray(users.id, [aurora.userId, bella.userId, rep.userId]));
  log('[seed] demo orders created in every state');
  return true;
}

/** The outer query's product, qualified by hand: Drizzle leaves columns unqualified inside single-table subqueries. */
const OUTER_PRODUCT = { id: sql.raw('"products"."id"'), category: sql.raw('"products"."category"'), collection: sql.raw('"products"."collection"') };

/** Products without packs or restrictions whose first four variants have stock to spare at the channel. */
async function stockedVariants(db: Db, channelId: string) {
  const rows = await db
    .select({ productId: products.id, variantId: productVariants.id, available: sql<number>`${stockLevels.onHand} - ${stockLevels.reserved}` })
    .from(products)
    .innerJoin(productVariants, eq(productVariants.productId, products.id))
    .innerJoin(stockLevels, and(eq(stockLevels.variantId, productVariants.id), levelsAtChannel(channelId)))
    .where(
      and(
        eq(products.active, true),
        notExists(db.select({ one: sql`1` }).from(productPacks).where(eq(productPacks.productId, OUTER_PRODUCT.id))),
        notExists(
          db
            .select({ one: sql`1` })
            .from(productRestrictions)
            .where(
              sql`(${productRestrictions.targetKind} = 'product' AND ${productRestrictions.targetValue} = ${OUTER_PRODUCT.id}::text)
                OR (${productRestrictions.targetKind} = 'category' AND ${productRestrictions.targetValue} = ${OUTER_PRODUCT.category})
                OR (${productRestrictions.targetKind} = 'collection' AND ${productRestrictions.targetValue} = ${OUTER_PRODUCT.collection})`,
            ),
        ),
      ),
    )
    .orderBy(asc(products.reference), asc(productVariants.position));
  const variantsOf = new Map<string, string[]>();
  for (const r of rows) {
    const list = variantsOf.get(r.productId) ?? [];
    if (r.available >= 10 * PIECES_PER_CELL && list.length < 4) list.push(r.variantId);
    variantsOf.set(r.productId, list);
  }
  const ready = [...variantsOf].filter(([, v]) => v.length === 4).map(([id]) => id);
  if (ready.length < 4) throw new Error('demo orders: not enough stocked products at the origin');
  return { products: ready, variantsOf };
}
