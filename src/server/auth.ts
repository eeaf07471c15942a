/**
 * Who is calling, decided once per request: an API token (`Authorization: Bearer rsl_…`) or
 * the session cookie. Routes are for signed-in users unless their config says `auth:
 * 'public'`. A change made with the session cookie must carry the CSRF token in the
 * `x-csrf-token` header (docs/decisions/006-http-server-fastify.md): a cross-site page can
 * make the browser send the cookie, but cannot read the token to put in the header.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ANONYMOUS_ACTOR } from '../services/actor.ts';
import type { Actor } from '../services/actor.ts';
import { AccessError } from '../services/access-error.ts';
import { authenticateApiToken, authenticateSession } from '../services/account.service.ts';
import type { Principal } from '../services/account.service.ts';
import type { Config } from '../services/config.ts';
import './context.ts';

export const SESSION_COOKIE = 'resolute_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The CSRF token of a session: derived from its secret, so nothing more is stored. */
export function csrfTokenOf(sessionToken: string): string {
  return createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url');
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bearerOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/** The session cookie's token, when the request carries one. */
export function sessionTokenOf(request: FastifyRequest): string | null {
  const token = request.cookies[SESSION_COOKIE];
  return token === undefined || token === '' ? null : token;
}

async function authenticate(app: FastifyInstance, request: FastifyRequest): Promise<Principal | null> {
  const bearer = bearerOf(request);
  if (bearer !== null) {
    const principal = await authenticateApiToken(app.resolute.accounts, bearer);
    // A wrong token is refused even on public routes: the client meant to sign in.
    if (principal === null) throw new AccessError('unauthenticated', 'Unknown or revoked API token');
    return principal;
  }
  const session = sessionTokenOf(request);
  return session === null ? null : authenticateSession(app.resolute.accounts, session);
}

function checkCsrf(request: FastifyRequest): void {
  const session = sessionTokenOf(request);
  if (request.principal?.via !== 'session' || SAFE_METHODS.has(request.method) || session === null) return;
  const given = request.headers[CSRF_HEADER];
  if (typeof given !== 'string' || !sameToken(given, csrfTokenOf(session))) {
    throw new AccessError('csrf_rejected', 'Missing or wrong CSRF token');
  }
}

/** Registers authentication (every request) and the sign-in and CSRF requirements (per route). */
export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('principal', null);
  // onRequest: before the body is read, so a stranger cannot make the server take an upload.
  app.addHook('onRequest', async (request) => {
    if (request.is404) return;
    request.principal = await authenticate(app, request);
    if (request.routeOptions.config.auth === 'public') return;
    if (request.principal === null) throw new AccessError('unauthenticated', 'Sign in first');
    checkCsrf(request);
  });
}

/** The calling actor for a service: the signed-in user, or the public on public routes. */
export function actorOf(request: FastifyRequest): Actor {
  return request.principal?.actor ?? ANONYMOUS_ACTOR;
}

/** The signed-in caller; only for routes that require one (the hook has already refused the rest). */
export function principalOf(request: FastifyRequest): Principal {
  if (request.principal === null) throw new AccessError('unauthenticated', 'Sign in first');
  return request.principal;
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure per COOKIE_SECURE. */
export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config, token: string, expiresAt: string): void {
  const secure = config.cookieSecure === 'always' || (config.cookieSecure === 'auto' && request.protocol === 'https');
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: new Date(expiresAt) });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
