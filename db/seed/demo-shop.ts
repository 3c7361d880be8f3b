import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '@/db/client';
import { productVariants, products, registers, registerSessions, sales, shopProducts, shops, stockLevels, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/actor';
import { withCheckDigits } from '@/lib/crm/document';
import { centsToInput } from '@/lib/money';
import type { Actor } from '@/lib/server/context';
import { runUseCase, type UseCase } from '@/lib/server/use-case';
import { createConsumer } from '@/lib/shop/counter-use-cases';
import { createSupplier, setProductSupplier } from '@/lib/shop/purchase-use-cases';
import { receivingLocation } from '@/lib/shop/receipts';
import { closeRegister, createRegister, moveRegisterCash, openRegister } from '@/lib/shop/register-use-cases';
import { sessionExpected } from '@/lib/shop/register-totals';
import { finishSale, voidSale } from '@/lib/shop/sale-use-cases';
import { saveShopSettings } from '@/lib/shop/settings-use-cases';
import { receive, setMinimum } from '@/lib/stock';
import { shopRetailPrices } from '@/lib/pricing/retail';
import { parseDiscount } from '@/lib/shop/sale-math';
import { prng } from './customer-generator';
import { createBill, payBill } from '@/lib/shop/bill-use-cases';
import { addDays, addMonths, saoPauloDate } from '@/lib/shop/bill-math';
import { brandProduct } from '@/lib/catalog/ownership';
import { seedDemoOwnProducts } from './demo-shop-own';


/**
 * The demo shop's counter (Aurora Centro, lojista@venda.local, clerks usuario@ and marcos.caixa@):
 * its settings and PIX key, two registers, a dozen more brand products and four of its own in its assortment with stock
 * (a few at their minimum, half restocked from a distributor), consumers, and a month of sales through the same use cases as the
 * screen — a session a day with withdrawals and a count, one sale voided — then today's session
 * left open; the sales that reached a minimum opened purchase requests. Runs once: skips if the shop has a register.
 */
export async function seedDemoShop(db: Db, log: (m: string) => void = console.log, options: { days?: number } = {}): Promise<boolean> {
  const DAYS = options.days ?? 30;
  // The shop of lojista@venda.local (its first, by name) and the clerks attached to it.
  const [owned] = await db.select({ customerId: users.customerId }).from(users).where(eq(users.email, 'lojista@venda.local'));
  if (!owned?.customerId) return false;
  const [shop] = await db.select().from(shops).where(eq(shops.customerId, owned.customerId)).orderBy(asc(shops.name)).limit(1);
  if (!shop) return false;
  const [seeded] = await db.select({ id: registers.id }).from(registers).where(eq(registers.shopId, shop.id)).limit(1);
  if (seeded) return false;
  const actorOf = async (email: string): Promise<Actor> => {
    const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    const actor = u && (await loadActor(db, u.id));
    if (!actor) throw new Error(`demo shop: no active user ${email}`);
    return actor;
  };
  await db.update(users).set({ shopId: shop.id }).where(eq(users.email, 'lojista@venda.local'));
  const owner = await actorOf('lojista@venda.local');
  const clerkRows = await db.select({ email: users.email }).from(users).where(and(eq(users.shopId, shop.id), eq(users.role, 'usuario'), eq(users.status, 'active'))).orderBy(asc(users.email));
  const clerks = await Promise.all(clerkRows.map((c) => actorOf(c.email)));
  if (!clerks.length) return false;
  const run = async <S extends z.ZodType, R>(actor: Actor, uc: UseCase<S, R>, input: Record<string, unknown>): Promise<R> => {
    const r = await runUseCase({ db, actor }, uc, input);
    if (!r.ok) throw new Error(`demo shop: ${uc.name} failed: ${r.error} ${JSON.stringify(r.fieldErrors)}`);
    return r.data;
  };
  const random = prng(2027);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

  await run(owner, saveShopSettings, { maxDiscount: '10', markup: '120', pixKey: 'pix@auroramodas.com.br', pixMerchantName: 'Aurora Modas', pixCity: 'Florianopolis' });
  const { registerId } = await run(owner, createRegister, { name: 'Caixa 1' });
  await run(owner, createRegister, { name: 'Caixa 2' });

  // A dozen more of the brand's products on the shelves, at what the shop paid (about 55% of the base price).
  const locationId = await receivingLocation(db, shop.id);
  const more = await db.select({ id: products.id, base: products.basePriceCents }).from(products).where(and(eq(products.active, true), brandProduct())).orderBy(asc(products.reference)).limit(12);
  await db
    .insert(shopProducts)
    .values(more.map((p) => ({ shopId: shop.id, productId: p.id, costCents: Math.round(p.base * 0.55) })))
    .onConflictDoNothing();
  // And its own products (accessories, socks), with their suppliers, barcodes and photos.
  const own = await seedDemoOwnProducts(db, owner, run as Parameters<typeof seedDemoOwnProducts>[2]);
  // Half of them are restocked from a distributor (the others, like the delivered ones, from the brand).
  const { supplierId } = await run(owner, createSupplier, { name: 'Distribuidora Sul Têxtil', cnpj: withCheckDigits('112223330001'), email: 'pedidos@sultextil.com.br', phone: '4832221100', contact: 'Marta Silveira' });
  for (const p of more.filter((_, i) => i % 2 === 0)) await run(owner, setProductSupplier, { productId: p.id, supplierId });
  const variants = await db
    .select({ id: productVariants.id })
    .from(productVariants)
    .where(inArray(productVariants.productId, [...more.map((p) => p.id), ...own]))
    .orderBy(asc(productVariants.sku));
  await receive(db, { locationId, lines: variants.map((v, i) => ({ variantId: v.id, quantity: 4 + (i % 5) })), source: { actorId: owner.userId, reason: 'Estoque inicial da loja' } });
  for (const v of variants.filter((_, i) => i % 7 === 0)) await setMinimum(db, locationId, v.id, 6);
  // What is on the shelves arrived before the month of sales below (which are moved into the past day by day).
  await db.execute(sql`UPDATE stock_ledger SET at = at - make_interval(days => ${DAYS + 1}) WHERE location_id = ${locationId}`);

  const consumers = [];
  for (const [i, name] of ['Carla Menezes', 'Joana Prado', 'Rita Fontes', 'Sofia Ramos', 'Beatriz Lopes'].entries()) {
    consumers.push(await run(clerks[0]!, createConsumer, { name, cpf: withCheckDigits(String(529_982_240 + i * 111)), phone: `489${String(91_234_560 + i).padStart(8, '0')}`, email: '' }));
  }

  const stocked = async () =>
    db
      .select({ id: stockLevels.variantId })
      .from(stockLevels)
      .innerJoin(productVariants, eq(productVariants.id, stockLevels.variantId))
      .innerJoin(shopProducts, and(eq(shopProducts.productId, productVariants.productId), eq(shopProducts.shopId, shop.id)))
      .where(and(eq(stockLevels.locationId, locationId), sql`${stockLevels.onHand} > 1`))
      .orderBy(asc(productVariants.sku));
  const methods = [['cash'], ['pix'], ['debit'], ['credit'], ['cash', 'pix']] as const;
  let sold = 0;
  let lastSale = '';
  for (let day = DAYS; day >= 0; day--) {
    const clerk = clerks[day % clerks.length]!;
    const { sessionId } = await run(clerk, openRegister, { registerId, float: '200,00' });
    const count = 2 + Math.floor(random() * 3);
    const saleIds: string[] = [];
    for (let n = 0; n < count; n++) {
      const available = await stocked();
      if (!available.length) break;
      const lines = [...new Set([pick(available).id, pick(available).id])].map((variantId) => ({ variantId, quantity: 1, discount: '' }));
      const input = { idempotencyKey: crypto.randomUUID(), sessionId, consumerId: random() < 0.4 ? pick(consumers).id : '', discount: random() < 0.2 ? '5%' : '', lines, payments: [] as Record<string, unknown>[] };
      // Price it first (a sale without payments is refused with the total it needs), then pay.
      const total = await previewTotal(db, shop.id, lines.map((l) => l.variantId), input.discount);
      const how = pick(methods);
      input.payments =
        how.length === 2
          ? [{ method: 'pix', amount: centsToInput(Math.floor(total / 2)) }, { method: 'cash', amount: centsToInput(Math.ceil(total / 2 / 1000) * 1000) }]
          : [{ method: how[0], amount: centsToInput(how[0] === 'cash' ? Math.ceil(total / 5000) * 5000 : total), installments: how[0] === 'credit' ? 3 : 1 }];
      const { saleId } = await run(clerk, finishSale, input);
      saleIds.push(saleId);
      sold++;
      lastSale = saleId;
    }
    if (day === 0) break; // today's session stays open for the counter
    if (day % 6 === 0) await run(clerk, moveRegisterCash, { sessionId, kind: 'withdrawal', amount: '100,00', reason: 'Depósito no banco' });
    if (day === 12 && saleIds[0]) await run(owner, voidSale, { saleId: saleIds[0], reason: 'Cliente desistiu da compra no balcão' });
    const expected = await sessionExpected(db, sessionId);
    const short = day % 9 === 0 ? 250 : 0;
    await run(clerk, closeRegister, { sessionId, cash: centsToInput(expected.cash - short), debit: centsToInput(expected.debit), credit: centsToInput(expected.credit), pix: centsToInput(expected.pix), notes: short ? 'Faltou troco na contagem.' : '' });
    await backdate(db, sessionId, day);
  }
  // Bills: last month's rent paid, this month's and next month's to pay, power due soon, and the distributor's invoice in three installments, the first overdue.
  const today = saoPauloDate();
  const monthStart = `${today.slice(0, 7)}-01`;
  const rent = await run(owner, createBill, { description: 'Aluguel da loja', category: 'Aluguel', dueOn: addMonths(monthStart, -1).replace(/-01$/, '-10'), amount: '10.500,00', installments: '3', supplierId: '' });
  await run(owner, payBill, { billId: rent.billIds[0]!, paidOn: addMonths(monthStart, -1).replace(/-01$/, '-09'), amount: '3.500,00' });
  await run(owner, createBill, { description: 'Energia elétrica', category: 'Energia', dueOn: addDays(today, 5), amount: '420,80', installments: '1', supplierId: '' });
  await run(owner, createBill, { description: 'Distribuidora Sul Têxtil — NF 4821', category: 'Mercadorias', dueOn: addDays(today, -15), amount: '2.400,00', installments: '3', supplierId });
  log(`[seed] demo shop: ${sold} sales over ${DAYS} days at ${shop.name}${lastSale ? '' : ' (no stock to sell)'}`);
  return true;
}

/** The total the server will compute, for the demo's payments: the shop's retail prices less the typed sale discount. */
async function previewTotal(db: Db, shopId: string, variantIds: string[], discount: string): Promise<number> {
  const rows = await db.select({ id: productVariants.id, productId: productVariants.productId }).from(productVariants).where(inArray(productVariants.id, variantIds));
  const prices = await shopRetailPrices(db, shopId, rows.map((r) => r.productId));
  const gross = rows.reduce((s, r) => s + (prices.get(r.productId)?.priceCents ?? 0), 0);
  return gross - (parseDiscount(discount, gross) ?? 0);
}

/** Moves a closed session, its sales, their stock movements and audit rows `days` into the past. */
async function backdate(db: Db, sessionId: string, days: number) {
  const shift = sql`make_interval(days => ${days})`;
  await db.execute(sql`UPDATE register_movements SET at = at - ${shift} WHERE session_id = ${sessionId}`);
  await db.execute(sql`UPDATE stock_ledger SET at = at - ${shift} WHERE sale_id IN (SELECT id FROM sales WHERE session_id = ${sessionId})`);
  await db.execute(sql`UPDATE audit_log SET at = at - ${shift} WHERE entity_id IN (SELECT id::text FROM sales WHERE session_id = ${sessionId}) OR entity_id = ${sessionId}::text`);
  await db.update(sales).set({ createdAt: sql`${sales.createdAt} - ${shift}`, voidedAt: sql`${sales.voidedAt} - ${shift}` }).where(eq(sales.sessionId, sessionId));
  await db.update(registerSessions).set({ openedAt: sql`${registerSessions.openedAt} - ${shift}`, closedAt: sql`${registerSessions.closedAt} - ${shift}` }).where(eq(registerSessions.id, sessionId));
}
