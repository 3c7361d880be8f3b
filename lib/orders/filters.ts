import { z } from 'zod';
import { ORDER_STATUSES } from './transitions';

export const ORDER_PAGE_SIZE = 20;
/** A real calendar day (no 31 February), from 1900 on: anything else is dropped like any bad filter. */
const isDay = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 1900 && d.toISOString().slice(0, 10) === v;
};
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isDay)
  .optional()
  .catch(undefined);

/** The orders table's filters, read from the URL (bad values are dropped, never an error page). */
export const orderFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum([...ORDER_STATUSES, 'queue']).optional().catch(undefined),
  rep: z.uuid().optional().catch(undefined),
  /** One customer's orders (the customer page's "all orders" link). */
  customer: z.uuid().optional().catch(undefined),
  uf: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  channel: z.uuid().optional().catch(undefined),
  collection: z.string().trim().max(80).optional().catch(undefined),
  from: date,
  to: date,
  sort: z.enum(['number', 'date', 'customer', 'total', 'status']).catch('date'),
  dir: z.enum(['asc', 'desc']).catch('desc'),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});
export type OrderFilter = z.infer<typeof orderFilterSchema>;
