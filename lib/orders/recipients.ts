import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { customers, users } from '@/db/schema';
import type { ReturnsArea } from '@/lib/routes';
import type { Locale } from '@/lib/server/context';

/** The areas a recipient logs in to: both have the orders and returns screens the emails link to. */
export type RecipientArea = Extract<ReturnsArea, 'lojista' | 'representante'>;

/** `area`: where the recipient logs in to see the record; null for a customer's contact email without a login. */
export type Recipient = { name: string; email: string; locale: Locale; area: RecipientArea | null };

/**
 * Who hears about a customer's orders and returns: the shop's active logins (or, with none, the
 * customer's own email) and, when asked, its representative.
 */
export async function customerRecipients(db: DbExecutor, customerId: string, withRepresentative: boolean): Promise<Recipient[]> {
  const [customer] = await db.select({ name: customers.name, email: customers.email, repId: customers.representativeId }).from(customers).where(eq(customers.id, customerId));
  if (!customer) return [];
  const shopUsers = await db
    .select({ name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.customerId, customerId), eq(users.role, 'lojista'), eq(users.status, 'active')));
  const out: Recipient[] = shopUsers.map((u) => ({ ...u, area: 'lojista' }));
  if (!out.length && customer.email) out.push({ name: customer.name, email: customer.email, locale: 'pt-BR', area: null });
  if (withRepresentative && customer.repId) {
    const [rep] = await db.select({ name: users.name, email: users.email, locale: users.locale, status: users.status }).from(users).where(eq(users.id, customer.repId));
    if (rep?.status === 'active') out.push({ name: rep.name, email: rep.email, locale: rep.locale, area: 'representante' });
  }
  return out;
}

/** The link to a record in the recipient's own area (`path` builds it from lib/routes), or none for a recipient without a login. */
export function recipientLink(origin: string, r: Recipient, path: (area: RecipientArea) => string): string | null {
  return r.area ? `${origin}${path(r.area)}` : null;
}

/** One outbox key per email of one state change. */
export function eventKey(kind: string, id: string, status: string, email: string): string {
  return `${kind}:${id}:${status}:${email}:${randomUUID()}`;
}
