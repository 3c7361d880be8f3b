import type { emailOutbox } from '@/db/schema';
import { renderStoredEmail, storedEmailSubject, type RenderedEmail } from './render-email';

/** What rendering an outbox row reads: its template, data and language, and the render the worker kept once it sent. */
export type StoredEmail = Pick<typeof emailOutbox.$inferSelect, 'template' | 'data' | 'locale' | 'subject' | 'html' | 'text'>;

/** The row's email: the render kept when it was sent, or the template rendered now from its data (nothing is written). */
export async function outboxEmailRender(row: StoredEmail): Promise<RenderedEmail> {
  if (row.subject !== null && row.html !== null && row.text !== null) return { subject: row.subject, html: row.html, text: row.text };
  if (!row.data) throw new Error(`outbox email "${row.template}" has neither a render nor data`);
  return renderStoredEmail(row.template, row.data, row.locale);
}

/** The row's subject for a list: kept, or computed from the template without rendering the body; null when the template is unknown. */
export function outboxEmailSubject(row: Omit<StoredEmail, 'html' | 'text'>): string | null {
  if (row.subject !== null) return row.subject;
  try {
    return row.data ? storedEmailSubject(row.template, row.data, row.locale) : null;
  } catch {
    return null;
  }
}
