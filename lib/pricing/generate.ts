import { and, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { channels, contracts, customerGroups, priceListItems, priceLists, products, salesScenarios, ufAdjustments } from '@/db/schema';
import { UFS } from '@/lib/crm/document';
import { defaultIcmsBps } from './icms';
import { listPrice } from './rounding';
import { brandProduct } from '@/lib/catalog/ownership';

/** Makes sure every (channel UF, destination UF) pair has an adjustment, starting from the ICMS default. */
export async function ensureAdjustments(db: DbExecutor): Promise<Map<string, number>> {
  const origins = [...new Set((await db.select({ uf: channels.uf }).from(channels)).map((c) => c.uf))];
  const rows = origins.flatMap((originUf) => UFS.map((destUf) => ({ originUf, destUf, adjustmentBps: defaultIcmsBps(originUf, destUf) })));
  if (rows.length) await db.insert(ufAdjustments).values(rows).onConflictDoNothing();
  const all = await db.select().from(ufAdjustments);
  return new Map(all.map((a) => [`${a.originUf}>${a.destUf}`, a.adjustmentBps]));
}

/**
 * Generates, idempotently, what a scenario implies: one customer group per UF, one price list per
 * destination UF × channel, a contract per group × channel, and every list's default prices.
 * Running it again never duplicates and keeps prices edited by hand.
 */
export async function generateScenario(db: DbExecutor, scenarioId: string): Promise<{ groups: number; lists: number; items: number }> {
  const [scenario] = await db.select().from(salesScenarios).where(eq(salesScenarios.id, scenarioId));
  if (!scenario) throw new Error(`scenario ${scenarioId} not found`);
  const allChannels = await db.select().from(channels).where(eq(channels.active, true));
  const adjustments = await ensureAdjustments(db);

  const groups = await db
    .insert(customerGroups)
    .values(UFS.map((uf) => ({ scenarioId, uf, name: `${scenario.name} – ${uf}` })))
    .onConflictDoUpdate({ target: [customerGroups.scenarioId, customerGroups.uf], set: { name: sql`excluded.name` } })
    .returning({ id: customerGroups.id, uf: customerGroups.uf });

  const lists = allChannels.length
    ? await db
        .insert(priceLists)
        .values(UFS.flatMap((destUf) => allChannels.map((c) => ({ scenarioId, destUf, channelId: c.id, name: `${scenario.name}: ${destUf} ≫ ${c.uf} (${c.code})` }))))
        .onConflictDoUpdate({ target: [priceLists.scenarioId, priceLists.destUf, priceLists.channelId], set: { name: sql`excluded.name` } })
        .returning({ id: priceLists.id, destUf: priceLists.destUf, channelId: priceLists.channelId })
    : [];
  const listFor = new Map(lists.map((l) => [`${l.destUf}|${l.channelId}`, l.id]));

  const contractRows = groups.flatMap((g) => allChannels.map((c) => ({ groupId: g.id, channelId: c.id, priceListId: listFor.get(`${g.uf}|${c.id}`)! })));
  if (contractRows.length) await db.insert(contracts).values(contractRows).onConflictDoNothing();

  const catalog = await db.select({ id: products.id, base: products.basePriceCents }).from(products).where(and(eq(products.active, true), brandProduct()));
  const channelUf = new Map(allChannels.map((c) => [c.id, c.uf]));
  const items = lists.flatMap((l) => {
    const adjustment = adjustments.get(`${channelUf.get(l.channelId)}>${l.destUf}`) ?? 0;
    return catalog.map((p) => ({ priceListId: l.id, productId: p.id, priceCents: listPrice(p.base, scenario.factorBps, adjustment, scenario.rounding) }));
  });
  for (let i = 0; i < items.length; i += 2000) {
    await db
      .insert(priceListItems)
      .values(items.slice(i, i + 2000))
      .onConflictDoUpdate({
        target: [priceListItems.priceListId, priceListItems.productId],
        set: { priceCents: sql`excluded.price_cents` },
        setWhere: sql`NOT ${priceListItems.overridden}`,
      });
  }
  return { groups: groups.length, lists: lists.length, items: items.length };
}

/** Regenerates every scenario (after products or channels change). */
export async function regenerateAll(db: DbExecutor): Promise<void> {
  for (const s of await db.select({ id: salesScenarios.id }).from(salesScenarios)) await generateScenario(db, s.id);
}

/** A hand-edited price; regeneration keeps it until the override is cleared. */
export async function overridePrice(db: DbExecutor, priceListId: string, productId: string, priceCents: number | null): Promise<void> {
  if (priceCents === null) {
    await db.update(priceListItems).set({ overridden: false }).where(and(eq(priceListItems.priceListId, priceListId), eq(priceListItems.productId, productId)));
    return;
  }
  await db
    .insert(priceListItems)
    .values({ priceListId, productId, priceCents, overridden: true })
    .onConflictDoUpdate({ target: [priceListItems.priceListId, priceListItems.productId], set: { priceCents, overridden: true } });
}
