'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { auth, signIn, signOut } from './config';
import { auditLogout } from './login';
import { isSessionId, revokeSession } from './revocation';
import { getCurrentActor } from './session';
import { safeCallbackPath } from './public-paths';

export type LoginState = { error: 'invalid' | 'throttled' | 'blocked' | null; email: string };

const loginForm = z.object({ email: z.string().trim().max(254), password: z.string().max(200), callbackUrl: z.string().optional() });

/**
 * Signs in through next-auth's Credentials provider. This is the one action outside the use-case
 * wrapper: there is no session yet. The provider applies throttling and the same answer for
 * unknown emails and wrong passwords.
 */
export async function loginAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginForm.safeParse({
    email: formData.get('email') ?? '',
    password: formData.get('password') ?? '',
    callbackUrl: formData.get('callbackUrl') ?? undefined,
  });
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { error: 'invalid', email: parsed.data?.email ?? '' };
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn('credentials', { email, password, redirectTo: safeCallbackPath(callbackUrl) });
  } catch (err) {
    if (err instanceof AuthError) {
      const code = (err as AuthError & { code?: string }).code;
      return { error: code === 'throttled' || code === 'blocked' ? code : 'invalid', email };
    }
    throw err;
  }
  return { error: null, email };
}

/**
 * Ends the session on the server too: clearing the cookie alone is not enough, since a copy of it
 * (another tab's request in flight, a stolen cookie) would otherwise stay valid until it expires.
 */
export async function logoutAction(): Promise<void> {
  const session = await auth();
  if (session?.user?.id && isSessionId(session.sid)) {
    // Who it was, read before the session is revoked (a revoked session loads no actor).
    const actor = await getCurrentActor();
    await revokeSession(getDb(), { sessionId: session.sid, userId: session.user.id, loginAt: session.loginAt });
    if (actor) await auditLogout(getDb(), { id: actor.userId, role: actor.role });
  }
  await signOut({ redirectTo: '/login' });
}
