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
