'use server';

import { redirect } from 'next/navigation';
import { serverAction } from '@/lib/server/action';
import type { ActionResult } from '@/lib/server/use-case';
import { addRestriction, removeRestriction } from './restriction-use-cases';
import { createProduct } from './use-cases';

export async function createProductAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await serverAction(createProduct, formData, { revalidate: ['/comercial/produtos'] });
  if (result.ok) redirect(`/comercial/produtos?created=${result.data.id}`);
  return result;
}

export async function addRestrictionAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(addRestriction, formData, { revalidate: ['/comercial/restricoes'] });
}

export async function removeRestrictionAction(formData: FormData): Promise<void> {
  await serverAction(removeRestriction, formData, { revalidate: ['/comercial/restricoes'] });
}
