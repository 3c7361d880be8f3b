import { getFormatter, getMessages, getTranslations } from 'next-intl/server';
import { isKeyIn } from '@/lib/i18n/message-key';
import Link from 'next/link';
import { DetailHeader } from '@/components/ui/detail-header';
import { PrintButton } from '@/components/ui/print-button';
import { Notice } from '@/components/ui/notice';
import { Card } from '@/components/ui/card';
import { EventTimeline } from '@/components/ui/event-timeline';
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { getReturn } from '@/lib/returns/queries';
import { nextReturnAction, returnMachine } from '@/lib/returns/transitions';
import { TableView } from '@/components/data-table/table-view';
import { routes, type ReturnsArea } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { orNotFound } from '@/lib/server/not-found';
import { ReturnShipmentForm, ReturnStepForms } from './return-forms';
import { returnLineColumns } from './return-lines-table/columns';
import { ReturnStatusBadge } from './return-status-badge';

/** One return: its lines with inspection and destination, photos, the credit note, the next step and the timeline. */
export async function ReturnDetailPage({ actor, id, area, created }: { actor: Actor; id: string; area: ReturnsArea; created: boolean }) {
  const data = await orNotFound(getReturn(getDb(), actor, id));
  const t = await getTranslations('returns');
  const timelineLabels = (await getMessages()).returns.timeline;
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');
  const { ret } = data;
  const processing = can(actor.role, 'returns.process');
  const shipment = { returnInvoice: ret.returnInvoice, reverseShippingCode: ret.reverseShippingCode };
  const reasons = [...new Set(data.lines.map((l) => l.reason))];
  return (
    <>
      <DetailHeader
        backHref={routes.returns.list(area)}
        backLabel={t('detail.back')}
        title={t('detail.title', { number: ret.number })}
        status={<ReturnStatusBadge status={ret.status} />}
        statusTestId="return-status"
        actions={<PrintButton label={t('detail.print')} />}
      />
      <div className="mb-6 space-y-2 empty:hidden">
        {created && (
          <Notice tone="success" role="status">
            {t('detail.created')}
          </Notice>
        )}
        {ret.status === 'refused' && <Notice tone="danger">{t('detail.refused', { reason: ret.refusalReason ?? '—' })}</Notice>}
        {data.creditNote?.id && (
          <Notice tone="success" testId="credit-note">
            {t('detail.creditNote', { number: data.creditNote.number!, amount: money(data.creditNote.amountCents!) })}
          </Notice>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Card title={t('detail.lines')}>
            <TableView columns={await returnLineColumns()} rows={data.lines} rowKey={(l) => l.id} variant="plain" testId="return-lines" />
          </Card>
          <Card title={t('detail.photos')} className="print:hidden">
            {data.photos.length ? (
              <div className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="return-photos">
                {data.photos.map((p, i) => (
                  <a key={p.id} href={routes.api.returnPhoto(p.id)} target="_blank" rel="noreferrer">
                    {/* eslint-disable-next-line @next/next/no-img-element -- served by our own authenticated route */}
                    <img src={routes.api.returnPhoto(p.id)} alt={t('detail.photoAlt', { n: i + 1 })} className="w-full rounded border border-stone-200 object-cover" />
                  </a>
                ))}
              </div>
            ) : (
              <p className="text-sm text-stone-600">{t('detail.noPhotos')}</p>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-stone-600">{t('detail.order')}</dt>
              <dd>
                <Link href={routes.orders.detail(area, ret.orderId)} className="text-brand-800 hover:underline">
                  #{data.orderNumber}
                </Link>
              </dd>
              <dt className="text-stone-600">{t('detail.customer')}</dt>
              <dd>{data.customerName}</dd>
              <dt className="text-stone-600">{t('detail.channel')}</dt>
              <dd>{data.channel.name}</dd>
              <dt className="text-stone-600">{reasons.length > 1 ? t('detail.reasons') : t('detail.reason')}</dt>
              <dd>{reasons.map((r) => t(`reasons.${r}`)).join(', ')}</dd>
              <dt className="text-stone-600">{t('detail.returnInvoice')}</dt>
              <dd className="font-mono text-xs break-all" data-testid="return-invoice">
                {ret.returnInvoice ?? <span className="font-sans text-sm text-stone-500">{t('detail.notGiven')}</span>}
              </dd>
              <dt className="text-stone-600">{t('detail.reverseShippingCode')}</dt>
              <dd className="font-mono text-xs break-all" data-testid="reverse-shipping-code">
                {ret.reverseShippingCode ?? <span className="font-sans text-sm text-stone-500">{t('detail.notGiven')}</span>}
              </dd>
              {ret.description && (
                <>
                  <dt className="text-stone-600">{t('detail.description')}</dt>
                  <dd>{ret.description}</dd>
                </>
              )}
            </dl>
          </Card>
          {ret.status === 'authorised' && can(actor.role, 'returns.open') && (
            <Card title={t('shipment.title')} className="print:hidden">
              <ReturnShipmentForm returnId={ret.id} shipment={shipment} />
            </Card>
          )}
          {processing && (
            <Card title={t('actions.title')} className="print:hidden">
              <ReturnStepForms
                returnId={ret.id}
                next={nextReturnAction(ret.status)}
                canRefuse={returnMachine.allowed(actor.role, ret.status).includes('refuse')}
                lines={data.lines.map((l) => ({ id: l.id, label: `${l.productName} — ${l.colorName} ${l.size}`, quantity: l.quantity, outcome: l.outcome, reason: l.reason }))}
                shipment={shipment}
              />
            </Card>
          )}
          <Card title={t('detail.timeline')} className="print:hidden">
            <EventTimeline
              empty="—"
              systemLabel="—"
              events={data.timeline.map((e) => {
                const action = e.action.replace(/\./g, '_');
                const after = (e.after ?? {}) as { note?: string };
                return { id: e.id, at: e.at, actorName: e.actorName, label: isKeyIn(timelineLabels, action) ? t(`timeline.${action}`) : e.action, detail: after.note ?? null };
              })}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
