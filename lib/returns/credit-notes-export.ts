import 'server-only';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { getCurrentActor } from '@/lib/auth/session';
import { csvDownload } from '@/lib/csv';
import { creditNoteFilterSchema, iterateCreditNotesForExport, type CreditNoteRow } from './credit-notes';

const COLUMNS = ['numero', 'data', 'cliente', 'uf', 'devolucao', 'valor', 'situacao'] as const;
const toCells = (r: CreditNoteRow) => [r.number, r.createdAt.toISOString(), r.customerName, r.customerUf, r.returnNumber, (r.amountCents / 100).toFixed(2), r.status];

/** Streams the credit notes the caller may see, filtered like the table, as CSV. */
export async function exportCreditNotesCsv(request: Request): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  if (!can(actor.role, 'credit_notes.read')) return new Response('Forbidden', { status: 403 });
  const filter = creditNoteFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return csvDownload('notas-de-credito', COLUMNS, iterateCreditNotesForExport(getDb(), actor, filter), toCells);
}
