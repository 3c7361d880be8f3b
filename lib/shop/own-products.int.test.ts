import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priceListItems, priceLists, productImages, products, productVariants, purchaseRequestLines, purchaseRequests, shopProducts, stockLevels, stockLocations } from '@/db/schema';
import { createChannel } from '@/lib/catalog/pack-channel-use-cases';
import { setListPrice } from '@/lib/pricing/use-cases';
import { makeActors } from '@/db/testing/fixtures';
import { makeChannel } from '@/db/testing/catalog-fixtures';
import { makeScenario, putInGroup } from '@/db/testing/pricing-fixtures';
import { must } from '@/db/testing/staff';
import type { Role } from '@/lib/auth/roles';
import { productImageFor } from '@/lib/catalog/image-access';
import { searchProducts } from '@/lib/catalog/product-search';
import { productFilterSchema } from '@/lib/catalog/product-filters';
import { getProductAdmin, listProducts } from '@/lib/catalog/queries';
import { getStorefrontProduct, storefrontContext } from '@/lib/catalog/storefront';
import { storefrontFilterSchema } from '@/lib/catalog/storefront-filter';
import { listStorefront } from '@/lib/catalog/storefront-list';
import { NotFoundError } from '@/lib/server/errors';
import { addRestriction } from '@/lib/catalog/restriction-use-cases';
import { updateProduct } from '@/lib/catalog/use-cases';
import { regenerateAll } from '@/lib/pricing/generate';
import { parseQuery } from '@/lib/server/clean-input';
import type { Actor } from '@/lib/server/context';
import { setMinimum } from '@/lib/stock';
import { currentShop } from './current';
import { iterateOwnProducts, listOwnProducts, ownProductDetail } from './own-product-queries';
import { ownProductsFilterSchema } from './own-product-schemas';
import { addOwnProductImage, createOwnProduct, removeOwnProductImage, setOwnVariantEan, updateOwnProduct } from './own-product-use-cases';
import { posLookup } from './pos-queries';
import { createSupplier } from './purchase-use-cases';
import { adjustShopStock } from './stock-use-cases';
import { shopTestKit, type ShopTestKit } from './shop-test-kit';

let k: ShopTestKit;
let staff: Record<Role, Actor>;
let supplierId: string;
let beltId: string;
let otherBeltId: string;
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** A belt in two colours × three sizes, from the shop's leather supplier, at R$ 35,00 and sold at R$ 89,90. */
const belt = (over: Record<string, unknown> = {}) => ({
  reference: 'cinto-tr',
  name: 'Cinto de Couro Trançado',
  category: 'Acessórios',
  brand: 'Couros do Vale',
  supplierId,
  ncm: '4203.30.00',
  cost: '35,00',
  price: '89,90',
  sizeScale: 'custom',
  customSizes: 'P, M G',
  colors: [
    { name: 'Caramelo', hex: '#A0522D' },
    { name: 'Preto', hex: '#111111' },
  ],
  ...over,
});

beforeAll(async () => {
  k = await shopTestKit();
  staff = await makeActors(k.db);
  ({ supplierId } = must('supplier', await k.run(k.own.owner, createSupplier, { name: 'Couros do Vale', cnpj: '11.222.333/0001-81', email: 'vendas@courosdovale.com.br' })));
  ({ id: beltId } = must('create', await k.run(k.own.owner, createOwnProduct, belt())));
});
afterAll(() => k.drop());

const variantsOf = (productId: string) => k.db.select().from(productVariants).where(eq(productVariants.productId, productId)).orderBy(productVariants.position);

describe('registering the shop’s own products', () => {
  it('generates the colour × size grid, joins the assortment at its cost, price and supplier, with empty stock at the shop’s locations', async () => {
    const [product] = await k.db.select().from(products).where(eq(products.id, beltId));
    expect(product).toMatchObject({ shopId: k.own.shop.id, reference: 'CINTO-TR', category: 'Acessórios', brand: 'Couros do Vale', ncm: '42033000', costCents: 0, basePriceCents: 0 });
    const variants = await variantsOf(beltId);
    expect(variants.map((v) => v.sku)).toEqual(['CINTO-TR-CAR1-P', 'CINTO-TR-CAR1-M', 'CINTO-TR-CAR1-G', 'CINTO-TR-PRE2-P', 'CINTO-TR-PRE2-M', 'CINTO-TR-PRE2-G']);
    expect(variants[0]!.colorHex).toBe('#a0522d');
    const [assortment] = await k.db.select().from(shopProducts).where(eq(shopProducts.productId, beltId));
    expect(assortment).toMatchObject({ shopId: k.own.shop.id, costCents: 3_500, priceCents: 8_990, supplierId });
    const levels = await k.db.select().from(stockLevels).where(eq(stockLevels.locationId, k.own.locationId));
    expect(variants.every((v) => levels.some((l) => l.variantId === v.id && l.onHand === 0))).toBe(true);
  });

  it('keeps what was typed and says what is wrong at the field', async () => {
    expect(await k.run(k.own.owner, createOwnProduct, belt())).toMatchObject({ ok: false, fieldErrors: { reference: ['validation.referenceTaken'] } });
    expect(await k.run(k.own.owner, createOwnProduct, belt({ reference: 'BOLSA-1', cost: 'abc' }))).toMatchObject({ ok: false, fieldErrors: { cost: ['validation.money'] }, values: { cost: 'abc', reference: 'BOLSA-1' } });
    expect(await k.run(k.own.owner, createOwnProduct, belt({ reference: 'BOLSA-1', price: '0' }))).toMatchObject({ ok: false, fieldErrors: { price: ['validation.money'] } });
    expect(await k.run(k.own.owner, createOwnProduct, belt({ reference: 'BOLSA-1', sizeScale: 'custom', customSizes: '' }))).toMatchObject({ ok: false, fieldErrors: { customSizes: ['validation.sizes'] } });
    expect(await k.run(k.own.owner, createOwnProduct, belt({ reference: 'BOLSA-1', colors: [] }))).toMatchObject({ ok: false, fieldErrors: { colors: ['validation.colorsRequired'] } });
    expect(await k.run(k.own.owner, createOwnProduct, belt({ reference: 'BOLSA-1', name: 'x'.repeat(100_000) }))).toMatchObject({ ok: false, fieldErrors: { name: ['validation.tooBig'] } });
    // Another shop's supplier is not one of this shop's.
    const { supplierId: foreign } = must('supplier', await k.run(k.other.owner, createSupplier, { name: 'Outro', cnpj: '11.444.777/0001-61', email: 'o@o.com.br' }));
    expect(await k.run(k.own.owner, createOwnProduct, belt({ reference: 'BOLSA-1', supplierId: foreign }))).toMatchObject({ ok: false, fieldErrors: { supplierId: ['validation.invalidOption'] } });
  });

  it('codes are the owner’s: another shop uses the same reference and grid; codes taken in the shop are refused at the reference', async () => {
    const other = must('other', await k.run(k.other.owner, createOwnProduct, belt({ supplierId: '' })));
    expect(other.variants).toBe(6);
    otherBeltId = other.id;
    expect((await variantsOf(other.id)).map((v) => [v.sku, v.shopId])).toContainEqual(['CINTO-TR-CAR1-P', k.other.shop.id]);
    // Two references whose generated SKUs meet ("AA-BX1" + Pa + M and "AA" + Bx + "PA1-M") in one shop.
    must('first', await k.run(k.own.owner, createOwnProduct, belt({ reference: 'AA-BX1', supplierId: '', customSizes: 'M', colors: [{ name: 'Pa', hex: '#111111' }] })));
    expect(await k.run(k.own.owner, createOwnProduct, belt({ reference: 'AA', supplierId: '', customSizes: 'PA1-M', colors: [{ name: 'Bx', hex: '#111111' }] }))).toMatchObject({
      ok: false,
      fieldErrors: { reference: ['validation.codesTaken'] },
    });
    const [first] = await k.db.select({ id: products.id }).from(products).where(eq(products.reference, 'AA-BX1'));
    await k.db.delete(products).where(eq(products.id, first!.id));
    // A double submit: both pass the check, one wins the unique index; the other hears it at its field, not "unexpected".
    const twins = await Promise.all([0, 1].map(() => k.run(k.own.owner, createOwnProduct, belt({ reference: 'GEMEO-1', supplierId: '' }))));
    expect(twins.filter((r) => r.ok)).toHaveLength(1);
    expect(twins.find((r) => !r.ok)).toMatchObject({ ok: false, error: 'validation.referenceTaken', fieldErrors: { reference: ['validation.referenceTaken'] } });
    await k.db.delete(products).where(eq(products.reference, 'GEMEO-1'));
  });

  it('sells at the counter at its own price, or at cost plus the markup when it has none', async () => {
    const [v] = await variantsOf(beltId);
    await k.stock(k.own.locationId, v!.id, 3);
    const sale = must('sell', await k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: v!.id, quantity: 2 }], payments: [{ method: 'pix', amount: '179,80' }] }));
    expect(sale.totalCents).toBe(17_980);
    const bag = must('bag', await k.run(k.own.owner, createOwnProduct, belt({ reference: 'BOLSA-MT', name: 'Bolsa Tiracolo', price: '', cost: '79,00', customSizes: 'U', colors: [{ name: 'Preto', hex: '#111111' }] })));
    const [bagVariant] = await variantsOf(bag.id);
    await k.stock(k.own.locationId, bagVariant!.id, 1);
    // Default markup 100%: R$ 79,00 × 2.
    const sold = must('sell bag', await k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: bagVariant!.id, quantity: 1 }], payments: [{ method: 'debit', amount: '158,00' }] }));
    expect(sold.totalCents).toBe(15_800);
  });

  it('a barcode: EAN-13 with its check digit, unique, and the counter’s scanner finds it; inactive products leave the counter', async () => {
    const [v] = await variantsOf(beltId);
    expect(await k.run(k.own.owner, setOwnVariantEan, { variantId: v!.id, ean: '7801234567895' })).toMatchObject({ ok: false, fieldErrors: { ean: ['validation.ean'] } });
    must('ean', await k.run(k.own.owner, setOwnVariantEan, { variantId: v!.id, ean: '7801234567894' }));
    const [w] = (await variantsOf(beltId)).slice(1);
    expect(await k.run(k.own.owner, setOwnVariantEan, { variantId: w!.id, ean: '7801234567894' })).toMatchObject({ ok: false, fieldErrors: { ean: ['validation.eanTaken'] } });
    // Another shop selling the same item records the same real barcode.
    const [theirs] = await variantsOf(otherBeltId);
    must('their ean', await k.run(k.other.owner, setOwnVariantEan, { variantId: theirs!.id, ean: '7801234567894' }));
    // A barcode of a brand product this shop sells is taken too: the scanner must find one item.
    const [brandVariant] = k.variants;
    await k.db.update(productVariants).set({ ean: '7891234567895' }).where(eq(productVariants.id, brandVariant!.id));
    expect(await k.run(k.own.owner, setOwnVariantEan, { variantId: w!.id, ean: '7891234567895' })).toMatchObject({ ok: false, fieldErrors: { ean: ['validation.eanTaken'] } });
    const shop = await currentShop(k.db, k.own.clerk);
    const hit = await posLookup(k.db, k.own.clerk, shop, k.own.locationId, '7801234567894');
    expect(hit).toMatchObject({ exact: true, items: [{ variantId: v!.id, unitPriceCents: 8_990, description: 'Cinto de Couro Trançado — Caramelo P' }] });
    const [p] = await k.db.select().from(products).where(eq(products.id, beltId));
    must('deactivate', await k.run(k.own.owner, updateOwnProduct, { id: beltId, name: p!.name, category: 'Acessórios', brand: 'Couros do Vale', supplierId, cost: '35,00', price: '89,90', active: '' }));
    expect((await posLookup(k.db, k.own.clerk, shop, k.own.locationId, '7801234567894')).items).toEqual([]);
    // Already in a cart (or posted directly), it is refused at its line all the same.
    expect(await k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: v!.id, quantity: 1 }], payments: [{ method: 'debit', amount: '89,90' }] })).toMatchObject({ ok: false, fieldErrors: { 'lines.0.variantId': ['shop.errors.notSold'] } });
    must('reactivate', await k.run(k.own.owner, updateOwnProduct, { id: beltId, name: p!.name, category: 'Acessórios', brand: 'Couros do Vale', supplierId, cost: '36,00', price: '', active: 'on' }));
    const [after] = await k.db.select().from(shopProducts).where(eq(shopProducts.productId, beltId));
    expect(after).toMatchObject({ costCents: 3_600, priceCents: null });
  });

  it('reaching the minimum adds a line to its supplier’s request; without a supplier nothing is opened', async () => {
    const [, v] = await variantsOf(beltId);
    await k.stock(k.own.locationId, v!.id, 3);
    await setMinimum(k.db, k.own.locationId, v!.id, 2);
    must('sell', await k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: v!.id, quantity: 1 }], payments: [{ method: 'debit', amount: '72,00' }] }));
    const lines = await k.db
      .select({ supplierId: purchaseRequests.supplierId, variantId: purchaseRequestLines.variantId, quantity: purchaseRequestLines.quantity })
      .from(purchaseRequestLines)
      .innerJoin(purchaseRequests, eq(purchaseRequests.id, purchaseRequestLines.requestId))
      .where(eq(purchaseRequests.shopId, k.own.shop.id));
    expect(lines).toEqual([{ supplierId, variantId: v!.id, quantity: 2 }]);

    const socks = must('socks', await k.run(k.own.owner, createOwnProduct, belt({ reference: 'MEIA-K3', name: 'Meia Canelada', supplierId: '', customSizes: 'U', colors: [{ name: 'Sortido', hex: '#888888' }] })));
    const [sock] = await variantsOf(socks.id);
    await k.stock(k.own.locationId, sock!.id, 2);
    await setMinimum(k.db, k.own.locationId, sock!.id, 2);
    must('sell socks', await k.sell(k.own.clerk, k.own.sessionId, { lines: [{ variantId: sock!.id, quantity: 1 }], payments: [{ method: 'debit', amount: '89,90' }] }));
    const sockLines = await k.db.select().from(purchaseRequestLines).where(eq(purchaseRequestLines.variantId, sock!.id));
    expect(sockLines).toEqual([]);

    // Nor once the shop stopped selling it: a deactivated product reaching its minimum is not reordered.
    must('deactivate socks', await k.run(k.own.owner, updateOwnProduct, { id: socks.id, name: 'Meia Canelada', category: 'Acessórios', brand: 'Couros do Vale', supplierId, cost: '35,00', price: '89,90', active: '' }));
    must('count', await k.run(k.own.owner, adjustShopStock, { locationId: k.own.locationId, variantId: sock!.id, quantity: '-1', reason: 'Avaria' }));
    expect(await k.db.select().from(purchaseRequestLines).where(eq(purchaseRequestLines.variantId, sock!.id))).toEqual([]);
  });

  it('lists, filters and exports the shop’s own products only', async () => {
    const shop = await currentShop(k.db, k.own.owner);
    const names = async (q: Record<string, string>) => (await listOwnProducts(k.db, k.own.owner, shop, parseQuery(ownProductsFilterSchema, q))).rows.map((r) => r.name);
    expect(await names({})).toEqual(['Bolsa Tiracolo', 'Cinto de Couro Trançado', 'Meia Canelada']);
    expect(await names({ q: 'couros' })).toEqual(['Bolsa Tiracolo', 'Cinto de Couro Trançado', 'Meia Canelada']);
    expect(await names({ q: 'cinto' })).toEqual(['Cinto de Couro Trançado']);
    expect(await names({ sort: 'price', dir: 'desc' })).toEqual(['Bolsa Tiracolo', 'Meia Canelada', 'Cinto de Couro Trançado']);
    const [row] = (await listOwnProducts(k.db, k.own.owner, shop, parseQuery(ownProductsFilterSchema, { q: 'cinto' }))).rows;
    // Cost 36,00 with no own price: × 2 by the default markup; two sold of 3 + 3 received, one more sold.
    expect(row).toMatchObject({ priceCents: 7_200, ownPriceCents: null, supplier: 'Couros do Vale', variants: 6, onHand: 3 });
    const exported = [];
    for await (const r of iterateOwnProducts(k.db, k.own.owner, shop, parseQuery(ownProductsFilterSchema, { sort: 'reference' }))) exported.push(r.reference);
    expect(exported).toEqual(['BOLSA-MT', 'CINTO-TR', 'MEIA-K3']);
    const otherShop = await currentShop(k.db, k.other.owner);
    expect((await listOwnProducts(k.db, k.other.owner, otherShop, parseQuery(ownProductsFilterSchema, {}))).rows.map((r) => r.reference)).toEqual(['CINTO-TR']);
  });
});

describe('who may reach a shop’s own products', () => {
  it('a clerk is refused; another shop finds nothing', async () => {
    const [v] = await variantsOf(beltId);
    expect(await k.run(k.own.clerk, createOwnProduct, belt({ reference: 'X-1' }))).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await k.run(k.own.clerk, setOwnVariantEan, { variantId: v!.id, ean: '' })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await k.run(k.other.owner, updateOwnProduct, { id: beltId, name: 'Roubado', cost: '1,00', price: '', supplierId: '' })).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect(await k.run(k.other.owner, setOwnVariantEan, { variantId: v!.id, ean: '' })).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect(await k.run(k.other.owner, addOwnProductImage, { productId: beltId, data: PNG_1PX })).toMatchObject({ ok: false, error: 'errors.notFound' });
    const otherShop = await currentShop(k.db, k.other.owner);
    expect(await ownProductDetail(k.db, k.other.owner, otherShop, beltId)).toBeNull();
    expect(await ownProductDetail(k.db, k.own.owner, await currentShop(k.db, k.own.owner), beltId)).not.toBeNull();
  });

  it('a photo is its shop’s: the owner adds and removes it; the other shop and the brand never see it', async () => {
    const { id: imageId } = must('image', await k.run(k.own.owner, addOwnProductImage, { productId: beltId, data: PNG_1PX }));
    expect(await productImageFor(k.db, k.own.owner, imageId)).not.toBeNull();
    expect(await productImageFor(k.db, k.own.clerk, imageId)).not.toBeNull();
    expect(await productImageFor(k.db, k.other.owner, imageId)).toBeNull();
    expect(await productImageFor(k.db, k.other.clerk, imageId)).toBeNull();
    expect(await productImageFor(k.db, staff.comercial, imageId)).toBeNull();
    expect(await productImageFor(k.db, staff.representante, imageId)).toBeNull();
    expect(await k.run(k.other.owner, removeOwnProductImage, { id: imageId })).toMatchObject({ ok: false, error: 'errors.notFound' });
    must('remove', await k.run(k.own.owner, removeOwnProductImage, { id: imageId }));
    expect(await k.db.select().from(productImages).where(eq(productImages.id, imageId))).toEqual([]);
  });

  it('never reaches the brand’s catalog: list, search, product page, price lists, restrictions, editing', async () => {
    const refs = (await listProducts(k.db, staff.comercial, parseQuery(productFilterSchema, {}))).rows.map((r) => r.reference);
    expect(refs).toContain((await k.db.select().from(products).where(eq(products.id, k.productId)))[0]!.reference);
    expect(refs).not.toContain('CINTO-TR');
    expect(await searchProducts(k.db, staff.comercial, 'cinto')).toEqual([]);
    expect(await getProductAdmin(k.db, staff.comercial, beltId)).toBeNull();
    // Not even its own shop finds it in the brand's storefront (nor does a representative).
    for (const actor of [k.own.owner, staff.representante]) {
      const ctx = await storefrontContext(k.db, actor);
      await expect(getStorefrontProduct(k.db, ctx, beltId)).rejects.toBeInstanceOf(NotFoundError);
      expect((await listStorefront(k.db, ctx, parseQuery(storefrontFilterSchema, { q: 'cinto' }))).items).toEqual([]);
    }
    expect(await k.run(staff.comercial, updateProduct, { id: beltId, name: 'Da marca', cost: '1,00', basePrice: '2,00', active: 'on' })).toMatchObject({ ok: false, error: 'errors.notFound' });
    expect(await k.run(staff.comercial, addRestriction, { targetKind: 'product', targetValue: beltId, audienceKind: 'uf', audienceValue: 'SC' })).toMatchObject({ ok: false, fieldErrors: { targetValue: ['validation.invalidOption'] } });
    await makeChannel(k.db, { uf: 'SC' });
    await putInGroup(k.db, k.own.customer.id, (await makeScenario(k.db, { name: 'Lojas SC' })).id);
    await regenerateAll(k.db);
    expect(await k.db.select().from(priceListItems).where(eq(priceListItems.productId, beltId))).toEqual([]);
    const [list] = await k.db.select({ id: priceLists.id }).from(priceLists).limit(1);
    expect(await k.run(staff.comercial, setListPrice, { priceListId: list!.id, productId: beltId, price: '10,00' })).toMatchObject({ ok: false, fieldErrors: { productId: ['validation.invalidOption'] } });
    // A new origin stocks the brand's grid, not the shop's own.
    const { id: channelId } = must('channel', await k.run(staff.admin, createChannel, { code: 'CD-PR', name: 'CD Paraná', uf: 'PR' }));
    const atChannel = await k.db
      .select({ variantId: stockLevels.variantId })
      .from(stockLevels)
      .innerJoin(stockLocations, and(eq(stockLocations.id, stockLevels.locationId), eq(stockLocations.channelId, channelId)));
    expect(atChannel.length).toBe(k.variants.length);
    expect(atChannel.map((l) => l.variantId).sort()).toEqual(k.variants.map((v) => v.id).sort());
    expect((await k.db.select().from(priceListItems).where(eq(priceListItems.productId, k.productId))).length).toBeGreaterThan(0);
  });
});
