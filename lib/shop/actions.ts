'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { routes, SHOP_AREAS } from '@/lib/routes';
import { serverAction } from '@/lib/server/action';
import { formDataToObject } from '@/lib/server/form-data';
import { MAX_DOCUMENT_BYTES } from '@/lib/files/documents';
import type { ActionResult } from '@/lib/server/use-case';
import { chooseShop, createConsumer, parkSale, resumeSale } from './counter-use-cases';
import { closeRegister, createRegister, moveRegisterCash, openRegister, setRegisterLocation } from './register-use-cases';
import { finishSale, voidSale } from './sale-use-cases';
import { saveShopSettings } from './settings-use-cases';
import { cancelPurchaseRequest, createSupplier, receivePurchaseRequest, sendPurchaseRequest, setProductSupplier } from './purchase-use-cases';
import { addShopLocation, adjustShopStock, setShopMinimum, transferShopStock } from './stock-use-cases';
import { createBill, editBill, payBill, removeBill } from './bill-use-cases';
import { setRetailPrice } from './price-use-cases';
import { emailReceipt } from './receipt-email';

type FormAction = (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** Whatever the counter changes shows on the shop's pages (registers, sales, stock): refresh them. */
async function refreshed<R>(result: Promise<ActionResult<R>>): Promise<ActionResult<R>> {
  const done = await result;
  if (done.ok) revalidatePath('/', 'layout');
  return done;
}

/**
 * The POS sends its cart as an object (lines, discounts as typed, payments); the server prices it all
 * again. No page is re-rendered with the answer: the counter only needs the sale's number, and the
 * shop's other pages are rendered fresh on every visit.
 */
export async function finishSaleAction(input: Record<string, unknown>) {
  return serverAction(finishSale, input);
}
export async function parkSaleAction(input: Record<string, unknown>) {
  return serverAction(parkSale, input);
}
export async function resumeSaleAction(input: Record<string, unknown>) {
  return serverAction(resumeSale, input);
}
export async function createConsumerAction(input: Record<string, unknown>) {
  return serverAction(createConsumer, input);
}

export const voidSaleAction: FormAction = async (_p, f) => refreshed(serverAction(voidSale, f));
export const openRegisterAction: FormAction = async (_p, f) => refreshed(serverAction(openRegister, f));
export const moveRegisterCashAction: FormAction = async (_p, f) => refreshed(serverAction(moveRegisterCash, f));
/** Closing leads to the session's report (in the area of the form that closed it). */
export const closeRegisterAction: FormAction = async (_p, f) => {
  const area = SHOP_AREAS.find((a) => a === f.get('area')) ?? 'lojista';
  f.delete('area');
  const result = await refreshed(serverAction(closeRegister, f));
  if (result.ok) redirect(routes.shop.session(area, result.data.sessionId));
  return result;
};
export const createRegisterAction: FormAction = async (_p, f) => refreshed(serverAction(createRegister, f));
export const setRegisterLocationAction: FormAction = async (_p, f) => serverAction(setRegisterLocation, f, { revalidate: [routes.shop.settings()] });
export const chooseShopAction: FormAction = async (_p, f) => refreshed(serverAction(chooseShop, f));
export const saveShopSettingsAction: FormAction = async (_p, f) => refreshed(serverAction(saveShopSettings, f));
export const adjustShopStockAction: FormAction = async (_p, f) => refreshed(serverAction(adjustShopStock, f));
export const setShopMinimumAction: FormAction = async (_p, f) => refreshed(serverAction(setShopMinimum, f));
export const setProductSupplierAction: FormAction = async (_p, f) => refreshed(serverAction(setProductSupplier, f));
export const createSupplierAction: FormAction = async (_p, f) => refreshed(serverAction(createSupplier, f));
export const receivePurchaseAction: FormAction = async (_p, f) => refreshed(serverAction(receivePurchaseRequest, f));
export const cancelPurchaseAction: FormAction = async (_p, f) => refreshed(serverAction(cancelPurchaseRequest, f));
/** The reviewed request arrives as an object (its lines' quantities and the notes). */
export async function sendPurchaseAction(input: Record<string, unknown>) {
  return refreshed(serverAction(sendPurchaseRequest, input));
}
/** The bill's file arrives as an upload: its size is checked here and its bytes (PDF or image) in the use case. */
export const createBillAction: FormAction = async (_p, formData) => {
  const upload = formData.get('file');
  const input = formDataToObject(formData);
  if (upload instanceof File && upload.size > MAX_DOCUMENT_BYTES) return { ok: false, error: 'shop.errors.billFileSize', fieldErrors: { file: ['shop.errors.billFileSize'] }, values: input as Record<string, string> };
  const file = upload instanceof File && upload.size > 0 ? Buffer.from(await upload.arrayBuffer()).toString('base64') : '';
  return refreshed(serverAction(createBill, { ...input, file }));
};
export const payBillAction: FormAction = async (_p, f) => refreshed(serverAction(payBill, f));
export const editBillAction: FormAction = async (_p, f) => serverAction(editBill, f, { revalidate: [routes.shop.bills()] });
/** Removing an installment leads back to the bills. */
export const removeBillAction: FormAction = async (_p, f) => {
  const result = await serverAction(removeBill, f, { revalidate: [routes.shop.bills()] });
  if (result.ok) redirect(routes.shop.bills());
  return result;
};
export const setRetailPriceAction: FormAction = async (_p, f) => refreshed(serverAction(setRetailPrice, f));
export const emailReceiptAction: FormAction = async (_p, f) => serverAction(emailReceipt, f);
export const transferShopStockAction: FormAction = async (_p, f) => refreshed(serverAction(transferShopStock, f));
export const addShopLocationAction: FormAction = async (_p, f) => refreshed(serverAction(addShopLocation, f));
