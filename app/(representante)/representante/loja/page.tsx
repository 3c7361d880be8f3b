import { StorefrontPage } from '@/components/storefront/storefront-page';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.representante');
  const actor = await requirePermission('storefront.browse');
  return <StorefrontPage actor={actor} area="representante" searchParams={await searchParams} />;
}

export default withPageMessages('(representante)/representante/loja', Page);
