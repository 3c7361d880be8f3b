import { NewOwnProductPage } from '@/components/shop/new-own-product-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page() {
  await requirePermission('area.lojista');
  return <NewOwnProductPage actor={await requirePermission('shop.products')} />;
}

export default withPageMessages('(lojista)/lojista/produtos/novo', Page);
