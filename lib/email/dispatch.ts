import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import type { EmailSender } from './sender';

export const MAX_ATTEMPTS = 8;

/**
 * Sends pending outbox emails. Rows are claimed with SKIP LOCKED so several workers can run;
 * the idempotency key makes a retry after a crash harmless at the provider.
 */
export async function dispatchOutbox(db: Db, sender: EmailSender, batchSize = 20): Promise<{ sent: number; failed: number }> {
  const claimed = await db.execute<{ id: string; to_address: string; subject: string; html: string; text: string; idempotency_key: string; attempts: number }>(sql`
    UPDATE email_outbox SET attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM email_outbox
      WHERE status = 'pending' AND attempts < ${MAX_ATTEMPTS}
      ORDER BY created_at
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, to_address, subject, html, text, idempotency_key, attempts`);

  let sent = 0;
  let failed = 0;
  for (const row of claimed) {
    try {
      const { providerId } = await sender.send({
        to: row.to_address,
        subject: row.subject,
        html: row.html,
        text: row.text,
        idempotencyKey: row.idempotency_key,
      });
      await db.update(emailOutbox).set({ status: 'sent', sentAt: new Date(), providerId, lastError: null }).where(eq(emailOutbox.id, row.id));
      sent++;
    } catch (err) {
      failed++;
      await db
        .update(emailOutbox)
        .set({ lastError: String(err instanceof Error ? err.message : err), status: row.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending' })
        .where(eq(emailOutbox.id, row.id));
    }
  }
  return { sent, failed };
}
