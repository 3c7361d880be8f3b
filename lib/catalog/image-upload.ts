import type { ActionResult } from '@/lib/server/use-case';
import { MAX_IMAGE_BYTES } from './images';

/**
 * A photo upload form's file as the image use cases take it (base64 `data` beside `productId`), or the
 * field error to show at the file input: none chosen, or larger than the limit (checked before reading it).
 */
export async function imageUploadInput(formData: FormData): Promise<{ input: { productId: string; data: string } } | { error: ActionResult }> {
  const file = formData.get('file');
  const productId = String(formData.get('productId') ?? '');
  if (!(file instanceof File) || file.size === 0) return { error: { ok: false, error: 'catalog.images.required', fieldErrors: { file: ['catalog.images.required'] } } };
  if (file.size > MAX_IMAGE_BYTES) return { error: { ok: false, error: 'catalog.images.tooBig', fieldErrors: { file: ['catalog.images.tooBig'] } } };
  return { input: { productId, data: Buffer.from(await file.arrayBuffer()).toString('base64') } };
}

/** The use case's `data` field errors belong to the file input the person sees. */
export function atFileInput(result: ActionResult): ActionResult {
  if (!result.ok && result.fieldErrors.data) return { ...result, fieldErrors: { file: result.fieldErrors.data } };
  return result;
}
