import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { centsToInput } from '@/lib/money';
import { routes } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { orNotFound } from '@/lib/server/not-found';
import { billState, saoPauloDate } from '@/lib/shop/bill-math';
import { billDetail } from '@/lib/shop/bill-queries';
import { findCurrentShop } from '@/lib/shop/current';
import { shopSuppliers } from '@/lib/shop/purchase-queries';
import { EditBillForm, PayBillForm, RemoveBillForm } from './bill-forms';
import { NoShopNotice } from './no-shop-notice';

const TONE = { paid: 'green', overdue: 'red', due: 'neutral' } as const;

/** One installment of a bill: its state and payment, the bill's other installments, its file, and (while open) its correction or removal. */
export async function BillPage({ actor, id }: { actor: Actor; id: string }) {
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  if (!shop) return <NoShopNotice />;
  const data = await orNotFound(billDetail(db, actor, shop, id));
  const suppliers = await shopSuppliers(db, actor, shop);
  const t = await getTranslations('shop.bills');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'America/Sao_Paulo' });
  const today = saoPauloDate();
  const { bill } = data;
  const state = billState(bill, today);
  const label = `${bill.description} ${bill.installment}/${bill.installments}`;
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={routes.shop.bills()} className="text-brand-800 hover:underline">
          ← {t('title')}
        </Link>
      </p>
      <PageHeader title={label} description={[data.supplier ?? t('noSupplier'), bill.category].join(' · ')} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card title={t('installment')}>
          <dl className="grid grid-cols-2 gap-3 text-sm">
            <dt className="text-stone-600">{t('dueOn')}</dt>
            <dd>{day(bill.dueOn)}</dd>
            <dt className="text-stone-600">{t('amount')}</dt>
            <dd className="tabular-nums">{money(bill.amountCents)}</dd>
            <dt className="text-stone-600">{t('situation')}</dt>
            <dd>
              <Badge tone={TONE[state]}>{t(`states.${state}`)}</Badge>
              {bill.paidOn && <span className="block text-xs text-stone-600">{t('paidInfo', { date: day(bill.paidOn), amount: money(bill.paidCents ?? 0) })}</span>}
            </dd>
            {bill.fileKey && (
              <>
                <dt className="text-stone-600">{t('file')}</dt>
                <dd>
                  <a className="text-brand-800 underline" href={routes.shop.billFile(bill.id)} target="_blank" rel="noreferrer">
                    {t('openFile')}
                  </a>
                </dd>
              </>
            )}
          </dl>
          {!bill.paidOn && (
            <div className="mt-4">
              <PayBillForm billId={bill.id} label={label} today={today} amount={centsToInput(bill.amountCents)} />
            </div>
          )}
          {data.group.length > 1 && (
            <>
              <h3 className="mt-6 mb-2 text-sm font-semibold">{t('allInstallments')}</h3>
              <ul className="divide-y divide-stone-100 text-sm">
                {data.group.map((b) => (
                  <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                    {b.id === bill.id ? (
                      <span className="font-medium">{t('installmentOf', { n: b.installment, of: b.installments })}</span>
                    ) : (
                      <Link href={routes.shop.bill(b.id)} className="text-brand-800 hover:underline">
                        {t('installmentOf', { n: b.installment, of: b.installments })}
                      </Link>
                    )}
                    <span>{day(b.dueOn)}</span>
                    <span className="tabular-nums">{money(b.amountCents)}</span>
                    <Badge tone={TONE[billState(b, today)]}>{t(`states.${billState(b, today)}`)}</Badge>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
        {!bill.paidOn && (
          <div className="space-y-6">
            <Card title={t('edit')}>
              <EditBillForm
                bill={{ billId: bill.id, supplierId: bill.supplierId ?? '', description: bill.description, category: bill.category, dueOn: bill.dueOn, amount: centsToInput(bill.amountCents) }}
                suppliers={suppliers.map((s) => ({ id: s.id, name: s.name }))}
              />
            </Card>
            <Card title={t('remove')}>
              <RemoveBillForm billId={bill.id} />
            </Card>
          </div>
        )}
      </div>
    </>
  );
}
