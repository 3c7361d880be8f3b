import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { productImages, stockLedger, stockLevels } from '@/db/schema';
import { makeChannel, makeProduct } from '@/db/testing/catalog-fixtures';
import { makeCustomer, makeUser } from '@/db/testing/fixtures';
import { actorOf, shopLogin, staffActor } from '@/db/testing/staff';
import { createTestDatabase } from '@/db/testing/test-db';
import type { Actor } from '@/lib/server/context';
import { runUseCase } from '@/lib/server/use-case';
import { addProductImage, removeProductImage } from './image-use-cases';
import { readImage, sizedKey } from './images';
import { productImageResponse } from './product-image-response';
import { runRoute } from '@/lib/server/route-core';
import { moveStock } from './stock-use-cases';
import { channelLocationId } from '@/lib/stock';
import { levelsAtChannel } from '@/lib/stock/queries';

let db: Db;
let drop: () => Promise<void>;
let uploads: string;
/** A channel and a product's variant with 7 units there. */
let channel: { id: string };
let variant: { id: string; productId: string };
let A: Record<'comercial' | 'lojista' | 'representante', Actor>;
/** A real 1200 × 1600 PNG (bigger than every page size). */
let PNG: Buffer;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  const rs = await makeChannel(db, { uf: 'RS' });
  channel = rs;
  variant = (await makeProduct(db, { locations: [rs.locationId], stock: 7 })).variants[0]!;
  const rep = await makeUser(db, 'representante');
  const customer = await makeCustomer(db, { representativeId: rep.id });
  A = { comercial: await staffActor(db, 'comercial'), lojista: await shopLogin(db, customer.id), representante: await actorOf(db, rep.id) };
  PNG = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#c2603c' } }).png().toBuffer();
  uploads = mkdtempSync(path.join(os.tmpdir(), 'venda-uploads-'));
  process.env.UPLOADS_DIR = uploads;
});
afterAll(async () => {
  rmSync(uploads, { recursive: true, force: true });
  delete process.env.UPLOADS_DIR;
  await drop();
});

describe('stock movements', () => {
  it('a receipt adds to stock with a ledger row; an adjustment needs a reason and can never go below reserved', async () => {
    const { comercial } = A;
    const level = async () =>
      (
        await db
          .select()
          .from(stockLevels)
          .where(and(eq(stockLevels.variantId, variant.id), levelsAtChannel(channel.id)))
      )[0]!;
    const start = (await level()).onHand;
    expect((await runUseCase({ db, actor: comercial }, moveStock, { variantId: variant.id, channelId: channel.id, kind: 'receipt', quantity: '12' })).ok).toBe(true);
    expect((await level()).onHand).toBe(start + 12);
    expect(await runUseCase({ db, actor: comercial }, moveStock, { variantId: variant.id, channelId: channel.id, kind: 'adjustment', quantity: '-1' })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ['validation.reasonRequired'] },
    });
    await db
      .update(stockLevels)
      .set({ reserved: 5 })
      .where(and(eq(stockLevels.variantId, variant.id), levelsAtChannel(channel.id)));
    const tooMuch = -(start + 12 - 5 + 1);
    expect(await runUseCase({ db, actor: comercial }, moveStock, { variantId: variant.id, channelId: channel.id, kind: 'adjustment', quantity: String(tooMuch), reason: 'Contagem' })).toMatchObject({
      ok: false,
      fieldErrors: { quantity: ['stock.wouldGoNegative'] },
    });
    expect((await runUseCase({ db, actor: comercial }, moveStock, { variantId: variant.id, channelId: channel.id, kind: 'adjustment', quantity: String(tooMuch + 1), reason: 'Contagem' })).ok).toBe(
      true,
    );
    expect(await level()).toMatchObject({ onHand: 5, reserved: 5 });
    const ledger = await db
      .select()
      .from(stockLedger)
      .where(and(eq(stockLedger.variantId, variant.id), eq(stockLedger.locationId, await channelLocationId(db, channel.id))));
    expect(ledger.map((l) => [l.kind, l.quantity]).slice(-2)).toEqual([
      ['receipt', 12],
      ['adjustment', tooMuch + 1],
    ]);
  });

  it('is closed to shops and representatives', async () => {
    for (const role of ['lojista', 'representante'] as const) {
      expect(await runUseCase({ db, actor: A[role] }, moveStock, { variantId: variant.id, channelId: channel.id, kind: 'receipt', quantity: '1' })).toMatchObject({
        ok: false,
        error: 'errors.forbidden',
      });
    }
  });
});

describe('product images', () => {
  it('stores an image by its real type outside public/, and refuses other files', async () => {
    const { comercial } = A;
    const r = await runUseCase({ db, actor: comercial }, addProductImage, { productId: variant.productId, data: PNG.toString('base64') });
    expect(r).toMatchObject({ ok: true });
    const [img] = await db
      .select()
      .from(productImages)
      .where(eq(productImages.id, r.ok ? r.data.id : ''));
    expect(img).toMatchObject({ contentType: 'image/png', sizeBytes: PNG.length });
    expect((await readImage(img!.storageKey)).equals(PNG)).toBe(true);
    // Resized on upload into the page sizes, as WebP, never larger than asked.
    for (const [size, px] of [['thumb', 240], ['large', 960]] as const) {
      const meta = await sharp(await readImage(sizedKey(img!.storageKey, size))).metadata();
      expect([meta.format, meta.width, meta.height], size).toEqual(['webp', (px * 3) / 4, px]);
    }
    // The route serves the size asked for (large by default), with the same private caching.
    const serve = async (query: string, actor: Actor) =>
      runRoute({ db, actor }, 'catalog.images', productImageResponse, new Request(`http://localhost/api/imagens/${img!.id}${query}`), { id: img!.id });
    const thumb = await serve('?tamanho=thumb', A.lojista);
    expect([thumb.status, thumb.headers.get('Content-Type'), thumb.headers.get('Cache-Control')]).toEqual([200, 'image/webp', 'private, max-age=86400, immutable']);
    expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).height).toBe(240);
    expect((await sharp(Buffer.from(await (await serve('?tamanho=enorme', A.comercial)).arrayBuffer())).metadata()).height).toBe(960);
    const broken = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    expect(await runUseCase({ db, actor: comercial }, addProductImage, { productId: variant.productId, data: broken.toString('base64') })).toMatchObject({
      ok: false,
      fieldErrors: { file: ['catalog.images.badType'] },
    });
    // Removing the image deletes its files too, the original and every page size; a second removal finds nothing.
    expect(await runUseCase({ db, actor: A.lojista }, removeProductImage, { id: img!.id })).toMatchObject({ ok: false, error: 'errors.forbidden' });
    await expect(readImage(img!.storageKey)).resolves.toBeInstanceOf(Buffer);
    expect(await runUseCase({ db, actor: comercial }, removeProductImage, { id: img!.id })).toMatchObject({ ok: true });
    for (const key of [img!.storageKey, sizedKey(img!.storageKey, 'thumb'), sizedKey(img!.storageKey, 'large')]) await expect(readImage(key), key).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await runUseCase({ db, actor: comercial }, removeProductImage, { id: img!.id })).toMatchObject({ ok: false, error: 'errors.notFound' });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await runUseCase({ db, actor: comercial }, addProductImage, { productId: variant.productId, data: svg.toString('base64') })).toMatchObject({
      ok: false,
      fieldErrors: { file: ['catalog.images.badType'] },
    });
  });
});
