import { getTranslations } from 'next-intl/server';
import { Notice } from '@/components/ui/notice';

/** What a shop page shows to someone who works in no shop (an owner whose shops are not on Venda yet). */
export async function NoShopNotice() {
  const t = await getTranslations('shop.errors');
  return <Notice tone="warning">{t('noShop')}</Notice>;
}
