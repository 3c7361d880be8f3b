import { env } from '@/lib/env';

/**
 * The client address for login throttling. X-Forwarded-For is client-controlled except for the
 * entries appended by our own reverse proxies, so the address is read that many hops from the
 * right (TRUSTED_PROXY_HOPS, default 1: one load balancer in front of the app).
 */
export function clientIp(headers: Headers, hops = env.trustedProxyHops): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!chain.length || hops < 1) return 'unknown';
  return chain[Math.max(0, chain.length - hops)] ?? 'unknown';
}
