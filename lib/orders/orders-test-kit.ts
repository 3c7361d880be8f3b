import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { channels, orderSettings, paymentTerms, productVariants, stockLevels, users } from '@/db/schema';
import { channelLocationId } from '@/lib/stock';
import { seedDemo } from '@/db/seed/demo';
import { createTestDatabase } from '@/db/testing/test-db';
import { loadActor } from '@/lib/auth/actor';
import { listStorefront, storefrontContext } from '@/lib/catalog/storefront';
import { chooseOrigin } from '@/lib/catalog/storefront-use-cases';
import type { Actor } from '@/lib/server/context';
import { runUseCase } from '@/lib/server/use-case';
import { addToOrder, submitOrder, updateOrderTerms } from './use-cases';

/**
 * The integration tests' common ground for orders and returns: a fresh database with the demo data
 * (no minimum order), the demo logins as actors, the shops and the rep ordering from RS-MATRIZ, one
 * priced product with at least six variants, a payment term, and helpers that go through the use cases.
 */
export async function ordersTestKit() {
  const { db, drop } = await createTestDatabase();
  await seedDemo(db, () => {});
  await db.update(orderSettings).set({ minOrderCents: 0 });
  const actor = async (email: string): Promise<Actor> => (await loadActor(db, (await db.select().from(users).where(eq(users.email, email)))[0]!.id))!;
  const A: Record<string, Actor> = {};
  for (const email of ['lojista@venda.local', 'bella@venda.local', 'representante@venda.local', 'comercial@venda.local', 'financeiro@venda.local', 'admin@venda.local', 'usuario@venda.local']) {
    A[email.split('@')[0]!] = await actor(email);
  }
  A.otherRep = await actor('camila.rocha@venda.local');
  const run = <T,>(who: Actor, uc: Parameters<typeof runUseCase>[1], input: T) => runUseCase({ db, actor: who }, uc, input);
  const rsChannel = (await db.select().from(channels).where(eq(channels.code, 'RS-MATRIZ')))[0]!.id;
  for (const who of ['lojista', 'bella', 'representante']) await run(A[who]!, chooseOrigin, { channelId: rsChannel });

  let productId = '';
  let variants: { id: string; colorName: string; size: string }[] = [];
  for (const product of (await listStorefront(db, await storefrontContext(db, A.lojista!), {})).filter((p) => p.priceCents)) {
    productId = product.id;
    variants = await db.select({ id: productVariants.id, colorName: productVariants.colorName, size: productVariants.size }).from(productVariants).where(eq(productVariants.productId, productId));
    if (variants.length >= 6) break;
  }
  const termId = (await db.select().from(paymentTerms).where(eq(paymentTerms.name, '30/60 dias')))[0]!.id;

  const rsLocation = await channelLocationId(db, rsChannel);
  // Test setup only: puts a level in a known state directly (the app moves stock through lib/stock).
  const setStock = (variantId: string, onHand: number) =>
    db.insert(stockLevels).values({ locationId: rsLocation, variantId, onHand, reserved: 0 }).onConflictDoUpdate({ target: [stockLevels.locationId, stockLevels.variantId], set: { onHand, reserved: 0 } });
  const stockOf = async (variantId: string) => (await db.select().from(stockLevels).where(and(eq(stockLevels.locationId, rsLocation), eq(stockLevels.variantId, variantId))))[0]!;

  /** A submitted order of `who`'s customer for `qty` units of `variantId`, built through the use cases. */
  const placeOrder = async (who: Actor, variantId: string, qty: number) => {
    const added = await run(who, addToOrder, { productId, lines: [{ variantId, quantity: String(qty) }] });
    if (!added.ok) throw new Error(JSON.stringify(added));
    const orderId = (added.data as { orderId: string }).orderId;
    const terms = await run(who, updateOrderTerms, { orderId, paymentTermId: termId, discount: '', notes: '' });
    if (!terms.ok) throw new Error(JSON.stringify(terms));
    const submitted = await run(who, submitOrder, { orderId });
    if (!submitted.ok) throw new Error(JSON.stringify(submitted));
    return orderId;
  };

  return { db: db as Db, drop, A, rsChannel, rsLocation, productId, variants, termId, run, setStock, stockOf, placeOrder };
}
export type OrdersTestKit = Awaited<ReturnType<typeof ordersTestKit>>;
