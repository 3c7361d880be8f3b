import { SessionReportPage } from '@/components/shop/session-report-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('area.usuario');
  return <SessionReportPage actor={await requirePermission('registers.operate')} area="usuario" id={(await params).id} />;
}

export default withPageMessages('(usuario)/usuario/caixa/[id]', Page);
