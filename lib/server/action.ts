import 'server-only';
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import type { Permission } from '@/lib/auth/permissions';
import { getCurrentActor } from '@/lib/auth/session';
import { formDataToObject } from './form-data';
import { runUseCase, type ActionResult, type UseCase } from './use-case';
import { env } from '@/lib/env';

/**
 * Runs a use case as the signed-in user for a server action. The actor comes from the
 * session re-read in the database; nothing from the form decides who is acting.
 */
export async function serverAction<S extends z.ZodType, R, P extends Permission | 'public'>(
  useCase: UseCase<S, R, P>,
  input: FormData | Record<string, unknown>,
  options: { revalidate?: string[] } = {},
): Promise<ActionResult<R>> {
  const actor = await getCurrentActor();
  const raw = input instanceof FormData ? formDataToObject(input) : input;
  const result = await runUseCase({ db: getDb(), actor, requestOrigin: await requestOrigin() }, useCase, raw);
  if (result.ok) for (const path of options.revalidate ?? []) revalidatePath(path);
  return result;
}

/**
 * The public origin for links in emails. Production uses APP_URL only (request headers can be
 * forged); development falls back to the request's host.
 */
export async function requestOrigin(): Promise<string> {
  if (env.appUrl) return env.appUrl;
  if (env.isProduction) return 'http://localhost:3000';
  const h = await headers();
  const host = h.get('host') ?? 'localhost:3000';
  return `http://${host}`;
}
