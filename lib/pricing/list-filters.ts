import { z } from 'zod';
import { UFS } from '@/lib/crm/document';

export const PRICE_LIST_PAGE_SIZE = 25;

/**
 * Which price list the comercial screen shows (scenario × destination UF × origin) and how its
 * products are filtered, sorted and paged, read from the URL (bad values are dropped, never an error page).
 */
export const priceListFilterSchema = z.object({
  scenario: z.uuid().optional().catch(undefined),
  uf: z.enum(UFS).catch('SC'),
  channel: z.uuid().optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  /** Only the prices edited by hand. */
  changed: z.literal('1').optional().catch(undefined),
  sort: z.enum(['reference', 'name', 'basePrice', 'price']).catch('reference'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});
export type PriceListFilter = z.infer<typeof priceListFilterSchema>;
