import StatusUpdateEmail from '@/emails/status-update';
import { defineEmailTemplate } from '@/lib/email/define-email-template';

export type OrderStatusEmailData = {
  name: string;
  number: number;
  customer: string;
  status: string;
  totalCents: number;
  note?: string | null;
  trackingCode?: string | null;
  url: string | null;
};

/** Tells the shop an order changed state; `url` is null for a contact without a login. */
export const orderStatusEmail = defineEmailTemplate({
  name: 'order-status',
  render(d: OrderStatusEmailData, { t, root, format }) {
    const status = root(`orders.statuses.${d.status}` as never);
    const subject = t('orderStatus.subject', { number: d.number, status });
    const details = [t('orderStatus.customer', { customer: d.customer }), t('orderStatus.total', { total: format.money(d.totalCents) })];
    if (d.note) details.push(t('orderStatus.note', { note: d.note }));
    if (d.trackingCode) details.push(t('orderStatus.tracking', { code: d.trackingCode }));
    return {
      subject,
      element: (
        <StatusUpdateEmail
          url={d.url}
          copy={{ preview: subject, greeting: t('greeting', { name: d.name }), body: t('orderStatus.body', { number: d.number, status }), details, cta: t('orderStatus.cta'), footer: t('footer') }}
        />
      ),
    };
  },
});

export type OrderAdjustedEmailData = {
  name: string;
  number: number;
  customer: string;
  /** Who adjusted: the representative, or someone of the brand's commercial team. */
  by: string;
  changes: { label: string; from: number; to: number }[];
  totalBeforeCents: number;
  totalCents: number;
  url: string | null;
};

/** Tells the shop that the brand changed its order's quantities before approving it: each line from → to, and the new total. */
export const orderAdjustedEmail = defineEmailTemplate({
  name: 'order-adjusted',
  render(d: OrderAdjustedEmailData, { t, format }) {
    const subject = t('orderAdjusted.subject', { number: d.number });
    const details = [
      t('orderStatus.customer', { customer: d.customer }),
      ...d.changes.map((c) => t('orderAdjusted.line', { line: c.label, from: c.from, to: c.to })),
      t('orderAdjusted.total', { before: format.money(d.totalBeforeCents), after: format.money(d.totalCents) }),
    ];
    return {
      subject,
      element: (
        <StatusUpdateEmail
          url={d.url}
          copy={{ preview: subject, greeting: t('greeting', { name: d.name }), body: t('orderAdjusted.body', { number: d.number, by: d.by }), details, cta: t('orderStatus.cta'), footer: t('footer') }}
        />
      ),
    };
  },
});
