import { csvDownload, csvMoney } from '@/lib/csv';
import { translatorFor } from '@/lib/i18n/translator';
import { parseQuery } from '@/lib/server/clean-input';
import type { RouteContext, RouteParams } from '@/lib/server/route-core';
import { productFilterSchema } from './product-filters';
import { iterateProductsForExport, type ProductListRow } from './queries';

const COLUMNS = ['referencia', 'nome', 'colecao', 'categoria', 'preco_base', 'variantes', 'estoque', 'ativo'] as const;

/** The products the comercial list shows, filtered and sorted like the table, as a Brazilian CSV. */
export async function productsCsv({ db, actor, searchParams }: RouteContext<RouteParams, 'catalog.manage'>): Promise<Response> {
  const filter = parseQuery(productFilterSchema, searchParams);
  const t = translatorFor(actor.locale);
  const toCells = (p: ProductListRow) => [p.reference, p.name, p.collection, p.category, csvMoney(p.basePriceCents), p.variants, p.onHand, t(p.active ? 'catalog.list.yes' : 'catalog.list.no')];
  return csvDownload('produtos', COLUMNS, iterateProductsForExport(db, actor, filter), toCells);
}
