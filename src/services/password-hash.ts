/**
 * Password hashing with node's scrypt (no native add-on to build). The stored form carries
 * its own parameters — "scrypt$N$r$p$salt$hash" (base64url) — so the cost can be raised
 * later without invalidating existing hashes.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';

/** 2^15 × r 8 = 32 MiB and ~50-100 ms per hash: costly to guess, cheap enough for a login. */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function derive(password: string, salt: Buffer, options: { N: number; r: number; p: number }, length: number): Promise<Buffer> {
  const settings: ScryptOptions = { ...options, maxmem: 256 * options.N * options.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, settings, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Hashes a password with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, COST, KEY_LENGTH);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface ParsedHash {
  options: { N: number; r: number; p: number };
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const key = Buffer.from(parts[5] ?? '', 'base64url');
  const sane = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n > 0;
  // Bounded so a tampered row cannot make one login allocate gigabytes.
  if (!sane(N) || !sane(r) || !sane(p) || N > 2 ** 20 || r > 32 || p > 16 || key.length < 16) return null;
  return { options: { N, r, p }, salt, key };
}

/**
 * True when `password` matches `stored`. Compares in constant time; an unreadable stored
 * hash is a mismatch, not an error.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (parsed === null) return false;
  const key = await derive(password, parsed.salt, parsed.options, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

/**
 * A hash of no one's password, verified when a login names no account so that a wrong
 * login name takes as long as a wrong password (no timing oracle for which logins exist).
 */
export const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
