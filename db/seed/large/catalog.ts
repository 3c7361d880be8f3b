import { channels, productPacks, productRestrictions, products, productVariants } from '@/db/schema';
import { ean13CheckDigit } from '@/lib/catalog/ean';
import { createChannelLocation } from '@/lib/stock';
import { CATEGORIES, PALETTE, SIZES } from '../catalog';
import { END, START, type Seeded } from './context';
import { CHANNELS } from './places';
import { DAY, Random } from './random';

/** Seasonal collections with their launch dates; each sells for about ten months. "Essenciais" always sells. */
export const SEASONS: [string, string][] = [
  ['Verão 2024', '2023-07-15'],
  ['Inverno 2024', '2024-02-01'],
  ['Verão 2025', '2024-07-15'],
  ['Inverno 2025', '2025-02-01'],
  ['Verão 2026', '2025-07-15'],
  ['Inverno 2026', '2026-02-01'],
  ['Verão 2027', '2026-07-15'],
];
export const ESSENTIALS = 'Essenciais';
export const SELLING_DAYS = 300;

const COLORS = [...PALETTE, ['Branco', '#ffffff'], ['Cinza Mescla', '#9a9a9a'], ['Lilás', '#b9a3d0'], ['Mostarda', '#c9a227'], ['Grafite', '#3b3b3f']] as const;
const FINISHES = ['Floral', 'Poá', 'Xadrez', 'Listrado', 'Liso', 'Tie-Dye', 'Geométrico', 'Bordado', 'Tropical', 'Texturizado', 'Canelado', 'Acetinado'];
const SUPPLIERS = ['Confecções Serra Gaúcha', 'Têxtil Vale do Itajaí', 'Malharia Sul de Minas', 'Fiação Nordeste', 'Tecelagem Paulista'];
const CATEGORY_WEIGHTS: Record<string, number> = { Acessório: 0.5 };

export type SeedVariant = { id: string; colorIndex: number; size: string };
export type SeedProduct = {
  id: string;
  index: number;
  category: string;
  collection: string;
  base: number;
  /** When it starts and stops selling (Infinity for the essentials). */
  from: number;
  to: number;
  /** Sold out of season: deactivated once the lists are generated (old orders keep their prices). */
  retire: boolean;
  popularity: number;
  /** Its colours, each with its variants in size order. */
  colors: SeedVariant[][];
  pack: Record<string, number> | null;
  /** UFs it may not be sold to (product restrictions). */
  hiddenIn: Set<string>;
};
export type SeedChannel = { id: string; code: string; uf: string; locationId: string };
export type Catalog = { channels: SeedChannel[]; products: SeedProduct[]; variants: number };

const PACK = { P: 1, M: 2, G: 2, GG: 1 };

/** The four channels (shipping origins), each with its stock location. */
export async function seedChannels({ db }: Seeded): Promise<SeedChannel[]> {
  const rand = new Random(44);
  const out: SeedChannel[] = [];
  for (const c of CHANNELS) {
    const id = rand.uuid();
    await db.insert(channels).values({ id, ...c });
    out.push({ id, code: c.code, uf: c.uf, locationId: await createChannelLocation(db, id) });
  }
  return out;
}

/**
 * Products over seven seasonal collections and the essentials, each with a colour × size grid (SKU,
 * EAN), a few fixed packs and a few products hidden from a UF. Stock comes later, through the ledger (stock.ts).
 */
export async function seedCatalog({ db, counts }: Seeded, chans: SeedChannel[]): Promise<Catalog> {
  const rand = new Random(404);

  const categoryPick = CATEGORIES.flatMap((c) => Array.from({ length: Math.round((CATEGORY_WEIGHTS[c[0]] ?? 1) * 10) }, () => c));
  const retiredBefore = END - 180 * DAY;
  let eanSeq = 300000;
  const catalog: SeedProduct[] = [];
  const productRows: (typeof products.$inferInsert)[] = [];
  const variantRows: (typeof productVariants.$inferInsert)[] = [];
  for (let index = 0; index < counts.products; index++) {
    const [category, models, scale, [min, max]] = rand.pick(categoryPick);
    const seasonal = rand.chance(0.85);
    const [collection, launch] = seasonal ? SEASONS[index % SEASONS.length]! : [ESSENTIALS, ''];
    const from = seasonal ? Date.parse(`${launch}T13:00:00Z`) : START - 400 * DAY;
    const to = seasonal ? from + SELLING_DAYS * DAY : Infinity;
    const base = Math.round((min + rand.next() * (max - min)) / 100) * 100 - 10;
    const reference = `VND-${20001 + index}`;
    const name = `${category} ${rand.pick(models)} ${rand.pick(FINISHES)}`;
    const id = rand.uuid();
    productRows.push({
      id,
      reference,
      name,
      description: `${name}: modelagem confortável, acabamento da casa. Coleção ${collection}.`,
      collection,
      category,
      brand: 'Venda Fashion',
      supplier: rand.pick(SUPPLIERS),
      ncm: category === 'Acessório' ? '42022210' : '62044300',
      costCents: Math.round(base * 0.45),
      basePriceCents: base,
      createdAt: new Date(Math.min(from, START) - 30 * DAY),
      updatedAt: new Date(Math.min(from, START) - 30 * DAY),
    });
    const sizes: readonly string[] = category === 'Acessório' ? ['U'] : SIZES[scale];
    const colorCount = category === 'Acessório' ? rand.int(2, 5) : rand.int(2, 4);
    const colorIdx = rand.sample(
      COLORS.map((_, i) => i),
      colorCount,
    );
    let position = 0;
    const colors = colorIdx.map((ci) =>
      sizes.map((size) => {
        const [colorName, colorHex] = COLORS[ci]!;
        const first12 = `789${String(++eanSeq).padStart(9, '0')}`;
        const variant = { id: rand.uuid(), colorIndex: ci, size };
        variantRows.push({
          id: variant.id,
          productId: id,
          colorName,
          colorHex,
          size,
          sku: `${reference}-${colorName.slice(0, 3).toUpperCase()}-${size}`,
          ean: `${first12}${ean13CheckDigit(first12)}`,
          position: position++,
        });
        return variant;
      }),
    );
    const pack = scale === 'letters' && category !== 'Acessório' && rand.chance(0.02) ? PACK : null;
    catalog.push({ id, index, category, collection, base, from, to, retire: to < retiredBefore && rand.chance(0.3), popularity: 0.3 + 3 * rand.next() ** 4, colors, pack, hiddenIn: new Set() });
  }
  for (let i = 0; i < productRows.length; i += 1000) await db.insert(products).values(productRows.slice(i, i + 1000));
  for (let i = 0; i < variantRows.length; i += 2000) await db.insert(productVariants).values(variantRows.slice(i, i + 2000));

  const packed = catalog.filter((p) => p.pack);
  if (packed.length) await db.insert(productPacks).values(packed.map((p) => ({ productId: p.id, name: 'Grade fechada 1P 2M 2G 1GG', quantities: PACK })));
  // A few products not sold to one state (the app's "limitar produtos"); orders there never carry them.
  const hidden = rand.sample(catalog, Math.max(1, Math.round(catalog.length / 200)));
  for (const p of hidden) p.hiddenIn.add(rand.pick(['SC', 'AM', 'RR', 'BA', 'PA', 'RJ']));
  await db
    .insert(productRestrictions)
    .values(hidden.map((p) => ({ targetKind: 'product' as const, targetValue: p.id, audienceKind: 'uf' as const, audienceValue: [...p.hiddenIn][0]!, createdAt: new Date(START) })));
  return { channels: chans, products: catalog, variants: variantRows.length };
}
