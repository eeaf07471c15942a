/**
 * Refusals of access: not signed in, wrong credentials, locked out after failed logins, a
 * cookie-authenticated change without its CSRF token, too many requests. Kept apart from
 * the domain's `ResoluteError` codes because they are about who asks and how, not about the
 * data (a role without the permission is the services' `forbidden`); the HTTP edge maps
 * both (src/server/error-status.ts).
 */

export type AccessErrorCode = 'unauthenticated' | 'invalid_credentials' | 'login_locked' | 'csrf_rejected' | 'rate_limited';

/** A request refused because of who makes it or how. */
export class AccessError extends Error {
  readonly code: AccessErrorCode;
  /** Values the translated message may quote (until when a login is locked). */
  readonly details: Readonly<Record<string, string | number>>;

  constructor(code: AccessErrorCode, message: string, details: Record<string, string | number> = {}) {
    super(message);
    this.name = 'AccessError';
    this.code = code;
    this.details = details;
  }
}
