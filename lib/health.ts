import { sql } from 'drizzle-orm';
import type { DbExecutor } from '@/db/client';

export type Health = { status: 'ok' | 'error'; database: { status: 'ok' | 'error'; latencyMs?: number; error?: string }; time: string };

export async function checkHealth(db: DbExecutor): Promise<Health> {
  const started = performance.now();
  try {
    await db.execute(sql`select 1`);
    return { status: 'ok', database: { status: 'ok', latencyMs: Math.round(performance.now() - started) }, time: new Date().toISOString() };
  } catch (err) {
    return { status: 'error', database: { status: 'error', error: err instanceof Error ? err.message.slice(0, 200) : 'unknown' }, time: new Date().toISOString() };
  }
}
