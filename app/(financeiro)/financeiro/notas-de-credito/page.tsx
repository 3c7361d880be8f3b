import { CreditNotesPage } from '@/components/returns/credit-notes-page';
import { requirePermission } from '@/lib/auth/session';

export default async function Page() {
  await requirePermission('area.financeiro');
  const actor = await requirePermission('credit_notes.read');
  return <CreditNotesPage actor={actor} />;
}
