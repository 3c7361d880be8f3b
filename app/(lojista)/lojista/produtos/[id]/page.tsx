import { OwnProductPage } from '@/components/shop/own-product-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ novo?: string }> }) {
  await requirePermission('area.lojista');
  return <OwnProductPage actor={await requirePermission('shop.products')} id={(await params).id} created={(await searchParams).novo === '1'} />;
}

export default withPageMessages('(lojista)/lojista/produtos/[id]', Page);
