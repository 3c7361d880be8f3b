import { randomBytes } from 'node:crypto';
import type { Db } from '../client';
import { channels, products, productVariants } from '../schema';
import { createChannelLocation, createShopLocation, ensureLevels, receive } from '@/lib/stock';
import { addPack } from '@/lib/catalog/pack-channel-use-cases';
import { runUseCase } from '@/lib/server/use-case';
import { must, staffActor } from './staff';

/** Builders for catalog and stock tests: a channel or a shop location, a product with its grid, stock at a location. */

const tag = () => randomBytes(3).toString('hex').toUpperCase();

/** A brand channel with its stock location. */
export async function makeChannel(db: Db, input: { uf?: string; code?: string } = {}) {
  const code = input.code ?? `CH-${tag()}`;
  const [channel] = await db
    .insert(channels)
    .values({ code, name: `Canal ${code}`, uf: input.uf ?? 'RS' })
    .returning();
  return {
    ...channel!,
    locationId: await createChannelLocation(db, channel!.id),
  };
}

/** A location of a shop (its floor, its back room). */
export function makeShopLocation(db: Db, shopId: string, name = 'Loja') {
  return createShopLocation(db, shopId, name);
}

/**
 * A product with a colors × sizes grid (default one color, P/M/G) and, when `stock` is given, that
 * many units of every variant received at each of `locations`. `name`, `category` and `collection`
 * are for tests that search, filter or restrict by them.
 */
export async function makeProduct(
  db: Db,
  input: {
    name?: string;
    category?: string;
    collection?: string;
    sizes?: string[];
    colors?: string[];
    basePriceCents?: number;
    locations?: string[];
    stock?: number;
  } = {},
) {
  const reference = `P-${tag()}`;
  const [product] = await db
    .insert(products)
    .values({
      reference,
      name: input.name ?? `Produto ${reference}`,
      category: input.category ?? null,
      collection: input.collection ?? null,
      basePriceCents: input.basePriceCents ?? 10_000,
    })
    .returning();
  const sizes = input.sizes ?? ['P', 'M', 'G'];
  const colors = input.colors ?? ['Preto'];
  let position = 0;
  const variants = await db
    .insert(productVariants)
    .values(
      colors.flatMap((color) =>
        sizes.map((size) => ({
          productId: product!.id,
          colorName: color,
          colorHex: '#000000',
          size,
          sku: `${reference}-${color.slice(0, 3).toUpperCase()}-${size}`,
          position: position++,
        })),
      ),
    )
    .returning();
  const locations = input.locations ?? [];
  await ensureLevels(
    db,
    locations,
    variants.map((v) => v.id),
  );
  if (input.stock) {
    for (const locationId of locations)
      await receive(db, {
        locationId,
        lines: variants.map((v) => ({
          variantId: v.id,
          quantity: input.stock!,
        })),
        source: { actorId: null, reason: 'fixture' },
      });
  }
  return { product: product!, variants };
}

/** A fixed pack ("grade fechada") of a product, e.g. "P:1, M:2", through the catalog screen's use case. */
export async function makePack(db: Db, productId: string, quantities: string) {
  const comercial = await staffActor(db, 'comercial');
  return must(
    'catalog.add_pack',
    await runUseCase({ db, actor: comercial }, addPack, {
      productId,
      name: `Grade ${quantities}`,
      quantities,
    }),
  );
}
