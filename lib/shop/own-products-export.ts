import 'server-only';
import { csvDownload, csvMoney } from '@/lib/csv';
import { translatorFor } from '@/lib/i18n/translator';
import { parseQuery } from '@/lib/server/clean-input';
import { routeHandler } from '@/lib/server/route-handler';
import { currentShop } from './current';
import { iterateOwnProducts, type OwnProductRow } from './own-product-queries';
import { ownProductsFilterSchema } from './own-product-schemas';

const COLUMNS = ['referencia', 'nome', 'categoria', 'marca', 'fornecedor', 'custo', 'preco', 'preco_proprio', 'variantes', 'estoque', 'ativo'] as const;

/** Streams the shop's own products, filtered and sorted like the list, as CSV for Brazilian Excel. */
export const exportOwnProductsCsv = routeHandler('shop.products', async ({ db, actor, searchParams }) => {
  const shop = await currentShop(db, actor);
  const filter = parseQuery(ownProductsFilterSchema, searchParams);
  const t = translatorFor(actor.locale);
  const toCells = (r: OwnProductRow) => [
    r.reference,
    r.name,
    r.category ?? '',
    r.brand ?? '',
    r.supplier ?? '',
    csvMoney(r.costCents),
    csvMoney(r.priceCents),
    r.ownPriceCents === null ? t('catalog.list.no') : t('catalog.list.yes'),
    r.variants,
    r.onHand,
    r.active ? t('catalog.list.yes') : t('catalog.list.no'),
  ];
  return csvDownload('produtos-da-loja', COLUMNS, iterateOwnProducts(db, actor, shop, filter), toCells);
});
