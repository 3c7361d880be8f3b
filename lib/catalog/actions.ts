'use server';

import { revalidatePath } from 'next/cache';
import { serverAction } from '@/lib/server/action';
import type { ActionResult } from '@/lib/server/use-case';
import { chooseOrigin, serveCustomer } from './storefront-use-cases';

export async function chooseOriginAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await serverAction(chooseOrigin, formData);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

export async function serveCustomerAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await serverAction(serveCustomer, formData);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}
