import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { productVariants } from '@/db/schema';
import { ean13CheckDigit } from '@/lib/catalog/ean';
import { withCheckDigits } from '@/lib/crm/document';
import type { Actor } from '@/lib/server/context';
import { createOwnProduct, setOwnVariantEan } from '@/lib/shop/own-product-use-cases';
import { createSupplier } from '@/lib/shop/purchase-use-cases';
import { seedCatalogPhotos } from './catalog-photos';

type Run = (actor: Actor, uc: typeof createOwnProduct | typeof setOwnVariantEan | typeof createSupplier, input: Record<string, unknown>) => Promise<unknown>;

/** What the demo shop sells beside the brand's: accessories from a leather workshop and a silk house, and socks under its own label. */
const OWN = [
  { reference: 'CINTO-TR', name: 'Cinto de Couro Trançado', category: 'Acessórios', brand: 'Couros do Vale', from: 'leather', cost: '35,00', price: '89,90', sizes: 'P M G', colors: [['Caramelo', '#a0522d'], ['Preto', '#111111']] },
  { reference: 'BOLSA-MT', name: 'Bolsa Tiracolo Matelassê', category: 'Bolsas', brand: 'Couros do Vale', from: 'leather', cost: '79,00', price: '', sizes: 'U', colors: [['Off-white', '#f5f0e6'], ['Preto', '#111111']] },
  { reference: 'LENCO-SD', name: 'Lenço de Seda Estampado', category: 'Acessórios', brand: 'Seda Fina', from: 'silk', cost: '22,00', price: '59,90', sizes: 'U', colors: [['Azul Marinho', '#1e3a8a'], ['Vinho', '#7f1d1d']] },
  { reference: 'MEIA-K3', name: 'Meia Canelada (kit com 3)', category: 'Meias', brand: 'Aurora Modas', from: null, cost: '12,00', price: '29,90', sizes: 'P M', colors: [['Sortido', '#888888']] },
] as const;

/**
 * The demo shop's own products, through the owner's use cases: two suppliers, four products with their
 * grids, barcodes (prefix 780, apart from the brand's 789) and a generated photo per colour. Returns
 * their ids so the caller stocks and sells them with the rest.
 */
export async function seedDemoOwnProducts(db: Db, owner: Actor, run: Run): Promise<string[]> {
  const leather = (await run(owner, createSupplier, { name: 'Couros do Vale Acessórios', cnpj: withCheckDigits('223334440001'), email: 'vendas@courosdovale.com.br', phone: '5433451200', contact: 'Edson Kuhn' })) as { supplierId: string };
  const silk = (await run(owner, createSupplier, { name: 'Seda Fina Importadora', cnpj: withCheckDigits('334445550001'), email: 'comercial@sedafina.com.br', phone: '1132148800', contact: 'Lúcia Tanaka' })) as { supplierId: string };
  const supplierOf = { leather: leather.supplierId, silk: silk.supplierId };
  const ids: string[] = [];
  let seq = 0;
  for (const p of OWN) {
    const { id } = (await run(owner, createOwnProduct, {
      reference: p.reference,
      name: p.name,
      category: p.category,
      brand: p.brand,
      supplierId: p.from ? supplierOf[p.from] : '',
      cost: p.cost,
      price: p.price,
      sizeScale: 'custom',
      customSizes: p.sizes,
      colors: p.colors.map(([name, hex]) => ({ name, hex })),
    })) as { id: string };
    ids.push(id);
    for (const v of await db.select({ id: productVariants.id }).from(productVariants).where(eq(productVariants.productId, id)).orderBy(asc(productVariants.position))) {
      const first12 = `780${String(++seq + 4200).padStart(9, '0')}`;
      await run(owner, setOwnVariantEan, { variantId: v.id, ean: first12 + ean13CheckDigit(first12) });
    }
  }
  await seedCatalogPhotos(db, OWN.map((p, i) => ({ productId: ids[i]!, category: p.category, colors: p.colors.map(([, hex]) => hex) })));
  return ids;
}
