import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Pager } from '@/components/data-table/pager';
import { formatDocument } from '@/lib/crm/document';
import type { CustomerListRow } from '@/lib/crm/queries';
import type { CustomerFilter } from '@/lib/crm/schemas';
import { filterQuery } from './customer-filters';

type SortKey = CustomerFilter['sort'];

function SortHeader({ label, column, filter, basePath }: { label: string; column: SortKey; filter: CustomerFilter; basePath: string }) {
  const active = filter.sort === column;
  const dir = active && filter.dir === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" className="px-3 py-2 text-left font-medium whitespace-nowrap" aria-sort={active ? (filter.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <Link href={`${basePath}?${filterQuery({ ...filter, sort: column, dir, page: 1 })}`} className="inline-flex items-center gap-1 hover:text-stone-950">
        {label}
        <span aria-hidden className="text-stone-400">
          {active ? (filter.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </Link>
    </th>
  );
}

/** Server-paginated customers table; with `selectable`, each row has a checkbox for the transfer form. */
export async function CustomersTable({
  result,
  filter,
  basePath,
  selectable,
  showCredit,
}: {
  result: { rows: CustomerListRow[]; total: number; page: number; pageSize: number };
  filter: CustomerFilter;
  basePath: string;
  selectable: boolean;
  showCredit: boolean;
}) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="min-w-full divide-y divide-stone-200 text-sm">
          <thead className="bg-stone-50">
            <tr>
              {selectable && (
                <th scope="col" className="w-8 px-3 py-2">
                  <span className="sr-only">{t('customers.select')}</span>
                </th>
              )}
              <SortHeader label={t('customers.fields.name')} column="name" filter={filter} basePath={basePath} />
              <th scope="col" className="px-3 py-2 text-left font-medium">{t('customers.fields.document')}</th>
              <SortHeader label={t('customers.fields.city')} column="city" filter={filter} basePath={basePath} />
              <SortHeader label={t('customers.fields.uf')} column="uf" filter={filter} basePath={basePath} />
              <th scope="col" className="px-3 py-2 text-left font-medium">{t('customers.fields.representative')}</th>
              {showCredit && <SortHeader label={t('customers.fields.creditLimit')} column="creditLimit" filter={filter} basePath={basePath} />}
              <th scope="col" className="px-3 py-2 text-left font-medium">{t('customers.fields.status')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {result.rows.map((c) => (
              <tr key={c.id} className="hover:bg-stone-50">
                {selectable && (
                  <td className="px-3 py-2">
                    <input type="checkbox" name="customerIds" value={c.id} form="transfer-form" aria-label={t('customers.selectOne', { name: c.name })} />
                  </td>
                )}
                <td className="px-3 py-2">
                  <Link href={`${basePath}/${c.id}`} className="font-medium text-brand-800 hover:underline">
                    {c.name}
                  </Link>
                  {c.tradeName && <span className="block text-xs text-stone-500">{c.tradeName}</span>}
                </td>
                <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{formatDocument(c.document)}</td>
                <td className="px-3 py-2">{c.city ?? '—'}</td>
                <td className="px-3 py-2">{c.uf}</td>
                <td className="px-3 py-2">{c.representativeName ?? <span className="text-stone-400">{t('customers.noRepresentative')}</span>}</td>
                {showCredit && <td className="px-3 py-2 text-right tabular-nums">{format.number(c.creditLimitCents / 100, 'money')}</td>}
                <td className="px-3 py-2">
                  <Badge tone={c.status === 'active' ? 'green' : 'red'}>{t(`customers.statuses.${c.status}`)}</Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager total={result.total} page={result.page} pageSize={result.pageSize} hrefFor={(page) => `${basePath}?${filterQuery({ ...filter, page })}`} />
    </div>
  );
}
