import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { outboxEmailRender, type StoredEmail } from './outbox-render';
import { UnknownEmailTemplateError } from './render-email';
import type { EmailSender } from './sender';
import { storedEmailAttachments } from './render-email';

export const MAX_ATTEMPTS = 8;
const STALE_CLAIM_MINUTES = 5;
export const SENT_BODY_PLACEHOLDER = '[removido após o envio]';

/** Minutes to wait before the next try: 1, 2, 4 … capped at 3 hours. */
export function backoffMinutes(attempts: number): number {
  return Math.min(180, 2 ** Math.max(0, attempts - 1));
}

/**
 * Renders and sends due outbox emails. Rows are claimed in one statement (status `sending`, SKIP
 * LOCKED), so several workers never render or send the same row, and a sent row is never claimed
 * again; a claim left by a crashed worker is taken over after a few minutes, and the idempotency key
 * makes that retry harmless at the provider. Each email is rendered from its template and data here,
 * outside the transaction that queued it, and the render is kept with the row once sent (a sensitive
 * email keeps only its subject). A row whose template this build does not know is dead at once
 * (`failed`, with the reason); other errors retry with backoff until MAX_ATTEMPTS.
 */
export async function dispatchOutbox(
  db: Db,
  sender: EmailSender,
  options: { batchSize?: number; now?: Date } = {},
): Promise<{ sent: number; failed: number }> {
  const batchSize = options.batchSize ?? 20;
  // The database's clock unless a caller (a test driving the job) fixes the time.
  const now = options.now ? sql`${options.now.toISOString()}::timestamptz` : sql`now()`;
  const appNow = () => options.now ?? new Date();
  const claimed = await db.execute<{ id: string; to_address: string; idempotency_key: string; attempts: number; sensitive: boolean } & StoredEmail>(sql`
    UPDATE email_outbox SET status = 'sending', claimed_at = ${now}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM email_outbox
      WHERE (status = 'pending' AND next_attempt_at <= ${now})
         OR (status = 'sending' AND claimed_at < ${now} - make_interval(mins => ${STALE_CLAIM_MINUTES}))
      ORDER BY created_at
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, to_address, template, data, locale, subject, html, text, idempotency_key, attempts, sensitive`);

  let sent = 0;
  let failed = 0;
  for (const row of claimed) {
    const mine = and(eq(emailOutbox.id, row.id), eq(emailOutbox.status, 'sending'));
    try {
      const email = await outboxEmailRender(row);
      const attachments = row.data ? await storedEmailAttachments(row.template, row.data, row.locale) : [];
      const { providerId } = await sender.send({ to: row.to_address, ...email, attachments, idempotencyKey: row.idempotency_key });
      await db
        .update(emailOutbox)
        .set({
          status: 'sent',
          sentAt: appNow(),
          providerId,
          lastError: null,
          subject: email.subject,
          ...(row.sensitive ? { html: SENT_BODY_PLACEHOLDER, text: SENT_BODY_PLACEHOLDER, data: null } : { html: email.html, text: email.text }),
        })
        .where(mine);
      sent++;
    } catch (err) {
      failed++;
      await db
        .update(emailOutbox)
        .set({
          lastError: String(err instanceof Error ? err.message : err).slice(0, 500),
          status: err instanceof UnknownEmailTemplateError || row.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          nextAttemptAt: new Date(appNow().getTime() + backoffMinutes(row.attempts) * 60_000),
        })
        .where(mine);
    }
  }
  return { sent, failed };
}
