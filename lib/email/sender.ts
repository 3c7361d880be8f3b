import { Resend } from 'resend';
import type { EmailAttachment } from './define-email-template';

export type OutgoingEmail = { to: string; subject: string; html: string; text: string; idempotencyKey: string; attachments?: EmailAttachment[] };
export type EmailSender = { send: (email: OutgoingEmail) => Promise<{ providerId: string }> };

/**
 * The Resend sender, created only when a key is configured (the SDK throws without one).
 * The SDK reads RESEND_BASE_URL, which tests point at a local fake.
 */
export function resendSenderFromEnv(env: Record<string, string | undefined> = process.env): EmailSender | null {
  const key = env.RESEND_API_KEY;
  if (!key) return null;
  let client: Resend | null = null;
  const from = env.EMAIL_FROM ?? 'Venda <nao-responda@venda.local>';
  return {
    async send(email) {
      client ??= new Resend(key);
      const { data, error } = await client.emails.send(
        {
          from,
          to: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          ...(email.attachments?.length ? { attachments: email.attachments.map((a) => ({ filename: a.filename, content: Buffer.from(a.content), contentType: a.contentType })) } : {}),
        },
        { idempotencyKey: email.idempotencyKey },
      );
      if (error || !data) throw new Error(`Resend refused the email: ${error?.message ?? 'no response'}`);
      return { providerId: data.id };
    },
  };
}
