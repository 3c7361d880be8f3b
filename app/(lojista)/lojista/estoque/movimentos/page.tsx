import { ShopLedgerPage } from '@/components/shop/ledger-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.lojista');
  return <ShopLedgerPage actor={await requirePermission('shop.stock')} area="lojista" searchParams={await searchParams} />;
}

export default withPageMessages('(lojista)/lojista/estoque/movimentos', Page);
