/**
 * SQLite through better-sqlite3: one file, WAL journal, foreign keys on, and
 * `synchronous = FULL` so that a commit is on disk before it is acknowledged (NORMAL with
 * WAL can lose the last commits on power loss; FULL cannot).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect } from 'kysely';
import type { DialectAdapter } from 'kysely';
import type { Database } from '../database.ts';
import type { Tables } from '../tables.ts';
import { NfcPlugin } from '../nfc.ts';

/** How long a writer waits for another process's lock before failing (ms). */
const BUSY_TIMEOUT_MS = 5000;

/**
 * SQLite does run DDL inside transactions; Kysely's adapter says it does not, which makes
 * its Migrator apply a migration without one. Saying yes gives atomic migrations: a
 * failed migration leaves neither half a schema nor a missing migration row.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class DurableSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

/** Opens (creating if needed) a SQLite database file with durable settings. */
export function openSqlite(file: string): Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Tables>({ dialect: new DurableSqliteDialect({ database: sqlite }), plugins: [new NfcPlugin()] });
  return {
    db,
    engine: 'sqlite',
    schema: null,
    location: file,
    close: () => db.destroy(),
  };
}
