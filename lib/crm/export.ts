import 'server-only';
import { csvDownload } from '@/lib/csv';
import { translatorFor } from '@/lib/i18n/translator';
import { routeHandler } from '@/lib/server/route-handler';
import { CUSTOMER_CSV_COLUMNS, customerToCsvRow } from './csv-format';
import { iterateCustomersForExport } from './queries';
import { customerFilterSchema } from './schemas';
import { parseQuery } from '@/lib/server/clean-input';

/** Streams the customers the caller may see, filtered like the table, as CSV that imports back unchanged. */
export const exportCustomersCsv = routeHandler('customers.export', async ({ db, actor, searchParams }) => {
  const filter = parseQuery(customerFilterSchema, searchParams);
  const t = translatorFor(actor.locale);
  const status = (s: string) => (s === 'blocked' ? t('customers.statuses.blocked') : t('customers.statuses.active'));
  return csvDownload('clientes', CUSTOMER_CSV_COLUMNS, iterateCustomersForExport(db, actor, filter), (r) => customerToCsvRow(r, status));
});
