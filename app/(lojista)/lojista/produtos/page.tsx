import { OwnProductsPage } from '@/components/shop/own-products-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.lojista');
  return <OwnProductsPage actor={await requirePermission('shop.products')} searchParams={await searchParams} />;
}

export default withPageMessages('(lojista)/lojista/produtos', Page);
