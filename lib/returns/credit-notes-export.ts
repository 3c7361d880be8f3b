import 'server-only';
import { csvDownload } from '@/lib/csv';
import { routeHandler } from '@/lib/server/route-handler';
import { creditNoteFilterSchema, iterateCreditNotesForExport, type CreditNoteRow } from './credit-notes';
import { parseQuery } from '@/lib/server/clean-input';

const COLUMNS = ['numero', 'data', 'cliente', 'uf', 'devolucao', 'valor', 'situacao'] as const;
const toCells = (r: CreditNoteRow) => [r.number, r.createdAt.toISOString(), r.customerName, r.customerUf, r.returnNumber, (r.amountCents / 100).toFixed(2), r.status];

/** Streams the credit notes the caller may see, filtered like the table, as CSV. */
export const exportCreditNotesCsv = routeHandler('credit_notes.read', async ({ db, actor, searchParams }) => {
  const filter = parseQuery(creditNoteFilterSchema, searchParams);
  return csvDownload('notas-de-credito', COLUMNS, iterateCreditNotesForExport(db, actor, filter), toCells);
});
