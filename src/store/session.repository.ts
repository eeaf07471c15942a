/**
 * Login sessions, found by the hash of their cookie token. Sessions are not audited: they
 * change on every login and logout and are not a change to the user's record.
 */
import type { Selectable } from 'kysely';
import type { Session } from '../domain/entities.ts';
import type { Executor } from './database.ts';
import type { SessionsTable } from './tables.ts';
import { transaction } from './transaction.ts';
import { newId } from './write-context.ts';

export interface NewSession {
  id?: string;
  userId: string;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
}

function toSession(row: Selectable<SessionsTable>): Session {
  return { id: row.id, userId: row.user_id, tokenHash: row.token_hash, createdAt: row.created_at, expiresAt: row.expires_at };
}

/** Stores a new session. */
export async function createSession(db: Executor, input: NewSession): Promise<Session> {
  const row = {
    id: newId(input.id),
    user_id: input.userId,
    token_hash: input.tokenHash,
    created_at: input.createdAt.toISOString(),
    expires_at: input.expiresAt.toISOString(),
  };
  await transaction(db, (trx) => trx.insertInto('sessions').values(row).execute());
  return toSession(row);
}

/** The session with this token hash if it has not expired at `now`, else null. */
export async function findSession(db: Executor, tokenHash: string, now: Date): Promise<Session | null> {
  const row = await db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row === undefined ? null : toSession(row);
}

/** Ends one session (logout). */
export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user ("log out everywhere"); returns how many ended. */
export async function deleteUserSessions(db: Executor, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes sessions expired at `now`; returns how many. */
export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
