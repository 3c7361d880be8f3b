import { StorefrontPage } from '@/components/storefront/storefront-page';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('area.lojista');
  const actor = await requirePermission('storefront.browse');
  return <StorefrontPage actor={actor} area="lojista" searchParams={await searchParams} />;
}

export default withPageMessages('(lojista)/lojista/loja', Page);
