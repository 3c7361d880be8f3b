import type { SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { outboxEmailRender } from '@/lib/email/outbox-render';

/**
 * Outbox rows with their subject, html and text as the admin outbox shows them: the render kept
 * when sent, or the template rendered now from its data. The worker renders when it sends, so
 * right after a use case the row itself holds only the template and its data.
 */
export async function outboxEmails(db: Db, where?: SQL) {
  const rows = await db.select().from(emailOutbox).where(where);
  return Promise.all(rows.map(async (row) => ({ ...row, ...(await outboxEmailRender(row)) })));
}
