import { ReturnsIndex } from '@/components/returns/returns-index';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function ReturnsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('returns.read');
  return <ReturnsIndex actor={actor} area="comercial" searchParams={await searchParams} />;
}

export default withPageMessages('(comercial)/comercial/devolucoes', ReturnsPage);
