/**
 * Accounts: users with scrypt-hashed passwords, login sessions, API tokens for machine
 * clients, and the login lockout. Secrets are random 32-byte tokens handed out once; the
 * store keeps only their SHA-256, so a copy of the database opens no session.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ApiToken, User } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import {
  clearLoginFailures, createApiToken as storeApiToken, createSession, createUser, deleteSession, deleteUserSessions,
  findApiToken, findSession, findUserByLogin, getLoginAttempt, getUser, listApiTokens as storedApiTokens,
  normaliseLogin, recordLoginFailure, revokeApiToken as storeRevokeApiToken, touchApiToken, updateUser,
} from '../store/index.ts';
import type { Executor } from '../store/index.ts';
import { AccessError } from './access-error.ts';
import { loadActor } from './actor.ts';
import type { Actor } from './actor.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password-hash.ts';

/** The account rules the configuration sets. */
export interface AccountSettings {
  sessionTtlHours: number;
  loginMaxFailures: number;
  loginLockoutMinutes: number;
}

/** What the account use cases need: the database, the clock, the settings. */
export interface AccountDeps {
  db: Executor;
  now(): Date;
  accounts: AccountSettings;
}

/** A user as shown to clients: no password hash. */
export interface PublicUser {
  id: string;
  login: string;
  displayName: string;
  email: string | null;
}

/** Who is calling, once a session cookie or an API token has been checked. */
export interface Principal {
  user: PublicUser;
  /** The user with their grants, as every service takes it. */
  actor: Actor;
  via: 'session' | 'token';
  /** The session's or the token's id. */
  credentialId: string;
}

export interface LoginResult {
  /** The session token for the cookie; not stored anywhere. */
  token: string;
  sessionId: string;
  expiresAt: string;
  user: PublicUser;
}

/** API tokens start with this so that secret scanners and people recognise them. */
const API_TOKEN_PREFIX = 'rsl_';
const MIN_PASSWORD = 8;
const MAX_PASSWORD = 1024;
/** A token's last use is recorded at most this often: one write per minute, not per request. */
const TOUCH_INTERVAL_MS = 60_000;

/** SHA-256 of a token, hex: what the store keeps and looks up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function publicUser(user: User): PublicUser {
  return { id: user.id, login: user.login, displayName: user.displayName, email: user.email };
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
    const detail = `password: must have ${MIN_PASSWORD} to ${MAX_PASSWORD} characters`;
    throw new ResoluteError('invalid_input', detail, { detail });
  }
}

export interface NewAccount {
  id?: string;
  login: string;
  displayName: string;
  email?: string | null;
  password: string;
}

/** What creating an account and setting a password need: no session settings, so the administration services can call them too. */
export type PasswordDeps = Pick<AccountDeps, 'db' | 'now'>;

/** Creates a user with a hashed password. */
export async function createAccount(deps: PasswordDeps, actorId: string | null, input: NewAccount): Promise<PublicUser> {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const { password: _secret, ...rest } = input;
  const user = await createUser(deps.db, { actorId, at: deps.now() }, { ...rest, passwordHash });
  return publicUser(user);
}

/** Sets a new password and ends the user's sessions (a changed password must lock out whoever had the old one). */
export async function changePassword(deps: PasswordDeps, actorId: string | null, userId: string, password: string): Promise<void> {
  checkPassword(password);
  const passwordHash = await hashPassword(password);
  const user = await getUser(deps.db, userId);
  if (user === null) throw new ResoluteError('record_not_found', `No user ${userId}`, { entity: 'user', id: userId });
  await updateUser(deps.db, { actorId, at: deps.now() }, userId, user.version, { passwordHash });
  await deleteUserSessions(deps.db, userId);
}

function lockedError(until: string): AccessError {
  return new AccessError('login_locked', `Too many failed logins; locked until ${until}`, { until });
}

/** The user when the password is right; verifies against a dummy hash otherwise, so timing reveals nothing. */
async function checkCredentials(deps: AccountDeps, login: string, password: string): Promise<User | null> {
  const user = await findUserByLogin(deps.db, login);
  const usable = user !== null && user.passwordHash !== null && user.disabledAt === null;
  const matches = await verifyPassword(password, usable ? (user.passwordHash ?? DUMMY_HASH) : DUMMY_HASH);
  return usable && matches ? user : null;
}

/**
 * Logs in with login and password; returns a new session token. Refuses a locked login
 * before looking at the password, and locks it after too many failures.
 */
export async function login(deps: AccountDeps, credentials: { login: string; password: string }): Promise<LoginResult> {
  const name = normaliseLogin(credentials.login);
  const now = deps.now();
  const attempt = await getLoginAttempt(deps.db, name);
  if (attempt?.lockedUntil != null && attempt.lockedUntil > now.toISOString()) throw lockedError(attempt.lockedUntil);
  const user = await checkCredentials(deps, name, credentials.password);
  if (user === null) {
    const policy = { maxFailures: deps.accounts.loginMaxFailures, lockoutMs: deps.accounts.loginLockoutMinutes * 60_000 };
    const failed = await recordLoginFailure(deps.db, name, now, policy);
    if (failed.lockedUntil !== null) throw lockedError(failed.lockedUntil);
    throw new AccessError('invalid_credentials', 'Wrong login or password');
  }
  if (attempt !== null) await clearLoginFailures(deps.db, name);
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + deps.accounts.sessionTtlHours * 3_600_000);
  const session = await createSession(deps.db, { userId: user.id, tokenHash: hashToken(token), createdAt: now, expiresAt });
  return { token, sessionId: session.id, expiresAt: session.expiresAt, user: publicUser(user) };
}

async function principalOf(deps: AccountDeps, userId: string, via: Principal['via'], credentialId: string): Promise<Principal | null> {
  const user = await getUser(deps.db, userId);
  if (user === null || user.disabledAt !== null) return null;
  return { user: publicUser(user), actor: await loadActor(deps.db, userId), via, credentialId };
}

/** The caller behind a session token, or null when the token is unknown, expired or its user disabled. */
export async function authenticateSession(deps: AccountDeps, token: string): Promise<Principal | null> {
  if (token === '') return null;
  const session = await findSession(deps.db, hashToken(token), deps.now());
  return session === null ? null : principalOf(deps, session.userId, 'session', session.id);
}

/** Ends the session of this token (logout); an unknown token is already logged out. */
export async function logout(deps: AccountDeps, token: string): Promise<void> {
  const session = await findSession(deps.db, hashToken(token), deps.now());
  if (session !== null) await deleteSession(deps.db, session.id);
}

/** Ends every session of a user ("log out everywhere"); returns how many ended. */
export function logoutEverywhere(deps: AccountDeps, userId: string): Promise<number> {
  return deleteUserSessions(deps.db, userId);
}

/** An API token as listed: never its secret or hash. */
export interface ApiTokenInfo {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

function tokenInfo(token: ApiToken): ApiTokenInfo {
  return { id: token.id, name: token.name, createdAt: token.createdAt, lastUsedAt: token.lastUsedAt };
}

/** Creates an API token for a user; the returned `token` is shown once and never again. */
export async function createApiToken(deps: AccountDeps, userId: string, name: string): Promise<{ token: string; info: ApiTokenInfo }> {
  const token = `${API_TOKEN_PREFIX}${newSecret()}`;
  const created = await storeApiToken(deps.db, { actorId: userId, at: deps.now() }, { userId, name: name.trim(), tokenHash: hashToken(token) });
  return { token, info: tokenInfo(created) };
}

/** A user's API tokens. */
export async function listApiTokens(deps: AccountDeps, userId: string): Promise<ApiTokenInfo[]> {
  return (await storedApiTokens(deps.db, userId)).map(tokenInfo);
}

/** Revokes one of the user's own tokens; someone else's token is "not found", not "forbidden" (no probing). */
export async function revokeApiToken(deps: AccountDeps, userId: string, tokenId: string): Promise<void> {
  const own = (await storedApiTokens(deps.db, userId)).some((token) => token.id === tokenId);
  if (!own) throw new ResoluteError('record_not_found', `No API token ${tokenId}`, { entity: 'api_token', id: tokenId });
  await storeRevokeApiToken(deps.db, { actorId: userId, at: deps.now() }, tokenId);
}

/** The caller behind an API token (`Authorization: Bearer rsl_…`), or null. Records its last use. */
export async function authenticateApiToken(deps: AccountDeps, token: string): Promise<Principal | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const found = await findApiToken(deps.db, hashToken(token));
  if (found === null) return null;
  const now = deps.now();
  const last = found.lastUsedAt === null ? 0 : Date.parse(found.lastUsedAt);
  if (now.getTime() - last >= TOUCH_INTERVAL_MS) await touchApiToken(deps.db, found.id, now);
  return principalOf(deps, found.userId, 'token', found.id);
}
