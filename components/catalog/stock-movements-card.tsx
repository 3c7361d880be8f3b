import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { Pager } from '@/components/data-table/pager';
import { getDb } from '@/db/client';
import { listStockMovements } from '@/lib/catalog/stock-movements';
import type { Actor } from '@/lib/server/context';

/** The product's stock ledger on its admin page: what moved, where, why, by whom, and the order or return behind it. */
export async function StockMovementsCard({ actor, productId, page, basePath }: { actor: Actor; productId: string; page: number; basePath: string }) {
  const [result, t, format] = await Promise.all([listStockMovements(getDb(), actor, productId, page), getTranslations('catalog.movements'), getFormatter()]);
  return (
    <Card title={t('title')} className="mt-6">
      {result.total === 0 ? (
        <p className="text-sm text-stone-600">{t('empty')}</p>
      ) : (
        <div className="space-y-3">
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm" data-testid="stock-movements">
              <thead className="text-left text-stone-600">
                <tr>
                  {(['at', 'channel', 'variant', 'kind', 'quantity', 'document', 'by'] as const).map((c) => (
                    <th key={c} scope="col" className={`py-1 pr-3 font-medium ${c === 'quantity' ? 'text-right' : ''}`}>
                      {t(`columns.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows.map((m) => (
                  <tr key={m.id} className="border-t border-stone-100 align-top">
                    <td className="py-1.5 pr-3 whitespace-nowrap">{format.dateTime(m.at, 'short')}</td>
                    <td className="py-1.5 pr-3">{m.channelCode}</td>
                    <td className="py-1.5 pr-3">
                      {m.colorName} {m.size}
                      <span className="block font-mono text-xs text-stone-500">{m.sku}</span>
                    </td>
                    <td className="py-1.5 pr-3">
                      {t(`kinds.${m.kind}`)}
                      {m.reason && <span className="block text-xs text-stone-500">{m.reason}</span>}
                    </td>
                    <td className={`py-1.5 pr-3 text-right tabular-nums ${m.quantity < 0 ? 'text-red-700' : ''}`}>{m.quantity > 0 ? `+${m.quantity}` : m.quantity}</td>
                    <td className="py-1.5 pr-3">
                      {m.orderId ? (
                        <Link href={`/comercial/pedidos/${m.orderId}`} className="text-brand-800 hover:underline">
                          {t('order', { number: m.orderNumber! })}
                        </Link>
                      ) : m.returnId ? (
                        <Link href={`/comercial/devolucoes/${m.returnId}`} className="text-brand-800 hover:underline">
                          {t('return', { number: m.returnNumber! })}
                        </Link>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td className="py-1.5">{m.actorName ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="text-xs text-stone-500">{t('legend')}</p>
          <Pager total={result.total} page={result.page} pageSize={result.pageSize} hrefFor={(p) => `${basePath}?movimentos=${p}#movimentos`} />
        </div>
      )}
    </Card>
  );
}
