import { PurchasesPage } from '@/components/shop/purchases-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page() {
  await requirePermission('area.lojista');
  return <PurchasesPage actor={await requirePermission('shop.purchases')} />;
}

export default withPageMessages('(lojista)/lojista/compras', Page);
