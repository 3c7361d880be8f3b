import { PricesPage } from '@/components/shop/prices-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.lojista');
  return <PricesPage actor={await requirePermission('shop.prices')} searchParams={await searchParams} />;
}

export default withPageMessages('(lojista)/lojista/precos', Page);
