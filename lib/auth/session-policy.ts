/** How long a session lives without being used; every request slides it forward. */
export const SESSION_IDLE_MAX_SECONDS = 12 * 60 * 60;

/** How long a session may live at all, however active: then the user logs in again. */
export const SESSION_ABSOLUTE_MAX_MS = 7 * 24 * 60 * 60 * 1000;

/** What a page knows of its session: when it logged in and its id (for logout revocation). */
export type SessionStamp = { loginAt: number; sessionId?: string };

/** A session's age rule, apart from revocation: one that logged in too long ago is over. */
export function sessionExpired(stamp: SessionStamp, now = Date.now()): boolean {
  return now - stamp.loginAt > SESSION_ABSOLUTE_MAX_MS;
}
