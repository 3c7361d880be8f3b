import { SalesPage } from '@/components/shop/sales-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.usuario');
  return <SalesPage actor={await requirePermission('pos.sell')} area="usuario" searchParams={await searchParams} />;
}

export default withPageMessages('(usuario)/usuario/vendas', Page);
