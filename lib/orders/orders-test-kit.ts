import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { stockLevels, users } from '@/db/schema';
import { makeChannel, makePack, makeProduct } from '@/db/testing/catalog-fixtures';
import { makeCustomer, makeShop, makeUser } from '@/db/testing/fixtures';
import { makeOrder, makeOrderConditions } from '@/db/testing/order-fixtures';
import { giveOwnScenario, makeScenario, putInGroup } from '@/db/testing/pricing-fixtures';
import { actorOf, staffActor } from '@/db/testing/staff';
import { createTestDatabase } from '@/db/testing/test-db';
import { chooseOrigin } from '@/lib/catalog/storefront-use-cases';
import type { Actor } from '@/lib/server/context';
import { runUseCase } from '@/lib/server/use-case';

/**
 * The integration tests' common ground for orders and returns, built with the fixtures: no minimum
 * order, one representative with two shops in its portfolio (`lojista`, priced through a group in
 * SC; `bella`, through its own scenario in RS) and another representative, the back office, a shop
 * employee, one RS channel they order from, a priced product with eight variants sold also in a
 * pack, another priced product, a payment term, and helpers that go through the use cases.
 */
export async function ordersTestKit() {
  const { db, drop } = await createTestDatabase();
  const { termId } = await makeOrderConditions(db);
  const channel = await makeChannel(db, { uf: 'RS' });
  const { product, variants } = await makeProduct(db, { colors: ['Preto', 'Off-white'], sizes: ['P', 'M', 'G', 'GG'], locations: [channel.locationId] });
  // The pack leaves out G: tests that fill variants[2] (Preto G) to the line maximum share bella's draft with a pack.
  await makePack(db, product.id, 'P:1, M:2, GG:1');
  await makeProduct(db, { locations: [channel.locationId] });
  // Scenarios come after the products: generating them prices the whole catalog.
  const wholesale = await makeScenario(db, { name: 'Atacado Sul' });
  const premium = await makeScenario(db, { name: 'Revenda Premium', factorBps: 11_500 });

  const rep = await makeUser(db, 'representante');
  const otherRep = await makeUser(db, 'representante');
  const aurora = await makeCustomer(db, { uf: 'SC', representativeId: rep.id, creditLimitCents: 5_000_000 });
  await putInGroup(db, aurora.id, wholesale.id);
  const bella = await makeCustomer(db, { uf: 'RS', representativeId: rep.id, creditLimitCents: 2_000_000 });
  await giveOwnScenario(db, bella.id, premium.id);
  const shop = await makeShop(db, aurora.id);

  const A: Record<string, Actor> = {
    lojista: await actorOf(db, (await makeUser(db, 'lojista', { customerId: aurora.id })).id),
    bella: await actorOf(db, (await makeUser(db, 'lojista', { customerId: bella.id })).id),
    representante: await actorOf(db, rep.id),
    comercial: await staffActor(db, 'comercial'),
    financeiro: await staffActor(db, 'financeiro'),
    admin: await staffActor(db, 'admin'),
    usuario: await actorOf(db, (await makeUser(db, 'usuario', { shopId: shop.id })).id),
    otherRep: await actorOf(db, otherRep.id),
  };
  const run = <T,>(who: Actor, uc: Parameters<typeof runUseCase>[1], input: T) => runUseCase({ db, actor: who }, uc, input);
  for (const who of ['lojista', 'bella', 'representante']) await run(A[who]!, chooseOrigin, { channelId: channel.id });

  const rsLocation = channel.locationId;
  // Test setup only: puts a level in a known state directly (the app moves stock through lib/stock).
  const setStock = (variantId: string, onHand: number) =>
    db.insert(stockLevels).values({ locationId: rsLocation, variantId, onHand, reserved: 0 }).onConflictDoUpdate({ target: [stockLevels.locationId, stockLevels.variantId], set: { onHand, reserved: 0 } });
  const stockOf = async (variantId: string) => (await db.select().from(stockLevels).where(and(eq(stockLevels.locationId, rsLocation), eq(stockLevels.variantId, variantId))))[0]!;

  /** A submitted order (approved, when a representative submits it) of `who`'s customer for `qty` units of `variantId`. */
  const placeOrder = async (who: Actor, variantId: string, qty: number) => {
    const [prefs] = await db.select({ serving: users.servingCustomerId }).from(users).where(eq(users.id, who.userId));
    const customerId = who.customerId ?? prefs?.serving;
    if (!customerId) throw new Error(`${who.email} orders for no customer`);
    const state = who.role === 'representante' ? 'approved' : 'submitted';
    return (await makeOrder(db, { customer: { id: customerId }, channel, lines: [{ variantId, quantity: qty }], state, by: who, paymentTermId: termId })).id;
  };

  return { db: db as Db, drop, A, rsChannel: channel.id, rsLocation, productId: product.id, variants, termId, run, setStock, stockOf, placeOrder };
}
export type OrdersTestKit = Awaited<ReturnType<typeof ordersTestKit>>;
