import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authBaseConfig } from '@/lib/auth/config-base';
import { isPublicPath } from '@/lib/auth/public-paths';

const { auth } = NextAuth(authBaseConfig);

/**
 * Convenience only: sends visitors without a session to the login page and tells pages
 * which path was asked for. Every page, action and route handler checks access itself.
 */
export default auth((req) => {
  const { pathname, search } = req.nextUrl;
  if (!req.auth?.user && !isPublicPath(pathname)) {
    const url = new URL('/login', req.nextUrl.origin);
    const target = pathname + search.replace(/([?&])_rsc=[^&]*&?/, '$1').replace(/[?&]$/, '');
    if (target !== '/') url.searchParams.set('callbackUrl', target);
    return NextResponse.redirect(url);
  }
  const headers = new Headers(req.headers);
  headers.set('x-venda-path', pathname + search);
  return NextResponse.next({ request: { headers } });
});

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)'],
};
