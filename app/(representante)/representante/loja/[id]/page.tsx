import { StorefrontProductPage } from '@/components/storefront/storefront-product-page';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('area.representante');
  const actor = await requirePermission('storefront.browse');
  return <StorefrontProductPage actor={actor} id={(await params).id} area="representante" />;
}

export default withPageMessages('(representante)/representante/loja/[id]', Page);
