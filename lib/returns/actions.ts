'use server';

import { redirect } from 'next/navigation';
import { MAX_IMAGE_BYTES } from '@/lib/catalog/images';
import { revalidatePath } from 'next/cache';
import { routes } from '@/lib/routes';
import { serverAction as run } from '@/lib/server/action';
import { formDataToObject } from '@/lib/server/form-data';
import type { ActionResult } from '@/lib/server/use-case';
import { MAX_RETURN_PHOTOS } from './schemas';
import { authoriseReturn, closeReturn, inspectReturn, openReturn, receiveReturn, recordReturnShipment, refuseReturn, routeReturn } from './use-cases';

type Action = (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** A return's step changes its pages, its order's page and the stock shown: refresh them all. */
const serverAction: typeof run = async (useCase, input, options) => {
  const result = await run(useCase, input, options);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
};
const RETURN_PAGES = [routes.returns.list('lojista'), routes.returns.list('representante'), routes.returns.list('comercial'), routes.products.list(), routes.orders.list('lojista')];

/** The photos arrive as files; they are checked for count and size here and by their bytes in the use case. */
export const openReturnAction: Action = async (_p, formData) => {
  const files = formData.getAll('photos').filter((f): f is File => f instanceof File && f.size > 0);
  const input = formDataToObject(formData);
  if (files.length > MAX_RETURN_PHOTOS) return { ok: false, error: 'returns.errors.tooManyPhotos', fieldErrors: { photos: ['returns.errors.tooManyPhotos'] } };
  if (files.some((f) => f.size > MAX_IMAGE_BYTES)) return { ok: false, error: 'returns.errors.photoTooBig', fieldErrors: { photos: ['returns.errors.photoTooBig'] } };
  const photos = await Promise.all(files.map(async (f) => Buffer.from(await f.arrayBuffer()).toString('base64')));
  const result = await serverAction(openReturn, { ...input, photos }, { revalidate: RETURN_PAGES });
  if (result.ok) redirect(routes.returns.detail('lojista', result.data.returnId, { nova: 1 }));
  return result;
};

export const authoriseReturnAction: Action = async (_p, f) => serverAction(authoriseReturn, f, { revalidate: RETURN_PAGES });
export const refuseReturnAction: Action = async (_p, f) => serverAction(refuseReturn, f, { revalidate: RETURN_PAGES });
export const receiveReturnAction: Action = async (_p, f) => serverAction(receiveReturn, f, { revalidate: RETURN_PAGES });
export const inspectReturnAction: Action = async (_p, f) => serverAction(inspectReturn, f, { revalidate: RETURN_PAGES });
export const routeReturnAction: Action = async (_p, f) => serverAction(routeReturn, f, { revalidate: RETURN_PAGES });
export const closeReturnAction: Action = async (_p, f) => serverAction(closeReturn, f, { revalidate: RETURN_PAGES });
export const recordReturnShipmentAction: Action = async (_p, f) => serverAction(recordReturnShipment, f, { revalidate: RETURN_PAGES });
