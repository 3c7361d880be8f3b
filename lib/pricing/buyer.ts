import { and, asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { channels, customers, users } from '@/db/schema';
import { customerScope } from '@/lib/crm/scope';
import type { Actor } from '@/lib/server/context';

export type Origin = { id: string; code: string; name: string; uf: string };

/** Whom the actor buys for, from which origin, and the origins it may pick. */
export type BuyingContext = {
  /** The buyer; its status and block reason let the buying screens warn a blocked customer. */
  customer: { id: string; name: string; uf: string; status: 'active' | 'blocked'; blockedReason: string | null } | null;
  channel: Origin | null;
  channels: Origin[];
};

/**
 * "Who am I buying for, from which origin" — the one rule, from the session alone: a shop buys for
 * itself; a representative for the portfolio customer it is serving (ignored when outside its
 * portfolio); the origin is the one the user picked ("Origem do envio"), else the first active.
 */
export async function buyingContext(db: DbExecutor, actor: Actor): Promise<BuyingContext> {
  const [prefs] = await db.select({ channelId: users.channelId, servingCustomerId: users.servingCustomerId }).from(users).where(eq(users.id, actor.userId));
  const customerId = buyerCandidate(actor, prefs?.servingCustomerId ?? null);
  const [origins, customerRows] = await Promise.all([
    db.select({ id: channels.id, code: channels.code, name: channels.name, uf: channels.uf }).from(channels).where(eq(channels.active, true)).orderBy(asc(channels.code)),
    customerId ? db.select({ id: customers.id, name: customers.name, uf: customers.uf, status: customers.status, blockedReason: customers.blockedReason }).from(customers).where(and(eq(customers.id, customerId), customerScope(actor))) : Promise.resolve([]),
  ]);
  return { customer: customerRows[0] ?? null, channel: origins.find((c) => c.id === prefs?.channelId) ?? origins[0] ?? null, channels: origins };
}

/** The customer the actor would buy for, before the scope check: a shop itself, a representative the one it serves. */
function buyerCandidate(actor: Actor, servingCustomerId: string | null): string | null {
  return actor.role === 'lojista' ? actor.customerId : actor.role === 'representante' ? servingCustomerId : null;
}

/** Only whom the actor buys for (the same rule as buyingContext, without origins or pricing), for cheap checks such as a product photo. */
export async function buyingCustomerId(db: DbExecutor, actor: Actor): Promise<string | null> {
  const [prefs] = actor.role === 'representante' ? await db.select({ servingCustomerId: users.servingCustomerId }).from(users).where(eq(users.id, actor.userId)) : [];
  const customerId = buyerCandidate(actor, prefs?.servingCustomerId ?? null);
  if (!customerId) return null;
  const [row] = await db.select({ id: customers.id }).from(customers).where(and(eq(customers.id, customerId), customerScope(actor)));
  return row?.id ?? null;
}
