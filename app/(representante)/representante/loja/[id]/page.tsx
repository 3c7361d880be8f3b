import { StorefrontProductPage } from '@/components/storefront/storefront-product-page';
import { requirePermission } from '@/lib/auth/session';

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('area.representante');
  const actor = await requirePermission('storefront.browse');
  return <StorefrontProductPage actor={actor} id={(await params).id} area="representante" />;
}
