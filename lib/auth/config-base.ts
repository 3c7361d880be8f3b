import type { NextAuthConfig } from 'next-auth';
import { env } from '@/lib/env';
import { SESSION_IDLE_MAX_SECONDS } from './session-policy';

/** Session settings shared by the proxy (which only reads the JWT) and the full auth config. */
export const authBaseConfig = {
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_IDLE_MAX_SECONDS },
  useSecureCookies: env.secureCookies,
  pages: { signIn: '/login' },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.loginAt = Date.now();
        token.sid = crypto.randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === 'string') session.user.id = token.uid;
      session.loginAt = typeof token.loginAt === 'number' ? token.loginAt : 0;
      if (typeof token.sid === 'string') session.sid = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
