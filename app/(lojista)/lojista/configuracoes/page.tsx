import { ShopSettingsPage } from '@/components/shop/settings-page';
import { withPageMessages } from '@/components/i18n/with-page-messages';
import { requirePermission } from '@/lib/auth/session';

async function Page() {
  await requirePermission('area.lojista');
  return <ShopSettingsPage actor={await requirePermission('shop.settings')} />;
}

export default withPageMessages('(lojista)/lojista/configuracoes', Page);
