import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/server/context';

/**
 * Loads the acting user fresh from the database; a blocked or deleted user is no actor, and neither
 * is a session that logged in before the user's sessions were revoked (block, password change).
 */
export async function loadActor(db: DbExecutor, userId: string, loggedInAt?: number): Promise<Actor | null> {
  const [u] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      status: users.status,
      locale: users.locale,
      customerId: users.customerId,
      shopId: users.shopId,
      sessionsValidFrom: users.sessionsValidFrom,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!u || u.status !== 'active') return null;
  if (u.sessionsValidFrom && loggedInAt !== undefined && loggedInAt < u.sessionsValidFrom.getTime()) return null;
  return { userId: u.id, name: u.name, email: u.email, role: u.role, locale: u.locale, customerId: u.customerId, shopId: u.shopId };
}
