import { exportCreditNotesCsv } from '@/lib/returns/credit-notes-export';

export const dynamic = 'force-dynamic';

export const GET = exportCreditNotesCsv;
