import { sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import type { Locale } from '@/lib/server/context';
import type { EmailTemplate } from './registry';

export const OUTBOX_CHANNEL = 'email_outbox';

/**
 * Writes an email to the outbox inside the caller's transaction: it exists if and only if
 * the change that caused it commits. NOTIFY is delivered on commit and wakes the sender.
 * Only the template's name, its data (JSON) and the language are stored: the worker renders the
 * email when it sends it (dispatch.ts), so a use case's transaction never waits for React Email.
 */
export async function enqueueEmail(
  db: DbExecutor,
  input: { to: string; locale: Locale; idempotencyKey: string; meta?: Record<string, unknown>; sensitive?: boolean } & EmailTemplate,
): Promise<string> {
  const [row] = await db
    .insert(emailOutbox)
    .values({
      idempotencyKey: input.idempotencyKey,
      template: input.template,
      data: input.data,
      locale: input.locale,
      toAddress: input.to,
      meta: input.meta ?? null,
      sensitive: input.sensitive ?? false,
    })
    .returning({ id: emailOutbox.id });
  await db.execute(sql`SELECT pg_notify(${OUTBOX_CHANNEL}, ${row!.id})`);
  return row!.id;
}
