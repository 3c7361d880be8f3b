'use server';

import { redirect } from 'next/navigation';
import { routes } from '@/lib/routes';
import { serverAction } from '@/lib/server/action';
import type { ActionResult } from '@/lib/server/use-case';
import { addGroupMembers, createScenario, removeGroupMember, setAdjustment, setAdvancedPricing, setListPrice, updateContract, updateScenario } from './use-cases';

export async function createScenarioAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await serverAction(createScenario, formData, { revalidate: [routes.pricing.scenarios()] });
  if (result.ok) redirect(routes.pricing.scenarios({ created: 1 }));
  return result;
}

export async function updateScenarioAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(updateScenario, formData, { revalidate: [routes.pricing.scenarios()] });
}

export async function setAdvancedPricingAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(setAdvancedPricing, formData, { revalidate: [routes.pricing.advanced()] });
}

export async function setAdjustmentAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(setAdjustment, formData, { revalidate: [routes.pricing.adjustments()] });
}

export async function addGroupMembersAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(addGroupMembers, formData, { revalidate: [routes.pricing.groups()] });
}

export async function removeGroupMemberAction(formData: FormData): Promise<void> {
  await serverAction(removeGroupMember, formData, { revalidate: [routes.pricing.groups()] });
}

export async function setListPriceAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(setListPrice, formData, { revalidate: [routes.pricing.lists()] });
}

export async function updateContractAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(updateContract, formData, { revalidate: [routes.pricing.contracts()] });
}
