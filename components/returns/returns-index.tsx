import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { EmptyState } from '@/components/data-table/empty-state';
import { PageHeader } from '@/components/ui/card';
import { FilterSelect } from '@/components/forms/filter-select';
import { buttonClass } from '@/components/ui/button';
import { Pager } from '@/components/data-table/pager';
import { getDb } from '@/db/client';
import { filterQuery } from '@/lib/query-string';
import { listReturns, returnFilterSchema } from '@/lib/returns/queries';
import { RETURN_STATUSES } from '@/lib/returns/transitions';
import type { Actor } from '@/lib/server/context';
import { ReturnStatusBadge } from './return-status-badge';

/** Returns in the actor's scope: a shop its own, a representative its portfolio's, comercial all. */
export async function ReturnsIndex({ actor, basePath, searchParams }: { actor: Actor; basePath: string; searchParams: Record<string, string | string[] | undefined> }) {
  const filter = returnFilterSchema.parse(searchParams);
  const result = await listReturns(getDb(), actor, filter);
  const t = await getTranslations('returns');
  const format = await getFormatter();
  const shop = actor.role === 'lojista';
  return (
    <>
      <PageHeader title={t('list.title')} description={shop ? t('list.descriptionShop') : actor.role === 'representante' ? t('list.descriptionRep') : t('list.description')} />
      <form method="get" action={basePath} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <FilterSelect id="rf-status" name="status" label={t('list.columns.status')} allLabel={t("list.all")} value={filter.status} options={RETURN_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
        <button type="submit" className={buttonClass('primary')}>
          {t('list.filter')}
        </button>
      </form>
      {result.total === 0 ? (
        <EmptyState title={t('list.empty')} description={shop ? t('list.emptyShop') : t('list.empty')} />
      ) : (
        <div className="space-y-3">
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="min-w-full divide-y divide-stone-200 text-sm" data-testid="returns">
              <thead className="bg-stone-50 text-left">
                <tr>
                  {(['number', 'date', 'order', ...(shop ? [] : ['customer']), 'reason', 'pieces', 'status'] as const).map((c) => (
                    <th key={c} scope="col" className="px-3 py-2 font-medium">
                      {t(`list.columns.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {result.rows.map((r) => (
                  <tr key={r.id} className="hover:bg-stone-50">
                    <td className="px-3 py-2">
                      <Link href={`${basePath}/${r.id}`} className="font-medium text-brand-800 hover:underline">
                        #{r.number}
                      </Link>
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(r.createdAt, 'short')}</td>
                    <td className="px-3 py-2">#{r.orderNumber}</td>
                    {!shop && <td className="px-3 py-2">{r.customerName}</td>}
                    <td className="px-3 py-2">{t(`reasons.${r.reason}`)}</td>
                    <td className="px-3 py-2 tabular-nums">{r.pieces}</td>
                    <td className="px-3 py-2">
                      <ReturnStatusBadge status={r.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager total={result.total} page={filter.page} pageSize={result.pageSize} hrefFor={(page) => `${basePath}?${filterQuery({ ...filter, page })}`} />
        </div>
      )}
    </>
  );
}
