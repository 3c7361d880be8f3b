import 'server-only';
import { csvDateTime, csvDownload, csvMoney } from '@/lib/csv';
import { translatorFor } from '@/lib/i18n/translator';
import { routeHandler } from '@/lib/server/route-handler';
import { creditNoteFilterSchema, iterateCreditNotesForExport, type CreditNoteRow } from './credit-notes';
import { parseQuery } from '@/lib/server/clean-input';

const COLUMNS = ['numero', 'data', 'cliente', 'uf', 'devolucao', 'valor', 'situacao'] as const;

/** Streams the credit notes the caller may see, filtered like the table, as CSV. */
export const exportCreditNotesCsv = routeHandler('credit_notes.read', async ({ db, actor, searchParams }) => {
  const filter = parseQuery(creditNoteFilterSchema, searchParams);
  const t = translatorFor(actor.locale);
  const toCells = (r: CreditNoteRow) => [r.number, csvDateTime(r.createdAt), r.customerName, r.customerUf, r.returnNumber, csvMoney(r.amountCents), t(`returns.creditNotes.statuses.${r.status}`)];
  return csvDownload('notas-de-credito', COLUMNS, iterateCreditNotesForExport(db, actor, filter), toCells);
});
