const PUBLIC_PREFIXES = ['/login', '/redefinir-senha', '/api/auth', '/api/health', '/api/silhuetas', '/icon.svg', '/robots.txt'];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** Only same-site paths may be used as a post-login destination; anything else goes home. */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, 'http://venda.invalid');
  } catch {
    return '/';
  }
  if (url.origin !== 'http://venda.invalid' || value.startsWith('//')) return '/';
  if (isPublicPath(url.pathname)) return '/';
  return url.pathname + url.search + url.hash;
}
