/**
 * API tokens for machine clients, found by the hash of the token. Creating and revoking a
 * token is audited (without its hash); recording its last use is not.
 */
import type { Selectable } from 'kysely';
import type { ApiToken } from '../domain/entities.ts';
import { appendAudit } from './audit.repository.ts';
import type { Executor } from './database.ts';
import { notFound } from './store-errors.ts';
import type { ApiTokensTable } from './tables.ts';
import { nfcDeep } from './nfc.ts';
import { transaction } from './transaction.ts';
import { isoAt, newId } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

export interface NewApiToken {
  id?: string;
  userId: string;
  name: string;
  tokenHash: string;
}

function toApiToken(row: Selectable<ApiTokensTable>): ApiToken {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    tokenHash: row.token_hash,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  };
}

function snapshot(token: ApiToken): object {
  const { tokenHash: _hash, ...rest } = token;
  return rest;
}

/** Stores a new token for a user. */
export async function createApiToken(db: Executor, ctx: WriteContext, given: NewApiToken): Promise<ApiToken> {
  const input = nfcDeep(given);
  const row = {
    id: newId(input.id),
    user_id: input.userId,
    name: input.name,
    token_hash: input.tokenHash,
    created_at: isoAt(ctx),
    last_used_at: null,
  };
  return transaction(db, async (trx) => {
    await trx.insertInto('api_tokens').values(row).execute();
    const created = toApiToken(row);
    await appendAudit(trx, ctx, { entity: 'api_token', entityId: row.id, action: 'create', before: null, after: snapshot(created) });
    return created;
  });
}

/** The token with this hash, or null. */
export async function findApiToken(db: Executor, tokenHash: string): Promise<ApiToken | null> {
  const row = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row === undefined ? null : toApiToken(row);
}

/** A user's tokens, oldest first. */
export async function listApiTokens(db: Executor, userId: string): Promise<ApiToken[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toApiToken);
}

/** Records that a token was used at `at`. */
export async function touchApiToken(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at.toISOString() }).where('id', '=', id).execute();
}

/** Revokes (deletes) a token. */
export async function revokeApiToken(db: Executor, ctx: WriteContext, id: string): Promise<void> {
  await transaction(db, async (trx) => {
    const row = await trx.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) throw notFound('api_token', id);
    await trx.deleteFrom('api_tokens').where('id', '=', id).execute();
    await appendAudit(trx, ctx, { entity: 'api_token', entityId: id, action: 'delete', before: snapshot(toApiToken(row)), after: null });
  });
}
