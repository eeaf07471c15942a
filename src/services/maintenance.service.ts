/**
 * Operating the database: open it from the configuration, migrate, answer "ready?", and
 * back up / restore a SQLite file while the server runs. PostgreSQL is backed up with
 * its own tools (pg_dump / pg_restore); `backupInstructions` says how.
 */
import { existsSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { ResoluteError } from '../domain/errors.ts';
import { createDatabase, migrateToLatest, MIGRATIONS, redactUrl } from '../store/index.ts';
import type { Database, Engine } from '../store/index.ts';
import type { Config } from './config.ts';

export type { Database, Engine };

/** Opens the configured database (PostgreSQL when DATABASE_URL says so, else the SQLite file in DATA_DIR). */
export function openDatabase(config: Pick<Config, 'databaseUrl' | 'sqliteFile'>): Promise<Database> {
  return createDatabase({ url: config.databaseUrl, file: config.sqliteFile });
}

/** Applies pending migrations; returns their names. */
export function migrate(database: Database): Promise<string[]> {
  return migrateToLatest(database);
}

/** Which engine the configuration selects, without opening anything. */
export function engineOf(config: Pick<Config, 'databaseUrl'>): Engine {
  return config.databaseUrl !== undefined && /^postgres(ql)?:\/\//i.test(config.databaseUrl) ? 'postgres' : 'sqlite';
}

/** Null when the database answers and every migration is applied; else what is wrong. */
export async function readiness(database: Database): Promise<string | null> {
  try {
    const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(database.db);
    const applied = new Set(rows.rows.map((row) => row.name));
    const pending = MIGRATIONS.filter((m) => !applied.has(m.name)).map((m) => m.name);
    return pending.length === 0 ? null : `migrations not applied: ${pending.join(', ')}`;
  } catch (error) {
    return `database unreachable or not migrated: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** True when the database holds no organisation and no user (a fresh install). */
export async function isEmpty(database: Database): Promise<boolean> {
  const organisation = await database.db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  const user = await database.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return organisation === undefined && user === undefined;
}

function requireSqlite(config: Pick<Config, 'databaseUrl'>): void {
  if (engineOf(config) === 'postgres') {
    throw new ResoluteError('unsupported', 'Backup and restore of PostgreSQL use pg_dump and pg_restore', {
      path: redactUrl(config.databaseUrl ?? ''),
    });
  }
}

/** How to back up and restore PostgreSQL (resolute does not wrap pg_dump). */
export function backupInstructions(config: Pick<Config, 'databaseUrl'>): string {
  const url = redactUrl(config.databaseUrl ?? 'postgres://USER@HOST/DB');
  return [
    `pg_dump --format=custom --file=resolute.dump "${url}"`,
    `pg_restore --no-owner --dbname="${url}" resolute.dump   # into an empty database`,
  ].join('\n');
}

/**
 * Copies the live SQLite database to `target` with SQLite's online backup API: the copy
 * is consistent even while the server writes (a write between steps restarts the copy;
 * after the first step the rest goes in one step, so it finishes under steady writes).
 * Returns the number of pages copied.
 */
export async function backupSqlite(config: Pick<Config, 'databaseUrl' | 'sqliteFile'>, target: string): Promise<number> {
  requireSqlite(config);
  if (!existsSync(config.sqliteFile)) throw new ResoluteError('not_found', 'No database file', { path: config.sqliteFile });
  if (existsSync(target)) throw new ResoluteError('duplicate', 'The backup file exists already', { detail: target });
  const source = new BetterSqlite3(config.sqliteFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    const result = await source.backup(target, { progress: () => 1_000_000 });
    return result.totalPages;
  } finally {
    source.close();
  }
}

function checkBackupFile(file: string): void {
  if (!existsSync(file) || !statSync(file).isFile()) throw new ResoluteError('not_found', 'No backup file', { path: file });
  let backup: BetterSqlite3.Database;
  try {
    backup = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new ResoluteError('corrupt', 'Not a SQLite database', { path: file });
  }
  try {
    const check = backup.pragma('integrity_check', { simple: true });
    const migrated = backup.prepare("select count(*) as n from sqlite_master where name = 'kysely_migration'").get();
    if (check !== 'ok' || typeof migrated !== 'object' || migrated === null || !('n' in migrated) || migrated.n !== 1) {
      throw new ResoluteError('corrupt', 'Not a resolute backup, or damaged', { path: file });
    }
  } catch (error) {
    if (error instanceof ResoluteError) throw error;
    throw new ResoluteError('corrupt', 'Not a SQLite database', { path: file });
  } finally {
    backup.close();
  }
}

/**
 * Restores a backup file into the configured SQLite database, which must be empty (no
 * organisation, no user): a restore never overwrites data. Migrates the result, so a
 * backup from an older version comes back at the current schema.
 */
export async function restoreSqlite(config: Pick<Config, 'databaseUrl' | 'sqliteFile'>, file: string): Promise<void> {
  requireSqlite(config);
  checkBackupFile(file);
  const current = await openDatabase(config);
  try {
    await migrate(current);
    if (!(await isEmpty(current))) {
      const detail = `the database ${config.sqliteFile} is not empty; restore only into an empty database`;
      const detailVi = `cơ sở dữ liệu ${config.sqliteFile} không trống; chỉ khôi phục vào cơ sở dữ liệu trống`;
      throw new ResoluteError('invalid_input', detail, { detail, detail_vi: detailVi });
    }
  } finally {
    await current.close();
  }
  const backup = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(config.sqliteFile, { progress: () => 1_000_000 });
  } finally {
    backup.close();
  }
  const restored = await openDatabase(config);
  try {
    await migrate(restored);
  } finally {
    await restored.close();
  }
}
