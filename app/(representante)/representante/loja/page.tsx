import { StorefrontPage } from '@/components/storefront/storefront-page';
import { requirePermission } from '@/lib/auth/session';

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.representante');
  const actor = await requirePermission('storefront.browse');
  return <StorefrontPage actor={actor} area="representante" searchParams={await searchParams} />;
}
