import { z } from 'zod';

export const PRODUCT_PAGE_SIZE = 25;

/** The comercial products list's filters, read from the URL (bad values are dropped, never an error page). */
export const productFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  collection: z.string().trim().max(80).optional().catch(undefined),
  category: z.string().trim().max(80).optional().catch(undefined),
  active: z.enum(['yes', 'no']).optional().catch(undefined),
  sort: z.enum(['reference', 'name', 'collection', 'category', 'price', 'onHand']).catch('reference'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});
export type ProductFilter = z.infer<typeof productFilterSchema>;
