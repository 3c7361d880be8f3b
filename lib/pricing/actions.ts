'use server';

import { redirect } from 'next/navigation';
import { serverAction } from '@/lib/server/action';
import type { ActionResult } from '@/lib/server/use-case';
import { addGroupMembers, createScenario, removeGroupMember, setAdjustment, setAdvancedPricing, setListPrice, updateContract, updateScenario } from './use-cases';

const PRICES = '/comercial/precos';

export async function createScenarioAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await serverAction(createScenario, formData, { revalidate: [PRICES] });
  if (result.ok) redirect(`${PRICES}?created=1`);
  return result;
}

export async function updateScenarioAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(updateScenario, formData, { revalidate: [PRICES] });
}

export async function setAdvancedPricingAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(setAdvancedPricing, formData, { revalidate: [`${PRICES}/configuracoes`] });
}

export async function setAdjustmentAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(setAdjustment, formData, { revalidate: [`${PRICES}/ajustes`] });
}

export async function addGroupMembersAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(addGroupMembers, formData, { revalidate: [`${PRICES}/grupos`] });
}

export async function removeGroupMemberAction(formData: FormData): Promise<void> {
  await serverAction(removeGroupMember, formData, { revalidate: [`${PRICES}/grupos`] });
}

export async function setListPriceAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(setListPrice, formData, { revalidate: [`${PRICES}/listas`] });
}

export async function updateContractAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(updateContract, formData, { revalidate: [`${PRICES}/contratos`] });
}
