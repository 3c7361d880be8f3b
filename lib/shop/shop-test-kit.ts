import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { shopProducts, stockLevels } from '@/db/schema';
import { makeProduct, makeShopLocation } from '@/db/testing/catalog-fixtures';
import { makeCustomer, makeShop, makeUser } from '@/db/testing/fixtures';
import { actorOf, must } from '@/db/testing/staff';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/server/context';
import { runUseCase, type UseCase } from '@/lib/server/use-case';
import type { z } from 'zod';
import type { Permission } from '@/lib/auth/permissions';
import { receive } from '@/lib/stock';
import { createRegister, openRegister } from './register-use-cases';
import { finishSale } from './sale-use-cases';

/**
 * Two shops of two owners, each with a location, a register with an open session, a clerk, and a
 * product of three variants in its assortment at cost R$ 50,00 (so R$ 100,00 retail with the default
 * 100% markup); the test stocks the variants it needs (`stock`) and sells through the use case (`sell`).
 */
export async function shopTestKit() {
  const { db, drop } = await createTestDatabase();
  const { product, variants } = await makeProduct(db, { name: 'Vestido Midi', sizes: ['P', 'M', 'G'] });

  async function makeShopWithTill(name: string) {
    const customer = await makeCustomer(db);
    const shop = await makeShop(db, customer.id, name);
    const locationId = await makeShopLocation(db, shop.id);
    const owner = await actorOf(db, (await makeUser(db, 'lojista', { customerId: customer.id })).id);
    const clerk = await actorOf(db, (await makeUser(db, 'usuario', { shopId: shop.id })).id);
    const clerk2 = await actorOf(db, (await makeUser(db, 'usuario', { shopId: shop.id })).id);
    await db.insert(shopProducts).values({ shopId: shop.id, productId: product.id, costCents: 5_000 });
    const { registerId } = must('registers.create', await runUseCase({ db, actor: owner }, createRegister, { name: 'Caixa 1' }));
    const { sessionId } = must('registers.open', await runUseCase({ db, actor: clerk }, openRegister, { registerId, float: '100,00' }));
    return { shop, customer, locationId, owner, clerk, clerk2, registerId, sessionId };
  }
  const own = await makeShopWithTill('Aurora Centro');
  const other = await makeShopWithTill('Moda Bella');

  const run = <S extends z.ZodType, R, P extends Permission | 'public'>(actor: Actor, uc: UseCase<S, R, P>, input: unknown) => runUseCase({ db, actor }, uc, input);
  const stock = async (locationId: string, variantId: string, quantity: number) => receive(db, { locationId, lines: [{ variantId, quantity }], source: { actorId: null, reason: 'teste' } });
  const onHand = async (locationId: string, variantId: string) =>
    (await db.select({ onHand: stockLevels.onHand }).from(stockLevels).where(and(eq(stockLevels.locationId, locationId), eq(stockLevels.variantId, variantId))))[0]?.onHand ?? 0;
  /** A sale as the POS sends it: lines and payments as typed. */
  const sell = (actor: Actor, sessionId: string, sale: { lines: { variantId: string; quantity: number; discount?: string }[]; payments: { method: string; amount: string; installments?: number }[]; discount?: string; consumerId?: string; idempotencyKey?: string }) =>
    run(actor, finishSale, {
      idempotencyKey: sale.idempotencyKey ?? randomUUID(),
      sessionId,
      consumerId: sale.consumerId ?? '',
      discount: sale.discount ?? '',
      lines: sale.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity, discount: l.discount ?? '' })),
      payments: sale.payments,
    });

  return { db: db as Db, drop, productId: product.id, variants, own, other, run, stock, onHand, sell };
}
export type ShopTestKit = Awaited<ReturnType<typeof shopTestKit>>;
