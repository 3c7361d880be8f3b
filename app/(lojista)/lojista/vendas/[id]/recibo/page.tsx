import { ReceiptPage } from '@/components/shop/receipt-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ formato?: string }> }) {
  await requirePermission('area.lojista');
  return <ReceiptPage actor={await requirePermission('pos.sell')} area="lojista" id={(await params).id} format={(await searchParams).formato} />;
}

export default withPageMessages('(lojista)/lojista/vendas/[id]/recibo', Page);
