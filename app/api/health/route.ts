import { checkHealth } from '@/lib/health';
import { routeHandler } from '@/lib/server/route-handler';

export const dynamic = 'force-dynamic';

export const GET = routeHandler('public', async ({ db }) => {
  const health = await checkHealth(db);
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
});
