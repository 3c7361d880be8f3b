import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { customerGroups, customers, salesScenarios } from '../schema';
import { generateScenario } from '@/lib/pricing/generate';
import { addGroupMembers, setAdjustment } from '@/lib/pricing/use-cases';
import { runUseCase } from '@/lib/server/use-case';
import { must, staffActor } from './staff';

/** Builders for pricing tests: a sales scenario generated for the channels, a customer put in a scenario or a group. */

let counter = 0;

/**
 * A sales scenario with everything generateScenario derives from it (a group per UF, a list per
 * UF × channel, contracts, prices): build the channels and products first, or call regenerateAll after.
 * Defaults keep prices easy to predict: factor 1, no rounding (the UF adjustment still applies).
 */
export async function makeScenario(db: Db, input: { name?: string; factorBps?: number; rounding?: typeof salesScenarios.$inferInsert.rounding } = {}) {
  const [scenario] = await db
    .insert(salesScenarios)
    .values({ name: input.name ?? `Cenário ${++counter}`, factorBps: input.factorBps ?? 10_000, rounding: input.rounding ?? 'none' })
    .returning();
  await generateScenario(db, scenario!.id);
  return scenario!;
}

/** Puts a customer in the scenario's group for its UF, through the pricing screen's use case. */
export async function putInGroup(db: Db, customerId: string, scenarioId: string) {
  const [customer] = await db.select({ uf: customers.uf }).from(customers).where(eq(customers.id, customerId));
  const [group] = await db.select().from(customerGroups).where(and(eq(customerGroups.scenarioId, scenarioId), eq(customerGroups.uf, customer!.uf)));
  if (!group) throw new Error(`fixture: scenario ${scenarioId} has no group for ${customer!.uf}; was it generated?`);
  must('pricing.group_add', await runUseCase({ db, actor: await staffActor(db, 'comercial') }, addGroupMembers, { groupId: group.id, customerIds: [customerId] }));
  return group;
}

/**
 * Gives a customer its own scenario. No use case sets it (the CRM form does not carry it; the demo
 * seed writes it the same way), so this writes the column: a deliberate setup of the 'own' branch.
 */
export async function giveOwnScenario(db: Db, customerId: string, scenarioId: string) {
  await db.update(customers).set({ scenarioId }).where(eq(customers.id, customerId));
}

/** The adjustment between a channel's UF and a customer's, through the pricing screen (it reprices every list). */
export async function setUfAdjustment(db: Db, originUf: string, destUf: string, percent: number) {
  must('pricing.adjustment', await runUseCase({ db, actor: await staffActor(db, 'comercial') }, setAdjustment, { originUf, destUf, adjustment: String(percent) }));
}
