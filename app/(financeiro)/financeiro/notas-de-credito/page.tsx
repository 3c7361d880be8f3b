import { CreditNotesPage } from '@/components/returns/credit-notes-page';
import { requirePermission } from '@/lib/auth/session';

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.financeiro');
  const actor = await requirePermission('credit_notes.read');
  return <CreditNotesPage actor={actor} searchParams={await searchParams} />;
}
