import { exportCreditNotesCsv } from '@/lib/returns/credit-notes-export';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return exportCreditNotesCsv(request);
}
