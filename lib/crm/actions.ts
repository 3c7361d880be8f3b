'use server';

import { redirect } from 'next/navigation';
import { serverAction } from '@/lib/server/action';
import type { ActionResult } from '@/lib/server/use-case';
import { blockCustomer, createCustomer, setCreditLimit, transferCustomers, unblockCustomer, updateCustomer, updateOwnContacts } from './use-cases';
import { CUSTOMER_AREA } from './customer-area';
import { updateRepresentative } from './representatives';
import { createShopLogin } from './shop-logins';
import { IMPORT_MAX_BYTES, previewCustomerImport, startCustomerImport } from './import-use-cases';
import { getCurrentActor } from '@/lib/auth/session';
import { CUSTOMERS_AREAS, routes } from '@/lib/routes';

export async function createCustomerAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await serverAction(createCustomer, formData);
  if (result.ok) {
    const actor = await getCurrentActor();
    const area = actor ? CUSTOMER_AREA[actor.role] : null;
    // Only roles with a customers screen may create one; anyone else has nowhere to land but the root.
    redirect(area ? routes.customers.detail(area, result.data.id, { saved: 1 }) : '/');
  }
  return result;
}

export async function updateCustomerAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(updateCustomer, formData, { revalidate: CUSTOMERS_AREAS.map((area) => routes.customers.list(area)) });
}

export async function updateOwnContactsAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(updateOwnContacts, formData, { revalidate: [routes.customers.own()] });
}

export async function setCreditLimitAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(setCreditLimit, formData, { revalidate: [routes.customers.list('financeiro')] });
}

export async function blockCustomerAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(blockCustomer, formData, { revalidate: [routes.customers.list('financeiro')] });
}

export async function unblockCustomerAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(unblockCustomer, formData, { revalidate: [routes.customers.list('financeiro')] });
}

export async function transferCustomersAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(transferCustomers, formData, { revalidate: [routes.customers.list('comercial'), routes.customers.list('representante')] });
}

export async function previewImportAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const file = formData.get('file');
  const input =
    file instanceof File && file.size > 0
      ? { filename: file.name, csv: file.size > IMPORT_MAX_BYTES ? 'x'.repeat(IMPORT_MAX_BYTES + 1) : await file.text() }
      : { filename: '', csv: '' };
  const result = await serverAction(previewCustomerImport, input);
  if (!result.ok && (result.fieldErrors.csv || result.fieldErrors.filename)) {
    return { ...result, fieldErrors: { file: [...(result.fieldErrors.csv ?? []), ...(result.fieldErrors.filename ?? [])].slice(0, 1) } };
  }
  if (result.ok) redirect(routes.customers.import(result.data.id));
  return result;
}

export async function startImportAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(startCustomerImport, formData);
}

export async function updateRepresentativeAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(updateRepresentative, formData, { revalidate: [routes.customers.representatives()] });
}

export async function createShopLoginAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(createShopLogin, formData, { revalidate: [routes.customers.list('comercial')] });
}
