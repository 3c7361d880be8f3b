'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { routes } from '@/lib/routes';
import { serverAction } from '@/lib/server/action';
import type { ActionResult } from '@/lib/server/use-case';
import { addRestriction, removeRestriction } from './restriction-use-cases';
import { chooseOrigin, serveCustomer } from './storefront-use-cases';
import { createProduct, updateProduct, updateVariantSettings } from './use-cases';
import { addProductImage, removeProductImage } from './image-use-cases';
import { atFileInput, imageUploadInput } from './image-upload';
import { moveStock } from './stock-use-cases';
import { addPack, createChannel, removePack } from './pack-channel-use-cases';

export async function createProductAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await serverAction(createProduct, formData, { revalidate: [routes.products.list()] });
  if (result.ok) redirect(routes.products.list({ created: result.data.id }));
  return result;
}

export async function addRestrictionAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(addRestriction, formData, { revalidate: [routes.products.restrictions()] });
}

export async function removeRestrictionAction(formData: FormData): Promise<void> {
  await serverAction(removeRestriction, formData, { revalidate: [routes.products.restrictions()] });
}

export async function addProductImageAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const upload = await imageUploadInput(formData);
  if ('error' in upload) return upload.error;
  return atFileInput(await serverAction(addProductImage, upload.input, { revalidate: [routes.products.list()] }));
}

export async function removeProductImageAction(formData: FormData): Promise<void> {
  await serverAction(removeProductImage, formData, { revalidate: [routes.products.list()] });
}

export async function moveStockAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(moveStock, formData, { revalidate: [routes.products.list()] });
}

export async function updateProductAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(updateProduct, formData, { revalidate: [routes.products.list()] });
}

export async function updateVariantSettingsAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(updateVariantSettings, formData, { revalidate: [routes.products.list()] });
}

export async function addPackAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(addPack, formData, { revalidate: [routes.products.list()] });
}

export async function removePackAction(formData: FormData): Promise<void> {
  await serverAction(removePack, formData, { revalidate: [routes.products.list()] });
}

export async function createChannelAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(createChannel, formData, { revalidate: [routes.products.channels()] });
}

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
