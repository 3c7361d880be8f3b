import { NotFoundError } from '@/lib/server/errors';
import type { RouteContext, RouteParams } from '@/lib/server/route-core';
import { isSilhouette, silhouetteOutlineSvg } from './silhouette';

/** GET /api/silhuetas/:kind — the outline a product without a photo is shown as: public, the same for everyone, cached for a year. */
export async function silhouetteResponse({ params }: RouteContext<RouteParams, 'public'>): Promise<Response> {
  const kind = String(params.kind ?? '').replace(/\.svg$/, '');
  if (!isSilhouette(kind)) throw new NotFoundError();
  return new Response(silhouetteOutlineSvg(kind), { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=31536000, immutable', 'X-Content-Type-Options': 'nosniff' } });
}
