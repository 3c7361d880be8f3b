import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { Column } from '@/components/data-table/column';
import { EmptyState } from '@/components/data-table/empty-state';
import { RowLink } from '@/components/data-table/row-link';
import { ServerTable } from '@/components/data-table/server-table';
import { Badge } from '@/components/ui/badge';
import { Card, PageHeader, StatCard } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { centsToInput } from '@/lib/money';
import { routes } from '@/lib/routes';
import { parseQuery } from '@/lib/server/clean-input';
import type { Actor } from '@/lib/server/context';
import { billState } from '@/lib/shop/bill-math';
import { billsFilterSchema, listBills, type BillRow } from '@/lib/shop/bill-queries';
import { findCurrentShop } from '@/lib/shop/current';
import { purchaseForBill, shopSuppliers } from '@/lib/shop/purchase-queries';
import { NewBillForm, PayBillForm } from './bill-forms';
import { NoShopNotice } from './no-shop-notice';
import { ShopHeader } from './shop-header';

const TONE = { paid: 'green', overdue: 'red', due: 'neutral' } as const;
const SITUATIONS = [undefined, 'abertas', 'vencidas', 'pagas'] as const;

/** Accounts payable: what is open and overdue, the bills by due date with their payment, and a new bill (from a received purchase request, prefilled). */
export async function BillsPage({ actor, searchParams }: { actor: Actor; searchParams: Record<string, string | string[] | undefined> }) {
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  if (!shop) return <NoShopNotice />;
  const filter = parseQuery(billsFilterSchema, searchParams);
  const [result, suppliers] = await Promise.all([listBills(db, actor, shop, filter), shopSuppliers(db, actor, shop)]);
  const t = await getTranslations('shop.bills');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'America/Sao_Paulo' });
  const purchase = await purchaseForBill(db, actor, shop, searchParams.compra);
  const label = (r: BillRow) => `${r.bill.description} ${r.bill.installment}/${r.bill.installments}`;
  const columns: Column<BillRow>[] = [
    {
      id: 'what',
      header: t('what'),
      cell: (r) => (
        <>
          <RowLink href={routes.shop.bill(r.bill.id)}>{r.bill.description}</RowLink>
          <span className="block text-xs text-stone-700">{[r.supplier ?? t('noSupplier'), r.bill.category].join(' · ')}</span>
          {r.bill.fileKey && (
            <a className="text-xs text-brand-800 underline" href={routes.shop.billFile(r.bill.id)} target="_blank" rel="noreferrer">
              {t('openFile')}
            </a>
          )}
        </>
      ),
    },
    { id: 'installment', header: t('installment'), cell: (r) => t('installmentOf', { n: r.bill.installment, of: r.bill.installments }) },
    { id: 'due', header: t('dueOn'), cell: (r) => day(r.bill.dueOn) },
    { id: 'amount', header: t('amount'), align: 'right', className: 'tabular-nums', cell: (r) => money(r.bill.amountCents) },
    {
      id: 'state',
      header: t('situation'),
      cell: (r) => {
        const state = billState(r.bill, result.today);
        return (
          <div className="space-y-1">
            <Badge tone={TONE[state]}>{t(`states.${state}`)}</Badge>
            {r.bill.paidOn ? (
              <span className="block text-xs text-stone-600">{t('paidInfo', { date: day(r.bill.paidOn), amount: money(r.bill.paidCents ?? 0) })}</span>
            ) : (
              <PayBillForm billId={r.bill.id} label={label(r)} today={result.today} amount={centsToInput(r.bill.amountCents)} />
            )}
          </div>
        );
      },
    },
  ];
  const names = { abertas: t('open'), vencidas: t('overdue'), pagas: t('paid') } as const;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ShopHeader actor={actor} shop={shop} />
      <div className="mb-6 grid gap-4 sm:grid-cols-2">
        <StatCard label={t('open')} value={money(result.openCents)} />
        <StatCard label={t('overdueN', { n: result.overdue })} value={money(result.overdueCents)} />
      </div>
      <nav aria-label={t('situation')} className="mb-4 flex flex-wrap gap-2 text-sm">
        {SITUATIONS.map((s) => (
          <Link key={s ?? 'all'} href={s ? `${routes.shop.bills()}?situacao=${s}` : routes.shop.bills()} aria-current={filter.situacao === s ? 'page' : undefined} className={`btn ${filter.situacao === s ? 'btn-primary' : 'btn-secondary'}`}>
            {s ? names[s] : t('all')}
          </Link>
        ))}
      </nav>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <ServerTable
          columns={columns}
          rows={result.rows}
          rowKey={(r) => r.bill.id}
          rowClassName={(r) => (billState(r.bill, result.today) === 'overdue' ? 'bg-red-50' : '')}
          basePath={routes.shop.bills()}
          params={{ situacao: filter.situacao }}
          paging={{ total: result.total, page: result.page, pageSize: result.pageSize }}
          testId="bills"
          emptyState={<EmptyState title={filter.situacao ? t('emptyFiltered') : t('empty')} description={t('description')} />}
        />
        <Card title={purchase ? t('fromPurchase', { number: purchase.number }) : t('add')}>
          <NewBillForm
            suppliers={suppliers.map((s) => ({ id: s.id, name: s.name }))}
            prefill={purchase ? { purchaseRequestId: purchase.id, supplierId: purchase.supplierId ?? '', description: t('fromPurchase', { number: purchase.number }), amount: '' } : null}
            today={result.today}
          />
        </Card>
      </div>
    </>
  );
}
