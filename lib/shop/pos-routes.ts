import 'server-only';
import { and, eq } from 'drizzle-orm';
import { registerSessions, registers } from '@/db/schema';
import { cleanText } from '@/lib/server/clean-input';
import { isUuid } from '@/lib/server/ids';
import { routeHandler } from '@/lib/server/route-handler';
import { currentShop } from './current';
import { findConsumers, posLookup } from './pos-queries';
import { shopLocationIds } from '@/lib/stock';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** GET /api/pdv/busca?q=…&sessao=… — the counter's search; stock is read at the session's register location. */
export const posSearchHandler = routeHandler('pos.sell', async ({ db, actor, searchParams }) => {
  const shop = await currentShop(db, actor);
  const sessionId = searchParams.get('sessao');
  const [session] = isUuid(sessionId)
    ? await db
        .select({ locationId: registers.locationId })
        .from(registerSessions)
        .innerJoin(registers, eq(registers.id, registerSessions.registerId))
        .where(and(eq(registerSessions.id, sessionId), eq(registerSessions.shopId, shop.id)))
    : [];
  // A search never writes: without a session, stock is read at the shop's first location, if it has one.
  const locationId = session?.locationId ?? (await shopLocationIds(db, shop.id))[0] ?? null;
  const q = cleanText(searchParams.get('q') ?? '').slice(0, 100);
  return Response.json(await posLookup(db, actor, shop, locationId, q), { headers: NO_STORE });
});

/** GET /api/pdv/consumidores?q=… — the shop's own consumers by CPF, phone or name. */
export const consumerSearchHandler = routeHandler('shop.consumers', async ({ db, actor, searchParams }) => {
  const shop = await currentShop(db, actor);
  const q = cleanText(searchParams.get('q') ?? '').slice(0, 100);
  return Response.json({ results: await findConsumers(db, actor, shop, q) }, { headers: NO_STORE });
});
