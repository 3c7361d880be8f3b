/**
 * The one place the app reads its environment (CLI scripts under lib/cli manage the process
 * environment themselves). Getters, so tests and scripts that set a variable late still see it.
 */
export const env = {
  get isProduction(): boolean {
    return process.env.NODE_ENV === 'production';
  },
  get databaseUrl(): string | undefined {
    return process.env.DATABASE_URL;
  },
  /** Public origin for links in emails; production never derives it from request headers. */
  get appUrl(): string | undefined {
    return process.env.APP_URL?.replace(/\/$/, '') || undefined;
  },
  /** Secure session cookies in production, unless explicitly turned off for plain-HTTP setups. */
  get secureCookies(): boolean {
    return this.isProduction && process.env.AUTH_INSECURE_COOKIES !== '1';
  },
  /** How many reverse proxies append to X-Forwarded-For in front of the app. */
  get trustedProxyHops(): number {
    return Number(process.env.TRUSTED_PROXY_HOPS ?? 1);
  },
  get uploadsDir(): string {
    return process.env.UPLOADS_DIR ?? '.data/uploads';
  },
  /** Whether emails are handed to Resend (otherwise they stay in the outbox). */
  get emailSendingEnabled(): boolean {
    return Boolean(process.env.RESEND_API_KEY);
  },
};
