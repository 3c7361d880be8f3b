import { eq, inArray } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { channels, productRestrictions, customerGroupMembers, customerGroups, customers, productPacks, products, productVariants, salesScenarios, sizeScenarios, useTypeDefaults } from '@/db/schema';
import { ean13CheckDigit } from '@/lib/catalog/ean';
import { generateScenario } from '@/lib/pricing/generate';
import { createChannelLocation, ensureLevels, receive } from '@/lib/stock';
import { seedCatalogPhotos } from './catalog-photos';
import { prng } from './customer-generator';

const CHANNELS = [
  { code: 'RS-MATRIZ', name: 'Matriz Porto Alegre', uf: 'RS' },
  { code: 'SP-FILIAL', name: 'Filial São Paulo', uf: 'SP' },
  { code: 'MG-FILIAL', name: 'Filial Belo Horizonte', uf: 'MG' },
];
export const CATEGORIES: [string, string[], 'letters' | 'numbers', [number, number]][] = [
  ['Vestido', ['Midi Floral', 'Longo Linho', 'Curto Tricoline', 'Chemise', 'Tubinho Crepe', 'Envelope Viscose', 'Ciganinha', 'Tomara que Caia'], 'letters', [15990, 38990]],
  ['Blusa', ['Bata Bordada', 'Cropped Canelado', 'Regata Seda', 'Manga Bufante', 'Ombro a Ombro', 'Tricô Leve', 'Body Decote V'], 'letters', [6990, 18990]],
  ['Calça', ['Pantalona Alfaiataria', 'Jeans Mom', 'Skinny Black', 'Wide Leg Linho', 'Cargo Sarja', 'Jogger Moletom', 'Flare Jeans'], 'numbers', [12990, 29990]],
  ['Saia', ['Midi Plissada', 'Lápis Couro Eco', 'Jeans Botões', 'Longa Estampada', 'Evasê Tricoline', 'Envelope Linho'], 'numbers', [8990, 21990]],
  ['Jaqueta', ['Jeans Oversized', 'Couro Eco Motor', 'Bomber Cetim', 'Sarja Utilitária', 'Trench Curto', 'Blazer Alfaiataria'], 'letters', [19990, 45990]],
  ['Camisa', ['Linho Manga Longa', 'Tricoline Listrada', 'Seda Estampada', 'Oversized Popeline', 'Cambraia Bordada', 'Jeans Clássica'], 'letters', [11990, 24990]],
  ['Shorts', ['Alfaiataria Cinto', 'Jeans Barra Desfiada', 'Linho Clochard', 'Moletom Básico', 'Sarja Cargo'], 'numbers', [7990, 16990]],
  ['Macacão', ['Longo Amarração', 'Pantacourt Crepe', 'Jeans Utilitário', 'Curto Linho', 'Tricoline Botões'], 'letters', [17990, 34990]],
  ['Tricô', ['Cardigan Botões', 'Suéter Gola Alta', 'Colete Losango', 'Poncho Franjas', 'Blusão Tranças'], 'letters', [12990, 27990]],
  ['Acessório', ['Lenço Seda', 'Cinto Couro Fivela', 'Bolsa Palha', 'Chapéu Praia', 'Bolsa Tiracolo'], 'letters', [4990, 19990]],
];
const COLLECTIONS = ['Verão 2027', 'Inverno 2026', 'Essenciais'];
export const PALETTE = [
  ['Preto', '#111111'], ['Off-white', '#f4efe6'], ['Terracota', '#c2603c'], ['Azul Marinho', '#1f2f55'], ['Verde Oliva', '#6b7440'],
  ['Rosa Chá', '#d9a6a0'], ['Caramelo', '#b07a45'], ['Vinho', '#6d1f2e'], ['Jeans Claro', '#8fa8c8'], ['Amarelo Manteiga', '#f0d98a'],
] as const;
export const SIZES = { letters: ['PP', 'P', 'M', 'G', 'GG'], numbers: ['36', '38', '40', '42', '44', '46'] } as const;

/**
 * The demo catalog: three channels (RS, SP, MG), about 60 products in a color × size grid with
 * EANs, a few packs, stock in every channel, two sales scenarios with their generated groups and
 * lists, a generated photo per product and colour, and customers wired so every branch of the price resolution is exercised.
 */
export async function seedCatalog(db: DbExecutor, actorId: string | null): Promise<void> {
  const rand = prng(404);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const chans = await db.insert(channels).values(CHANNELS).returning({ id: channels.id });

  let ref = 1000;
  let eanSeq = 100000;
  const productRows = CATEGORIES.flatMap(([category, names, scale, [min, max]]) =>
    names.map((n) => ({ category, name: `${category} ${n}`, scale, base: Math.round((min + rand() * (max - min)) / 100) * 100 - 10 })),
  );
  const inserted = await db
    .insert(products)
    .values(
      productRows.map((p) => ({
        reference: `VND-${++ref}`,
        name: p.name,
        description: `${p.name}: modelagem confortável, acabamento da casa.`,
        collection: pick(COLLECTIONS),
        category: p.category,
        brand: 'Venda Fashion',
        supplier: pick(['Confecções Serra Gaúcha', 'Têxtil Vale do Itajaí', 'Malharia Sul de Minas']),
        ncm: p.category === 'Acessório' ? '42022210' : '62044300',
        costCents: Math.round(p.base * 0.45),
        basePriceCents: p.base,
      })),
    )
    .returning({ id: products.id, reference: products.reference });

  const variants = inserted.flatMap((p, i) => {
    const def = productRows[i]!;
    const sizes = def.category === 'Acessório' ? ['U'] : SIZES[def.scale];
    const colors = [...PALETTE].sort(() => rand() - 0.5).slice(0, 2 + Math.floor(rand() * 2));
    let position = 0;
    return colors.flatMap(([colorName, colorHex]) =>
      sizes.map((size) => {
        const first12 = `789${String(++eanSeq).padStart(9, '0')}`;
        return { productId: p.id, colorName, colorHex, size, sku: `${p.reference}-${colorName.slice(0, 3).toUpperCase()}-${size}`, ean: `${first12}${ean13CheckDigit(first12)}`, position: position++ };
      }),
    );
  });
  const insertedVariants = await db.insert(productVariants).values(variants).returning({ id: productVariants.id, productId: productVariants.productId });
  await seedCatalogPhotos(
    db,
    inserted.map((p, i) => ({ productId: p.id, category: productRows[i]!.category, colors: [...new Set(variants.filter((v) => v.productId === p.id).map((v) => v.colorHex))] })),
  );
  const packProducts = inserted.filter((_, i) => productRows[i]!.scale === 'letters' && productRows[i]!.category !== 'Acessório').slice(0, 8);
  const packIds = new Set(packProducts.map((p) => p.id));
  // Products sold in packs keep at least a dozen of each variant everywhere, so a pack can always be ordered.
  const locations = new Map<string, string>();
  for (const c of chans) locations.set(c.id, await createChannelLocation(db, c.id));
  const levels = insertedVariants.flatMap((v) => chans.map((c) => ({ locationId: locations.get(c.id)!, variantId: v.id, quantity: Math.max(Math.floor(rand() * 25), packIds.has(v.productId) ? 12 : 0) })));
  await ensureLevels(db, [...locations.values()], insertedVariants.map((v) => v.id), { minimum: 3 });
  for (const locationId of locations.values()) {
    await receive(db, { locationId, lines: levels.filter((l) => l.locationId === locationId && l.quantity > 0), source: { actorId, reason: 'Estoque inicial' } });
  }
  await db.insert(productPacks).values(packProducts.map((p) => ({ productId: p.id, name: 'Grade fechada 1P 2M 2G 1GG', quantities: { P: 1, M: 2, G: 2, GG: 1 } })));

  const [atacado, premium] = await db
    .insert(salesScenarios)
    .values([
      { name: 'Atacado Sul', factorBps: 10000, rounding: 'end90' as const },
      { name: 'Revenda Premium', factorBps: 11500, rounding: 'end90' as const },
    ])
    .returning({ id: salesScenarios.id });
  await generateScenario(db, atacado!.id);
  await generateScenario(db, premium!.id);

  // Every branch of the resolution chain, on seeded customers:
  const byName = async (name: string) => (await db.select({ id: customers.id }).from(customers).where(eq(customers.name, name)))[0]!.id;
  const aurora = await byName('Boutique Aurora Ltda'); // via group (Atacado Sul – SC)
  const bella = await byName('Moda Bella Confecções ME'); // own scenario (Revenda Premium)
  const vitoria = await byName('Casa Vitória Modas'); // via company size (EPP → Atacado Sul)
  const minas = await byName('Armazém Minas Vestuário'); // via use-type default (indústria → Revenda Premium)
  const sertao = await byName('Lojas Sertão Fashion'); // none: sees no prices
  const [scGroup] = await db.select({ id: customerGroups.id }).from(customerGroups).where(eq(customerGroups.name, 'Atacado Sul – SC'));
  await db.insert(customerGroupMembers).values({ customerId: aurora, groupId: scGroup!.id });
  await db.update(customers).set({ scenarioId: premium!.id }).where(eq(customers.id, bella));
  await db.update(customers).set({ companySize: 'epp' }).where(eq(customers.id, vitoria));
  await db.update(customers).set({ useType: 'industria' }).where(eq(customers.id, minas));
  await db.update(customers).set({ companySize: 'grande' }).where(inArray(customers.id, [sertao]));
  await db.insert(sizeScenarios).values({ companySize: 'epp', scenarioId: atacado!.id });
  // A restriction to explore: this dress is not sold to shops in Santa Catarina.
  const [hidden] = await db.select({ id: products.id }).from(products).where(eq(products.name, 'Vestido Tomara que Caia'));
  await db.insert(productRestrictions).values({ targetKind: 'product', targetValue: hidden!.id, audienceKind: 'uf', audienceValue: 'SC' });
  await db.insert(useTypeDefaults).values({ useType: 'industria', scenarioId: premium!.id });
}
