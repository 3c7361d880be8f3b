import 'server-only';
import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { channels, contracts, customerGroupMembers, customerGroups, customers, priceListItems, priceLists, products, salesScenarios, sizeScenarios, ufAdjustments, useTypeDefaults } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { containsPattern } from '@/lib/server/search';
import { PRICE_LIST_PAGE_SIZE, type PriceListFilter } from './list-filters';
import { brandProduct } from '@/lib/catalog/ownership';

export async function listScenarios(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'pricing.manage');
  return db
    .select({
      id: salesScenarios.id,
      name: salesScenarios.name,
      factorBps: salesScenarios.factorBps,
      rounding: salesScenarios.rounding,
      lists: sql<number>`(select count(*)::int from ${priceLists} l where l.scenario_id = ${sql.raw('"sales_scenarios"."id"')})`,
      members: sql<number>`(select count(*)::int from ${customerGroupMembers} m join ${customerGroups} g on g.id = m.group_id where g.scenario_id = ${sql.raw('"sales_scenarios"."id"')})`,
    })
    .from(salesScenarios)
    .orderBy(asc(salesScenarios.name));
}

export async function advancedPricing(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'pricing.manage');
  const [sizes, defaults] = await Promise.all([db.select().from(sizeScenarios), db.select().from(useTypeDefaults)]);
  return { sizes: Object.fromEntries(sizes.map((s) => [s.companySize, s.scenarioId])), useTypes: Object.fromEntries(defaults.map((d) => [d.useType, d.scenarioId])) };
}

export async function listAdjustments(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'pricing.manage');
  const origins = await db.selectDistinct({ uf: channels.uf }).from(channels).orderBy(channels.uf);
  const rows = await db.select().from(ufAdjustments).orderBy(asc(ufAdjustments.originUf), asc(ufAdjustments.destUf));
  return { origins: origins.map((o) => o.uf), rows: rows.filter((r) => origins.some((o) => o.uf === r.originUf)) };
}

export async function listGroups(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'pricing.manage');
  return db
    .select({ id: customerGroups.id, name: customerGroups.name, uf: customerGroups.uf, members: sql<number>`(select count(*)::int from ${customerGroupMembers} m where m.group_id = ${sql.raw('"customer_groups"."id"')})` })
    .from(customerGroups)
    .orderBy(asc(customerGroups.name));
}

/** A group's members (customers join it through the customer picker; the one-group rule is the database's). */
export async function groupMembers(db: DbExecutor, actor: Actor, groupId: string) {
  assertCan(actor, 'pricing.manage');
  return db
    .select({ id: customers.id, name: customers.name, uf: customers.uf })
    .from(customerGroupMembers)
    .innerJoin(customers, eq(customers.id, customerGroupMembers.customerId))
    .where(eq(customerGroupMembers.groupId, groupId))
    .orderBy(asc(customers.name));
}

export async function priceListOptions(db: DbExecutor, actor: Actor) {
  assertCan(actor, 'pricing.manage');
  const [scenarios, chans] = await Promise.all([
    db.select({ id: salesScenarios.id, name: salesScenarios.name }).from(salesScenarios).orderBy(asc(salesScenarios.name)),
    db.select({ id: channels.id, name: channels.name, uf: channels.uf }).from(channels).orderBy(asc(channels.code)),
  ]);
  return { scenarios, channels: chans };
}

const ITEM_SORTS = { reference: products.reference, name: products.name, basePrice: products.basePriceCents, price: priceListItems.priceCents };

/**
 * One list's prices (the list named by scenario, destination UF and origin), with the overrides
 * marked: searched by reference or name, optionally only the hand-edited ones, sorted and paged on
 * the server. Null when no list has that combination.
 */
export async function priceListItemsFor(db: DbExecutor, actor: Actor, f: PriceListFilter & { scenario: string; channel: string }) {
  assertCan(actor, 'pricing.manage');
  const [list] = await db
    .select()
    .from(priceLists)
    .where(and(eq(priceLists.scenarioId, f.scenario), eq(priceLists.destUf, f.uf), eq(priceLists.channelId, f.channel)));
  if (!list) return null;
  const like = f.q ? containsPattern(f.q) : undefined;
  const where = and(eq(priceListItems.priceListId, list.id), brandProduct(), like ? or(ilike(products.reference, like), ilike(products.name, like)) : undefined, f.changed ? eq(priceListItems.overridden, true) : undefined);
  const order = f.dir === 'asc' ? asc(ITEM_SORTS[f.sort]) : desc(ITEM_SORTS[f.sort]);
  const [rows, [count]] = await Promise.all([
    db
      .select({ productId: products.id, reference: products.reference, name: products.name, basePriceCents: products.basePriceCents, priceCents: priceListItems.priceCents, overridden: priceListItems.overridden })
      .from(priceListItems)
      .innerJoin(products, eq(products.id, priceListItems.productId))
      .where(where)
      .orderBy(order, asc(products.reference))
      .limit(PRICE_LIST_PAGE_SIZE)
      .offset((f.page - 1) * PRICE_LIST_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(priceListItems).innerJoin(products, eq(products.id, priceListItems.productId)).where(where),
  ]);
  return { list, rows, total: count?.n ?? 0, page: f.page, pageSize: PRICE_LIST_PAGE_SIZE };
}
export type PriceListItemRow = NonNullable<Awaited<ReturnType<typeof priceListItemsFor>>>['rows'][number];

/**
 * A group's contracts (one per channel) and, per channel, the lists they may point at: those of the
 * group's own scenario for that channel (27, one per destination UF), plus the one chosen now if it
 * came from elsewhere, so the form never drops it.
 */
export async function groupContracts(db: DbExecutor, actor: Actor, groupId: string) {
  assertCan(actor, 'pricing.manage');
  const [group] = await db.select({ scenarioId: customerGroups.scenarioId }).from(customerGroups).where(eq(customerGroups.id, groupId));
  if (!group) return [];
  const rows = await db
    .select({ id: contracts.id, channelId: contracts.channelId, channelName: channels.name, channelUf: channels.uf, priceListId: contracts.priceListId, validFrom: contracts.validFrom, validTo: contracts.validTo })
    .from(contracts)
    .innerJoin(channels, eq(channels.id, contracts.channelId))
    .where(eq(contracts.groupId, groupId))
    .orderBy(asc(channels.code));
  const chosen = rows.map((r) => r.priceListId).filter((id): id is string => Boolean(id));
  const lists = await db
    .select({ id: priceLists.id, name: priceLists.name, channelId: priceLists.channelId })
    .from(priceLists)
    .where(or(eq(priceLists.scenarioId, group.scenarioId), chosen.length ? inArray(priceLists.id, chosen) : undefined))
    .orderBy(asc(priceLists.name));
  return rows.map((r) => ({ ...r, options: lists.filter((l) => l.channelId === r.channelId).map((l) => ({ value: l.id, label: l.name })) }));
}
