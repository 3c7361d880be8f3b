import { RegistersPage } from '@/components/shop/registers-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page() {
  await requirePermission('area.lojista');
  return <RegistersPage actor={await requirePermission('registers.operate')} area="lojista" />;
}

export default withPageMessages('(lojista)/lojista/caixa', Page);
