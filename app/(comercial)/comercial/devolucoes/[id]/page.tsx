import { ReturnDetailPage } from '@/components/returns/return-detail-page';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function ReturnPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ nova?: string }> }) {
  await requirePermission('area.comercial');
  const actor = await requirePermission('returns.read');
  const [{ id }, { nova }] = await Promise.all([params, searchParams]);
  return <ReturnDetailPage actor={actor} id={id} area="comercial" created={nova === '1'} />;
}

export default withPageMessages('(comercial)/comercial/devolucoes/[id]', ReturnPage);
