const PUBLIC_PREFIXES = ['/login', '/redefinir-senha', '/api/auth', '/api/health', '/icon.svg', '/robots.txt'];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** Only same-site paths may be used as a post-login destination. */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (isPublicPath(value.split('?')[0] ?? '')) return '/';
  return value;
}
