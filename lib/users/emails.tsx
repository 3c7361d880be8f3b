import PasswordResetEmail from '@/emails/password-reset';
import WelcomeEmail from '@/emails/welcome';
import { defineEmailTemplate } from '@/lib/email/define-email-template';

/** Sent when an account is created, with the address to sign in with. */
export const welcomeEmail = defineEmailTemplate({
  name: 'welcome',
  render(d: { name: string; email: string; loginUrl: string }, { t }) {
    return {
      subject: t('welcome.subject'),
      element: (
        <WelcomeEmail
          loginUrl={d.loginUrl}
          copy={{
            preview: t('welcome.preview'),
            greeting: t('greeting', { name: d.name }),
            body: t('welcome.body'),
            emailLine: t('welcome.emailLine', { email: d.email }),
            cta: t('welcome.cta'),
            footer: t('footer'),
          }}
        />
      ),
    };
  },
});

/** A link to choose a new password (also how a new shop login sets its first one). */
export const passwordResetEmail = defineEmailTemplate({
  name: 'password-reset',
  render(d: { name: string; resetUrl: string; hours: number }, { t }) {
    return {
      subject: t('passwordReset.subject'),
      element: (
        <PasswordResetEmail
          resetUrl={d.resetUrl}
          copy={{
            preview: t('passwordReset.preview'),
            greeting: t('greeting', { name: d.name }),
            body: t('passwordReset.body'),
            cta: t('passwordReset.cta'),
            expiry: t('passwordReset.expiry', { hours: d.hours }),
            ignore: t('passwordReset.ignore'),
            footer: t('footer'),
          }}
        />
      ),
    };
  },
});
