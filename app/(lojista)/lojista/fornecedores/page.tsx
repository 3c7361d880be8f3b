import { SuppliersPage } from '@/components/shop/suppliers-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page() {
  await requirePermission('area.lojista');
  return <SuppliersPage actor={await requirePermission('shop.purchases')} />;
}

export default withPageMessages('(lojista)/lojista/fornecedores', Page);
