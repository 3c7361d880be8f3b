'use server';

import { revalidatePath } from 'next/cache';
import { ORDERS_AREAS, routes } from '@/lib/routes';
import { serverAction as run } from '@/lib/server/action';
import type { ActionResult } from '@/lib/server/use-case';
import { adjustOrder } from './adjust';
import { addPaymentTerm, removeUfMinimum, saveOrderSettings, setUfMinimum, togglePaymentTerm } from './condition-use-cases';
import { approveOrder, cancelOrder, deliverOrder, invoiceOrder, rejectOrder, releaseOrder, shipOrder, withdrawOrder } from './lifecycle-use-cases';
import { reorder } from './reorder';
import { addPackToOrder, addToOrder, removeOrderProduct, setProductLines, submitOrder, updateOrderTerms } from './use-cases';

type Action = (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;
const ORDER_PAGES = ORDERS_AREAS.map((area) => routes.orders.list(area));

/** An order change shows on every page that lists or details orders, and on the storefront's stock: refresh them all. */
const serverAction: typeof run = async (useCase, input, options) => {
  const result = await run(useCase, input, options);
  if (result.ok) revalidatePath('/', 'layout');
  return result;
};

export const addToOrderAction: Action = async (_p, f) => serverAction(addToOrder, f, { revalidate: ORDER_PAGES });
export const addPackToOrderAction: Action = async (_p, f) => serverAction(addPackToOrder, f, { revalidate: ORDER_PAGES });
export const setProductLinesAction: Action = async (_p, f) => serverAction(setProductLines, f, { revalidate: ORDER_PAGES });
export const removeOrderProductAction: Action = async (_p, f) => serverAction(removeOrderProduct, f, { revalidate: ORDER_PAGES });
export const updateOrderTermsAction: Action = async (_p, f) => serverAction(updateOrderTerms, f, { revalidate: ORDER_PAGES });
export const submitOrderAction: Action = async (_p, f) => serverAction(submitOrder, f, { revalidate: ORDER_PAGES });
export const reorderAction: Action = async (_p, f) => serverAction(reorder, f, { revalidate: ORDER_PAGES });

export const approveOrderAction: Action = async (_p, f) => serverAction(approveOrder, f, { revalidate: ORDER_PAGES });
export const rejectOrderAction: Action = async (_p, f) => serverAction(rejectOrder, f, { revalidate: ORDER_PAGES });
export const releaseOrderAction: Action = async (_p, f) => serverAction(releaseOrder, f, { revalidate: ORDER_PAGES });
export const cancelOrderAction: Action = async (_p, f) => serverAction(cancelOrder, f, { revalidate: ORDER_PAGES });
export const withdrawOrderAction: Action = async (_p, f) => serverAction(withdrawOrder, f, { revalidate: ORDER_PAGES });
export const invoiceOrderAction: Action = async (_p, f) => serverAction(invoiceOrder, f, { revalidate: ORDER_PAGES });
export const shipOrderAction: Action = async (_p, f) => serverAction(shipOrder, f, { revalidate: ORDER_PAGES });
export const deliverOrderAction: Action = async (_p, f) => serverAction(deliverOrder, f, { revalidate: ORDER_PAGES });
export const adjustOrderAction: Action = async (_p, f) => serverAction(adjustOrder, f, { revalidate: ORDER_PAGES });

const CONDITIONS = [routes.orders.conditions()];
export const saveOrderSettingsAction: Action = async (_p, f) => serverAction(saveOrderSettings, f, { revalidate: CONDITIONS });
export const setUfMinimumAction: Action = async (_p, f) => serverAction(setUfMinimum, f, { revalidate: CONDITIONS });
export const removeUfMinimumAction: Action = async (_p, f) => serverAction(removeUfMinimum, f, { revalidate: CONDITIONS });
export const addPaymentTermAction: Action = async (_p, f) => serverAction(addPaymentTerm, f, { revalidate: CONDITIONS });
export const togglePaymentTermAction: Action = async (_p, f) => serverAction(togglePaymentTerm, f, { revalidate: CONDITIONS });
