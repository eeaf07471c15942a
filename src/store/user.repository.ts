/**
 * User accounts. Logins are kept trimmed and lower-case so "Admin" and "admin" are one
 * account. Audit snapshots never contain the password hash, only whether it changed.
 */
import type { Selectable } from 'kysely';
import type { IsoTimestamp, User } from '../domain/entities.ts';
import { appendAudit } from './audit.repository.ts';
import type { Executor } from './database.ts';
import { notFound, staleVersion } from './store-errors.ts';
import type { UsersTable } from './tables.ts';
import { nfcDeep } from './nfc.ts';
import { transaction } from './transaction.ts';
import { applyPatch, isoAt, newId } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

export interface NewUser {
  id?: string;
  login: string;
  displayName: string;
  email?: string | null;
  passwordHash?: string | null;
}

export type UserPatch = Partial<Pick<User, 'login' | 'displayName' | 'email' | 'passwordHash' | 'disabledAt'>>;

const collator = new Intl.Collator('vi');

/** The form a login is stored and looked up in. */
export function normaliseLogin(login: string): string {
  return login.trim().toLowerCase();
}

function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    email: row.email,
    passwordHash: row.password_hash,
    disabledAt: row.disabled_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What the audit log keeps of a user: everything but the password hash. */
function snapshot(user: User, passwordChanged = false): object {
  const { passwordHash, ...rest } = user;
  return { ...rest, hasPassword: passwordHash !== null, ...(passwordChanged ? { passwordChanged } : {}) };
}

/** Creates a user; logins are unique. */
export async function createUser(db: Executor, ctx: WriteContext, given: NewUser): Promise<User> {
  const input = nfcDeep(given);
  const at: IsoTimestamp = isoAt(ctx);
  const user: User = {
    id: newId(input.id),
    login: normaliseLogin(input.login),
    displayName: input.displayName,
    email: input.email ?? null,
    passwordHash: input.passwordHash ?? null,
    disabledAt: null,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  return transaction(db, async (trx) => {
    await trx
      .insertInto('users')
      .values({
        id: user.id, login: user.login, display_name: user.displayName, email: user.email,
        password_hash: user.passwordHash, disabled_at: null, version: 1, created_at: at, updated_at: at,
      })
      .execute();
    await appendAudit(trx, ctx, { entity: 'user', entityId: user.id, action: 'create', before: null, after: snapshot(user) });
    return user;
  });
}

/** The user with this id, or null. */
export async function getUser(db: Executor, id: string): Promise<User | null> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toUser(row);
}

/** The user with this login (any case, surrounding spaces ignored), or null. */
export async function findUserByLogin(db: Executor, login: string): Promise<User | null> {
  const row = await db.selectFrom('users').selectAll().where('login', '=', normaliseLogin(login)).executeTakeFirst();
  return row === undefined ? null : toUser(row);
}

/** Every user, in Vietnamese alphabetical order of login. */
export async function listUsers(db: Executor): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().execute();
  // Sorted here, not in SQL: the engines collate Vietnamese differently.
  return rows.map(toUser).sort((a, b) => collator.compare(a.login, b.login));
}

/** Updates a user still at `expectedVersion` (disable with `disabledAt`, re-enable with null). */
export async function updateUser(db: Executor, ctx: WriteContext, id: string, expectedVersion: number, given: UserPatch): Promise<User> {
  const patch = nfcDeep(given);
  return transaction(db, async (trx) => {
    const before = await getUser(trx, id);
    if (before === null) throw notFound('user', id);
    if (before.version !== expectedVersion) throw staleVersion('user', id, expectedVersion, before.version);
    const login = patch.login === undefined ? before.login : normaliseLogin(patch.login);
    const after = applyPatch(before, { ...patch, login, version: before.version + 1, updatedAt: isoAt(ctx) });
    const result = await trx
      .updateTable('users')
      .set({
        login: after.login, display_name: after.displayName, email: after.email, password_hash: after.passwordHash,
        disabled_at: after.disabledAt, version: after.version, updated_at: after.updatedAt,
      })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw staleVersion('user', id, expectedVersion, expectedVersion + 1);
    const passwordChanged = after.passwordHash !== before.passwordHash;
    await appendAudit(trx, ctx, { entity: 'user', entityId: id, action: 'update', before: snapshot(before), after: snapshot(after, passwordChanged) });
    return after;
  });
}
