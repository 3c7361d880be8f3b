import type { NextAuthConfig } from 'next-auth';
import { env } from '@/lib/env';

/** Session settings shared by the proxy (which only reads the JWT) and the full auth config. */
export const authBaseConfig = {
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  useSecureCookies: env.secureCookies,
  pages: { signIn: '/login' },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.loginAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === 'string') session.user.id = token.uid;
      session.loginAt = typeof token.loginAt === 'number' ? token.loginAt : 0;
      return session;
    },
  },
} satisfies NextAuthConfig;
