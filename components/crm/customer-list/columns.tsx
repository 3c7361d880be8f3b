import { getTranslations } from 'next-intl/server';
import type { Column } from '@/components/data-table/column';
import { formatDocument } from '@/lib/crm/document';

export type CustomerListItem = { id: string; name: string; document: string; uf: string; representativeName: string | null };

/** The short customer list of a home page. */
export async function customerListColumns(): Promise<Column<CustomerListItem>[]> {
  const t = await getTranslations('home');
  return [
    { id: 'customer', header: t('customer'), cell: (r) => r.name },
    { id: 'document', header: t('document'), className: 'font-mono text-xs', cell: (r) => formatDocument(r.document) },
    { id: 'uf', header: t('uf'), cell: (r) => r.uf },
  ];
}
