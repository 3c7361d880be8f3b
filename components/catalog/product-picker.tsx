'use client';

import { useTranslations } from 'next-intl';
import { SearchPicker, type PickerField } from '@/components/forms/search-picker';
import type { ProductSuggestion } from '@/lib/catalog/product-suggestion';
import { routes } from '@/lib/routes';

/** A match as the picker shows it: reference and name, then collection and category. */
function ProductMatch({ product }: { product: ProductSuggestion }) {
  return (
    <>
      <span className="font-mono text-xs text-stone-600">{product.reference}</span> <span className="font-medium text-stone-900">{product.name}</span>
      {product.detail && <span className="block text-xs text-stone-600">{product.detail}</span>}
    </>
  );
}

/**
 * Chooses one product by typing part of its reference or name (the catalog team's search route)
 * instead of scrolling a select of the whole catalog. The form gets a hidden input `name` with the id.
 */
export function ProductPicker(field: PickerField) {
  const t = useTranslations('catalog.picker');
  return (
    <SearchPicker<ProductSuggestion>
      {...field}
      multiple={false}
      initial={[]}
      onChosen={() => {}}
      urlFor={routes.api.productSearch}
      labels={{
        results: t('results'),
        searching: t('searching'),
        none: t('none'),
        chosen: t('chosen'),
        placeholder: t('placeholder'),
        keysHint: t('hint'),
        removeShort: t('removeShort'),
        remove: (name) => t('remove', { name }),
      }}
      renderMatch={(p) => <ProductMatch product={p} />}
      testId="chosen-product"
    />
  );
}
