'use server';

import { redirect } from 'next/navigation';
import { serverAction } from '@/lib/server/action';
import type { ActionResult } from '@/lib/server/use-case';
import { createProduct } from './use-cases';

export async function createProductAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await serverAction(createProduct, formData, { revalidate: ['/comercial/produtos'] });
  if (result.ok) redirect(`/comercial/produtos?created=${result.data.id}`);
  return result;
}
