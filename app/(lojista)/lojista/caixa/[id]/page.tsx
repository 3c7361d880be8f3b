import { SessionReportPage } from '@/components/shop/session-report-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('area.lojista');
  return <SessionReportPage actor={await requirePermission('registers.operate')} area="lojista" id={(await params).id} />;
}

export default withPageMessages('(lojista)/lojista/caixa/[id]', Page);
