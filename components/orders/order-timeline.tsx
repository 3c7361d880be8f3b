import { getFormatter, getMessages, getTranslations } from 'next-intl/server';
import { EventTimeline } from '@/components/ui/event-timeline';
import { isKeyIn } from '@/lib/i18n/message-key';
import type { AdjustmentRecord } from '@/lib/orders/adjust';
import type { OrderDetail } from '@/lib/orders/queries';

type Event = OrderDetail['timeline'][number];

/**
 * An order's history, newest first: each move of its state with its reason, hold or tracking code,
 * and each adjustment of quantities ("Quantidades ajustadas por Rafael") with every line from → to
 * and the total before and after, read from the audit row's before and after.
 */
export async function OrderTimeline({ events }: { events: Event[] }) {
  const t = await getTranslations('orders');
  const labels = (await getMessages()).orders.timeline;
  const format = await getFormatter();
  const money = (cents: number) => format.number(cents / 100, 'money');

  const adjustment = (e: Event) => {
    const before = (e.before ?? { totalCents: 0, lines: [] }) as AdjustmentRecord;
    const after = (e.after ?? { totalCents: 0, lines: [] }) as AdjustmentRecord;
    const from = new Map(before.lines.map((l) => [l.variantId, l.quantity]));
    const lines = after.lines.map((l) => t('adjust.line', { line: l.label, from: from.get(l.variantId) ?? 0, to: l.quantity }));
    return {
      label: t('adjust.timeline', { name: e.actorName ?? t('timeline.system') }),
      detail: [...lines, t('adjust.total', { before: money(before.totalCents), after: money(after.totalCents) })].join('; '),
    };
  };
  const move = (e: Event) => {
    const after = (e.after ?? {}) as { note?: string; holdReason?: 'blocked' | 'credit'; trackingCode?: string };
    const action = e.action.replace(/\./g, '_');
    return {
      label: isKeyIn(labels, action) ? t(`timeline.${action}`) : e.action,
      detail: after.note ?? (after.holdReason ? t(`holdReasons.${after.holdReason}`) : after.trackingCode ? t('detail.tracking', { code: after.trackingCode }) : null),
    };
  };

  return (
    <EventTimeline
      empty={t('detail.timelineEmpty')}
      systemLabel={t('timeline.system')}
      events={events.map((e) => ({ id: e.id, at: e.at, actorName: e.actorName, ...(e.action === 'orders.adjust' ? adjustment(e) : move(e)) }))}
    />
  );
}
