import { render } from '@react-email/render';
import { createTranslator } from 'next-intl';
import PasswordResetEmail from '@/emails/password-reset';
import WelcomeEmail from '@/emails/welcome';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/server/context';

export type EmailTemplate =
  | { template: 'welcome'; data: { name: string; email: string; loginUrl: string } }
  | { template: 'password-reset'; data: { name: string; resetUrl: string; hours: number } };

export type RenderedEmail = { subject: string; html: string; text: string };

/** Renders an email in the recipient's language, with every string from the message catalogs. */
export async function renderEmail(email: EmailTemplate, locale: Locale): Promise<RenderedEmail> {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: 'emails' });
  const footer = t('footer');
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
  }
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}
