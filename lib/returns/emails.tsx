import StatusUpdateEmail from '@/emails/status-update';
import { defineEmailTemplate } from '@/lib/email/define-email-template';

export type ReturnStatusEmailData = {
  name: string;
  number: number;
  orderNumber: number;
  status: string;
  note?: string | null;
  creditCents?: number | null;
  url: string | null;
};

/** Tells the shop a return moved a step; `url` is null for a contact without a login. */
export const returnStatusEmail = defineEmailTemplate({
  name: 'return-status',
  render(d: ReturnStatusEmailData, { t, root, format }) {
    const status = root(`returns.statuses.${d.status}` as never);
    const subject = t('returnStatus.subject', { number: d.number, status });
    const details = [t('returnStatus.order', { number: d.orderNumber })];
    if (d.note) details.push(t('returnStatus.note', { note: d.note }));
    if (d.creditCents != null) details.push(t('returnStatus.credit', { amount: format.money(d.creditCents) }));
    return {
      subject,
      element: (
        <StatusUpdateEmail
          url={d.url}
          copy={{ preview: subject, greeting: t('greeting', { name: d.name }), body: t('returnStatus.body', { number: d.number, status }), details, cta: t('returnStatus.cta'), footer: t('footer') }}
        />
      ),
    };
  },
});
