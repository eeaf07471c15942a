/**
 * E-mail verification for consultations that require it: the hash of a one-time code sent to
 * an address, the attempts made at it, and the hash of the token a confirmed address gets.
 * Only hashes are stored. Not audited: these are the public's sign-in steps, not edits to a
 * record, and they would move the data version on every code sent. Addresses are stored and
 * looked up lower-cased and NFC.
 */
import type { Selectable } from 'kysely';
import type { EmailVerification } from '../domain/consultation/consultation.ts';
import type { ConsultationVerificationsTable } from './consultation-tables.ts';
import type { Executor } from './database.ts';
import { isoInstant } from './iso-text.ts';
import { nfcDeep } from './nfc.ts';
import { notFound } from './store-errors.ts';

export type NewEmailVerification = Omit<EmailVerification, 'attempts' | 'verifiedAt' | 'tokenHash'>;

function toVerification(row: Selectable<ConsultationVerificationsTable>): EmailVerification {
  return {
    id: row.id, consultationId: row.consultation_id, email: row.email, codeHash: row.code_hash, expiresAt: row.expires_at,
    attempts: row.attempts, verifiedAt: row.verified_at, tokenHash: row.token_hash, createdAt: row.created_at,
  };
}

function address(email: string): string {
  return email.normalize('NFC').toLowerCase();
}

/** Records a code sent to an address (no attempts yet, not verified). */
export async function createVerification(db: Executor, given: NewEmailVerification): Promise<EmailVerification> {
  const input = nfcDeep(given);
  const row: Selectable<ConsultationVerificationsTable> = {
    id: input.id, consultation_id: input.consultationId, email: address(input.email), code_hash: input.codeHash,
    expires_at: isoInstant(input.expiresAt, 'expiresAt'), attempts: 0, verified_at: null, token_hash: null,
    created_at: isoInstant(input.createdAt, 'createdAt'),
  };
  await db.insertInto('consultation_verifications').values(row).execute();
  return toVerification(row);
}

/** The newest code sent to the address for the consultation, or null. */
export async function latestVerification(db: Executor, consultationId: string, email: string): Promise<EmailVerification | null> {
  const row = await db
    .selectFrom('consultation_verifications')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .where('email', '=', address(email))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? null : toVerification(row);
}

/** Counts one more attempt at the code (one atomic update); returns the new count. */
export async function recordVerificationAttempt(db: Executor, id: string): Promise<number> {
  const row = await db
    .updateTable('consultation_verifications')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .returning('attempts')
    .executeTakeFirst();
  if (row === undefined) throw notFound('consultation_verification', id);
  return row.attempts;
}

/** Marks the code confirmed at `at` with the token's hash; false when it was confirmed already (or does not exist). */
export async function markVerified(db: Executor, id: string, at: Date, tokenHash: string): Promise<boolean> {
  const result = await db
    .updateTable('consultation_verifications')
    .set({ verified_at: at.toISOString(), token_hash: tokenHash })
    .where('id', '=', id)
    .where('verified_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The confirmed verification holding this token hash in the consultation, or null. */
export async function findVerificationByToken(db: Executor, consultationId: string, tokenHash: string): Promise<EmailVerification | null> {
  const row = await db
    .selectFrom('consultation_verifications')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row === undefined ? null : toVerification(row);
}

/** How many codes were sent to the address for the consultation at or after `since` (for rate limits). */
export async function countVerificationsSince(db: Executor, consultationId: string, email: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('consultation_verifications')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('consultation_id', '=', consultationId)
    .where('email', '=', address(email))
    .where('created_at', '>=', since.toISOString())
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
