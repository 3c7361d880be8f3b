import { render } from '@react-email/render';
import { createTranslator } from 'next-intl';
import PasswordResetEmail from '@/emails/password-reset';
import StatusUpdateEmail from '@/emails/status-update';
import WelcomeEmail from '@/emails/welcome';
import { formatMoney } from '@/lib/format';
import { messagesFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/server/context';

export type EmailTemplate =
  | { template: 'welcome'; data: { name: string; email: string; loginUrl: string } }
  | { template: 'password-reset'; data: { name: string; resetUrl: string; hours: number } }
  | { template: 'order-status'; data: { name: string; number: number; customer: string; status: string; totalCents: number; note?: string | null; trackingCode?: string | null; url: string | null } }
  | { template: 'return-status'; data: { name: string; number: number; orderNumber: number; status: string; note?: string | null; creditCents?: number | null; url: string | null } };

export type RenderedEmail = { subject: string; html: string; text: string };

/** Renders an email in the recipient's language, with every string from the message catalogs. */
export async function renderEmail(email: EmailTemplate, locale: Locale): Promise<RenderedEmail> {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'emails' });
  const footer = t('footer');
  const root = createTranslator({ locale, messages: messagesFor(locale) });
  let element;
  let subject: string;
  switch (email.template) {
    case 'welcome': {
      const d = email.data;
      subject = t('welcome.subject');
      element = (
        <WelcomeEmail
          loginUrl={d.loginUrl}
          copy={{
            preview: t('welcome.preview'),
            greeting: t('greeting', { name: d.name }),
            body: t('welcome.body'),
            emailLine: t('welcome.emailLine', { email: d.email }),
            cta: t('welcome.cta'),
            footer,
          }}
        />
      );
      break;
    }
    case 'password-reset': {
      const d = email.data;
      subject = t('passwordReset.subject');
      element = (
        <PasswordResetEmail
          resetUrl={d.resetUrl}
          copy={{
            preview: t('passwordReset.preview'),
            greeting: t('greeting', { name: d.name }),
            body: t('passwordReset.body'),
            cta: t('passwordReset.cta'),
            expiry: t('passwordReset.expiry', { hours: d.hours }),
            ignore: t('passwordReset.ignore'),
            footer,
          }}
        />
      );
      break;
    }
    case 'order-status': {
      const d = email.data;
      const status = root(`orders.statuses.${d.status}` as never);
      subject = t('orderStatus.subject', { number: d.number, status });
      const details = [t('orderStatus.customer', { customer: d.customer }), t('orderStatus.total', { total: formatMoney(d.totalCents, locale) })];
      if (d.note) details.push(t('orderStatus.note', { note: d.note }));
      if (d.trackingCode) details.push(t('orderStatus.tracking', { code: d.trackingCode }));
      element = (
        <StatusUpdateEmail
          url={d.url}
          copy={{ preview: subject, greeting: t('greeting', { name: d.name }), body: t('orderStatus.body', { number: d.number, status }), details, cta: t('orderStatus.cta'), footer }}
        />
      );
      break;
    }
    case 'return-status': {
      const d = email.data;
      const status = root(`returns.statuses.${d.status}` as never);
      subject = t('returnStatus.subject', { number: d.number, status });
      const details = [t('returnStatus.order', { number: d.orderNumber })];
      if (d.note) details.push(t('returnStatus.note', { note: d.note }));
      if (d.creditCents != null) details.push(t('returnStatus.credit', { amount: formatMoney(d.creditCents, locale) }));
      element = (
        <StatusUpdateEmail
          url={d.url}
          copy={{ preview: subject, greeting: t('greeting', { name: d.name }), body: t('returnStatus.body', { number: d.number, status }), details, cta: t('returnStatus.cta'), footer }}
        />
      );
      break;
    }
  }
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}
