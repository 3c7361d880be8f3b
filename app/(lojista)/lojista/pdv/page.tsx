import { PosPage } from '@/components/shop/pos-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page() {
  await requirePermission('area.lojista');
  return <PosPage actor={await requirePermission('pos.sell')} area="lojista" />;
}

export default withPageMessages('(lojista)/lojista/pdv', Page);
