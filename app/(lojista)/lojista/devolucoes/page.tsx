import { ReturnsIndex } from '@/components/returns/returns-index';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function ReturnsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.lojista');
  const actor = await requirePermission('returns.read');
  return <ReturnsIndex actor={actor} area="lojista" searchParams={await searchParams} />;
}

export default withPageMessages('(lojista)/lojista/devolucoes', ReturnsPage);
