'use server';

import { redirect } from 'next/navigation';
import { atFileInput, imageUploadInput } from '@/lib/catalog/image-upload';
import { routes } from '@/lib/routes';
import { serverAction } from '@/lib/server/action';
import type { ActionResult } from '@/lib/server/use-case';
import { addOwnProductImage, createOwnProduct, removeOwnProductImage, setOwnVariantEan, updateOwnProduct } from './own-product-use-cases';

const list = routes.shop.products();

/** A new own product opens its page, where its barcodes, photos and stock are set next. */
export async function createOwnProductAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await serverAction(createOwnProduct, formData, { revalidate: [list] });
  if (result.ok) redirect(routes.shop.product(result.data.id, { novo: 1 }));
  return result;
}

export async function updateOwnProductAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(updateOwnProduct, formData, { revalidate: [list] });
}

export async function setOwnVariantEanAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(setOwnVariantEan, formData, { revalidate: [list] });
}

export async function addOwnProductImageAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const upload = await imageUploadInput(formData);
  if ('error' in upload) return upload.error;
  return atFileInput(await serverAction(addOwnProductImage, upload.input, { revalidate: [routes.shop.product(upload.input.productId)] }));
}

export async function removeOwnProductImageAction(formData: FormData): Promise<void> {
  await serverAction(removeOwnProductImage, formData, { revalidate: [list] });
}
