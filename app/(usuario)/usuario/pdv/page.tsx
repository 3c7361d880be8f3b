import { PosPage } from '@/components/shop/pos-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page() {
  await requirePermission('area.usuario');
  return <PosPage actor={await requirePermission('pos.sell')} area="usuario" />;
}

export default withPageMessages('(usuario)/usuario/pdv', Page);
