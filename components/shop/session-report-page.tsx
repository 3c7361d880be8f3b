import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card, StatCard } from '@/components/ui/card';
import { DetailHeader } from '@/components/ui/detail-header';
import { PrintButton } from '@/components/ui/print-button';
import { getDb } from '@/db/client';
import { routes, type ShopArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { sessionReport } from '@/lib/shop/register-queries';
import { ExpectedTable } from './expected-table';

/** A register session's printable report: float, sales, withdrawals and deposits, expected vs counted. */
export async function SessionReportPage({ actor, area, id }: { actor: Actor; area: ShopArea; id: string }) {
  const report = await sessionReport(getDb(), actor, id);
  if (!report) notFound();
  const t = await getTranslations('shop.registers');
  const tk = await getTranslations('shop');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  const s = report.session;
  return (
    <>
      <DetailHeader
        backHref={routes.shop.registers(area)}
        backLabel={t('title')}
        title={`${t('report')} — ${report.register}`}
        status={<Badge tone={s.closedAt ? 'neutral' : 'green'}>{s.closedAt ? t('closed') : t('open')}</Badge>}
        statusTestId="session-status"
        actions={<PrintButton label={t('print')} />}
      />
      <p className="mb-4 text-sm text-stone-600">
        {t('openedBy', { name: report.openedBy ?? '—', date: format.dateTime(s.openedAt, 'short') })}
        {s.closedAt ? ` · ${t('closedBy', { name: report.closedBy ?? '—' })} ${format.dateTime(s.closedAt, 'short')}` : ` · ${t('stillOpen')}`}
      </p>
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        <StatCard label={t('float')} value={money(s.floatCents)} />
        <StatCard label={t('salesCount', { n: report.sales.count })} value={money(report.sales.totalCents)} />
        <StatCard label={t('movements')} value={report.movements.length} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={s.closedAt ? `${t('expected')} × ${t('counted')}` : t('expected')}>
          <ExpectedTable expected={report.expected} counted={s.counted ?? null} caption={t('report')} />
          {s.closingNotes && <p className="mt-3 text-sm text-stone-700">{`${t('notes')}: ${s.closingNotes}`}</p>}
        </Card>
        <Card title={t('movements')}>
          {report.movements.length === 0 ? (
            <p className="text-sm text-stone-600">{t('movementsEmpty')}</p>
          ) : (
            <ul className="divide-y divide-stone-100 text-sm">
              {report.movements.map((m) => (
                <li key={m.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <span>
                    <strong>{tk(`registers.kinds.${m.kind}`)}</strong> · {m.reason} <span className="text-stone-500">({m.by ?? '—'}, {format.dateTime(m.at, 'short')})</span>
                  </span>
                  <span className="tabular-nums">{m.kind === 'withdrawal' ? '− ' : '+ '}{money(m.amountCents)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
