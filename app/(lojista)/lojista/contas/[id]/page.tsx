import { BillPage } from '@/components/shop/bill-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('area.lojista');
  return <BillPage actor={await requirePermission('shop.bills')} id={(await params).id} />;
}

export default withPageMessages('(lojista)/lojista/contas/[id]', Page);
