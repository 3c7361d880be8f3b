import { withQuery, type QueryParams } from '@/lib/query-string';

/** The areas that browse the storefront: a shop for itself, a representative for the customer it serves. */
export const STOREFRONT_AREAS = ['representante', 'lojista'] as const;
export type StorefrontArea = (typeof STOREFRONT_AREAS)[number];

export const storefront = {
  list: (area: StorefrontArea, query?: QueryParams) => withQuery(`/${area}/loja`, query),
  product: (area: StorefrontArea, id: string) => `/${area}/loja/${id}`,
};
