import { CreditNotesPage } from '@/components/returns/credit-notes-page';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.financeiro');
  const actor = await requirePermission('credit_notes.read');
  return <CreditNotesPage actor={actor} searchParams={await searchParams} />;
}

export default withPageMessages('(financeiro)/financeiro/notas-de-credito', Page);
