import { sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import type { Locale } from '@/lib/server/context';
import type { EmailTemplate } from './registry';
import { renderEmail } from './render-email';

export const OUTBOX_CHANNEL = 'email_outbox';

/**
 * Writes an email to the outbox inside the caller's transaction: it exists if and only if
 * the change that caused it commits. NOTIFY is delivered on commit and wakes the sender.
 */
export async function enqueueEmail(
  db: DbExecutor,
  input: { to: string; locale: Locale; idempotencyKey: string; meta?: Record<string, unknown>; sensitive?: boolean } & EmailTemplate,
): Promise<string> {
  const rendered = await renderEmail(input.template, input.data, input.locale);
  const [row] = await db
    .insert(emailOutbox)
    .values({
      idempotencyKey: input.idempotencyKey,
      template: input.template,
      toAddress: input.to,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      meta: input.meta ?? null,
      sensitive: input.sensitive ?? false,
    })
    .returning({ id: emailOutbox.id });
  await db.execute(sql`SELECT pg_notify(${OUTBOX_CHANNEL}, ${row!.id})`);
  return row!.id;
}
