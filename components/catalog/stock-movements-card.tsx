import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { Pager } from '@/components/data-table/pager';
import { TableView } from '@/components/data-table/table-view';
import { getDb } from '@/db/client';
import { listStockMovements } from '@/lib/catalog/stock-movements';
import { routes } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { stockMovementColumns } from './stock-movements-table/columns';

/** The product's stock ledger on its admin page: what moved, where, why, by whom, and the order or return behind it. */
export async function StockMovementsCard({ actor, productId, page }: { actor: Actor; productId: string; page: number }) {
  const [result, t] = await Promise.all([listStockMovements(getDb(), actor, productId, page), getTranslations('catalog.movements')]);
  return (
    <Card title={t('title')} className="mt-6">
      {result.total === 0 ? (
        <p className="text-sm text-stone-600">{t('empty')}</p>
      ) : (
        <div className="space-y-3">
          <TableView columns={await stockMovementColumns()} rows={result.rows} rowKey={(m) => m.id} rowClassName={() => 'align-top'} variant="plain" testId="stock-movements" />
          <p className="text-xs text-stone-500">{t('legend')}</p>
          <Pager total={result.total} page={result.page} pageSize={result.pageSize} hrefFor={(p) => routes.products.movements(productId, p)} />
        </div>
      )}
    </Card>
  );
}
