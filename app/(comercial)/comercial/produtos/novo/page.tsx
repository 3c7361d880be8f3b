import { getTranslations } from 'next-intl/server';
import { ProductForm } from '@/components/catalog/product-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { withPageMessages } from '@/components/i18n/with-page-messages';

async function NewProductPage() {
  await requirePermission('area.comercial');
  await requirePermission('catalog.manage');
  const t = await getTranslations('catalog');
  return (
    <>
      <PageHeader title={t('new')} description={t('newDescription')} />
      <Card>
        <ProductForm />
      </Card>
    </>
  );
}

export default withPageMessages('(comercial)/comercial/produtos/novo', NewProductPage);
