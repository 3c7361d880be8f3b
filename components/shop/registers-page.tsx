import { getFormatter, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { EmptyState } from '@/components/data-table/empty-state';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { routes, type ShopArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { findCurrentShop } from '@/lib/shop/current';
import { shopRegisters } from '@/lib/shop/pos-queries';
import { recentSessions } from '@/lib/shop/register-queries';
import { sessionExpected } from '@/lib/shop/register-totals';
import { ExpectedTable } from './expected-table';
import { NoShopNotice } from './no-shop-notice';
import { CloseRegisterForm, MovementForm, OpenRegisterForm } from './register-forms';
import { ShopHeader } from './shop-header';

/** The shop's registers: open one with a float, record withdrawals and deposits, close with the count; the last sessions' reports. */
export async function RegistersPage({ actor, area }: { actor: Actor; area: ShopArea }) {
  const db = getDb();
  const shop = await findCurrentShop(db, actor);
  if (!shop) return <NoShopNotice />;
  const [registers, sessions] = await Promise.all([shopRegisters(db, actor, shop), recentSessions(db, actor, shop)]);
  const expected = new Map(await Promise.all(registers.flatMap((r) => (r.sessionId ? [sessionExpected(db, r.sessionId).then((e) => [r.sessionId!, e] as const)] : []))));
  const t = await getTranslations('shop.registers');
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<ButtonLink href={routes.shop.pos(area)}>{t('sell')}</ButtonLink>} />
      <ShopHeader actor={actor} shop={shop} />
      {registers.length === 0 && (
        <EmptyState title={t('none')} description={t('description')} action={can(actor.role, 'shop.settings') ? <ButtonLink href={routes.shop.settings()}>{t('title')}</ButtonLink> : undefined} />
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        {registers.map((r) => (
          <Card key={r.id} title={r.name} action={<Badge tone={r.sessionId ? 'green' : 'neutral'}>{r.sessionId ? t('open') : t('closed')}</Badge>}>
            {r.sessionId ? (
              <div className="space-y-5">
                <p className="text-sm text-stone-600">
                  {t('openedBy', { name: r.openedBy ?? '—', date: format.dateTime(r.openedAt!, 'short') })} · {t('float')}: {money(r.floatCents ?? 0)} ·{' '}
                  <Link className="text-brand-800 underline" href={routes.shop.session(area, r.sessionId)}>{t('view')}</Link>
                </p>
                <ExpectedTable expected={expected.get(r.sessionId)!} counted={null} caption={`${r.name} — ${t('expected')}`} />
                <section aria-label={`${r.name} — ${t('movement')}`}>
                  <h3 className="mb-2 text-sm font-semibold">{t('movement')}</h3>
                  <MovementForm sessionId={r.sessionId} />
                </section>
                <section aria-label={`${r.name} — ${t('close')}`}>
                  <h3 className="mb-2 text-sm font-semibold">{t('close')}</h3>
                  <CloseRegisterForm sessionId={r.sessionId} area={area} />
                </section>
              </div>
            ) : (
              <OpenRegisterForm registerId={r.id} name={r.name} />
            )}
          </Card>
        ))}
      </div>
      <Card title={t('sessions')} className="mt-6">
        {sessions.length === 0 ? (
          <p className="text-sm text-stone-600">{t('sessionsEmpty')}</p>
        ) : (
          <ul className="divide-y divide-stone-100 text-sm">
            {sessions.map((s) => (
              <li key={s.id} className="flex flex-wrap justify-between gap-2 py-2">
                <Link className="row-link" href={routes.shop.session(area, s.id)}>
                  {t('reportOf', { register: s.register, opened: format.dateTime(s.openedAt, 'short'), closed: format.dateTime(s.closedAt!, 'short') })}
                </Link>
                <span className={`tabular-nums ${s.differenceCents < 0 ? 'text-red-700' : ''}`}>
                  {t('difference')}: {money(s.differenceCents)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
