import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { assertCan } from '@/lib/auth/guard';
import type { Actor } from '@/lib/server/context';
import { NotFoundError } from '@/lib/server/errors';
import { isUuid } from '@/lib/server/ids';
import { storedEmailAttachments } from './render-email';
import type { EmailAttachment } from './define-email-template';
import { outboxEmailRender, outboxEmailSubject } from './outbox-render';

export async function countPendingEmails(db: DbExecutor, actor: Actor): Promise<number> {
  assertCan(actor, 'outbox.read');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox).where(eq(emailOutbox.status, 'pending'));
  return row?.n ?? 0;
}

/** The latest emails; a subject not rendered yet (the worker renders when it sends) is computed from the template, or is the template's name. */
export async function listOutbox(db: DbExecutor, actor: Actor, limit = 500) {
  assertCan(actor, 'outbox.read');
  const rows = await db
    .select({
      id: emailOutbox.id,
      template: emailOutbox.template,
      data: emailOutbox.data,
      locale: emailOutbox.locale,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      status: emailOutbox.status,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);
  return rows.map(({ data, locale, ...row }) => ({ ...row, subject: outboxEmailSubject({ ...row, data, locale }) ?? row.template }));
}

export async function getOutboxEmail(db: DbExecutor, actor: Actor, id: string) {
  assertCan(actor, 'outbox.read');
  if (!isUuid(id)) throw new NotFoundError();
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  if (!row) throw new NotFoundError();
  // As sent, or as it will be sent (rendered now, nothing written); a row that cannot render says why.
  const email = await outboxEmailRender(row).catch((err: unknown) => ({ subject: row.template, html: '', text: err instanceof Error ? err.message : String(err) }));
  return { ...row, ...email, attachments: await emailAttachmentNames(row) };
}

/** The files an outbox email carries, by name (rebuilt from its data; none once a sensitive email's data is wiped). */
async function emailAttachmentNames(row: typeof emailOutbox.$inferSelect): Promise<string[]> {
  if (!row.data) return [];
  const files = await storedEmailAttachments(row.template, row.data, row.locale).catch(() => []);
  return files.map((f) => f.filename);
}

/** One attachment of an outbox email, for the admin's download (the same permission as reading the email). */
export async function getOutboxAttachment(db: DbExecutor, actor: Actor, id: string, index: number): Promise<EmailAttachment | null> {
  assertCan(actor, 'outbox.read');
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  if (!row?.data) return null;
  const files = await storedEmailAttachments(row.template, row.data, row.locale);
  return files[index] ?? null;
}
