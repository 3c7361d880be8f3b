import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PrintButton } from '@/components/ui/print-button';
import { getDb } from '@/db/client';
import { routes, type ShopArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { saleDetail } from '@/lib/shop/sale-queries';
import { Receipt } from './receipt';

/** The printable receipt: 80 mm thermal roll or A4, the page's print size set to match. */
export async function ReceiptPage({ actor, area, id, format }: { actor: Actor; area: ShopArea; id: string; format: string | undefined }) {
  const sale = await saleDetail(getDb(), actor, id);
  if (!sale) notFound();
  const t = await getTranslations('shop');
  const narrow = format !== 'a4';
  return (
    <>
      <style>{narrow ? '@page { size: 80mm auto; margin: 3mm; }' : '@page { size: A4; margin: 15mm; }'}</style>
      <div className="mb-4 flex flex-wrap items-center gap-2 print:hidden">
        <Link href={routes.shop.sale(area, id)} className="text-brand-800 hover:underline">
          ← {t('receipt.back')}
        </Link>
        <span className="ml-auto text-sm text-stone-600">{t('receipt.format')}:</span>
        <Link className={`btn ${narrow ? 'btn-primary' : 'btn-secondary'}`} href={routes.shop.receipt(area, id, '80mm')} aria-current={narrow ? 'page' : undefined}>
          {t('pos.receipt80')}
        </Link>
        <Link className={`btn ${!narrow ? 'btn-primary' : 'btn-secondary'}`} href={routes.shop.receipt(area, id, 'a4')} aria-current={!narrow ? 'page' : undefined}>
          {t('pos.receiptA4')}
        </Link>
        <PrintButton label={t('receipt.print')} />
      </div>
      <div className="bg-white p-4 print:p-0">
        <Receipt sale={sale} narrow={narrow} />
      </div>
    </>
  );
}
