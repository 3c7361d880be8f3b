import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user: { id: string; name?: string | null; email?: string | null };
    /** When this session logged in (ms since epoch); sessions older than a revocation are refused. */
    loginAt: number;
    /** This session's id, recorded on logout so no copy of its cookie works again. */
    sid?: string;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    loginAt?: number;
    sid?: string;
  }
}
