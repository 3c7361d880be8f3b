import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { authBaseConfig } from './config-base';
import { clientIp } from './client-ip';
import { attemptLogin } from './login';

class InvalidLogin extends CredentialsSignin {
  code = 'invalid';
}
class ThrottledLogin extends CredentialsSignin {
  code = 'throttled';
}
class BlockedLogin extends CredentialsSignin {
  code = 'blocked';
}

const credentialsSchema = z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(200) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authBaseConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidLogin();
        const outcome = await attemptLogin(getDb(), { ...parsed.data, ip: clientIp(request.headers) });
        switch (outcome.kind) {
          case 'ok':
            return outcome.user;
          case 'throttled':
            throw new ThrottledLogin();
          case 'blocked':
            throw new BlockedLogin();
          default:
            throw new InvalidLogin();
        }
      },
    }),
  ],
});
