import { and, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { channels, contracts, customerGroupMembers, customerGroups, customers, priceLists, salesScenarios, sizeScenarios, ufAdjustments, useTypeDefaults } from '@/db/schema';
import { resolveScenario, type Resolution } from './resolution';

export type PriceExplanation = Resolution & {
  scenarioName: string | null;
  listId: string | null;
  destUf: string;
  originUf: string | null;
  channelCode: string | null;
  adjustmentBps: number | null;
  /** The list came from a contract of the customer's group. */
  contract: boolean;
};

/**
 * Which price list a customer buys from when goods ship from `channelId`, and why:
 * the resolved scenario (and the rule that chose it), the customer's UF and the channel's.
 * A fixed number of queries, whatever the catalog size.
 */
export async function pricingFor(db: DbExecutor, customerId: string, channelId: string | null): Promise<PriceExplanation | null> {
  const [c] = await db
    .select({
      scenarioId: customers.scenarioId,
      companySize: customers.companySize,
      useType: customers.useType,
      uf: customers.uf,
      groupId: customerGroups.id,
      groupName: customerGroups.name,
      groupScenarioId: customerGroups.scenarioId,
    })
    .from(customers)
    .leftJoin(customerGroupMembers, eq(customerGroupMembers.customerId, customers.id))
    .leftJoin(customerGroups, eq(customerGroups.id, customerGroupMembers.groupId))
    .where(eq(customers.id, customerId));
  if (!c) return null;
  const [sizes, defaults] = await Promise.all([db.select().from(sizeScenarios), db.select().from(useTypeDefaults)]);
  const resolution = resolveScenario({
    customer: {
      scenarioId: c.scenarioId,
      companySize: c.companySize,
      useType: c.useType,
      group: c.groupId && c.groupScenarioId ? { id: c.groupId, name: c.groupName ?? '', scenarioId: c.groupScenarioId } : null,
    },
    sizeScenarios: Object.fromEntries(sizes.map((s) => [s.companySize, s.scenarioId])),
    useTypeDefaults: Object.fromEntries(defaults.map((d) => [d.useType, d.scenarioId])),
  });
  const empty = { ...resolution, scenarioName: null, listId: null, destUf: c.uf, originUf: null, channelCode: null, adjustmentBps: null, contract: false };
  if (!resolution.scenarioId || !channelId) return empty;
  // Via a group, a contract in force for (group, channel) names the list; otherwise the scenario's list for (UF, channel).
  const [contract] =
    resolution.source === 'group' && c.groupId
      ? await db
          .select({ priceListId: contracts.priceListId })
          .from(contracts)
          .where(
            and(
              eq(contracts.groupId, c.groupId),
              eq(contracts.channelId, channelId),
              sql`(${contracts.validFrom} IS NULL OR ${contracts.validFrom} <= (now() AT TIME ZONE 'America/Sao_Paulo')::date)`,
              sql`(${contracts.validTo} IS NULL OR ${contracts.validTo} >= (now() AT TIME ZONE 'America/Sao_Paulo')::date)`,
            ),
          )
      : [];
  const listJoin = contract
    ? eq(priceLists.id, contract.priceListId)
    : and(eq(priceLists.scenarioId, salesScenarios.id), eq(priceLists.destUf, c.uf), eq(priceLists.channelId, channels.id));
  const [row] = await db
    .select({ scenarioName: salesScenarios.name, listId: priceLists.id, originUf: channels.uf, channelCode: channels.code, adjustmentBps: ufAdjustments.adjustmentBps })
    .from(salesScenarios)
    .innerJoin(channels, eq(channels.id, channelId))
    .leftJoin(priceLists, listJoin)
    .leftJoin(ufAdjustments, and(eq(ufAdjustments.originUf, channels.uf), eq(ufAdjustments.destUf, c.uf)))
    .where(eq(salesScenarios.id, resolution.scenarioId));
  if (!row) return empty;
  return { ...resolution, ...row, destUf: c.uf, contract: Boolean(contract) };
}
