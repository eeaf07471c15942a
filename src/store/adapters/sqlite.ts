/**
 * SQLite through better-sqlite3: one file, WAL journal, foreign keys on, and
 * `synchronous = FULL` so that a commit is on disk before it is acknowledged (NORMAL with
 * WAL can lose the last commits on power loss; FULL cannot).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect, SqliteDriver } from 'kysely';
import type { DatabaseConnection, DialectAdapter, Driver, SqliteDialectConfig } from 'kysely';
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

/**
 * SQLite has one connection, and Kysely's driver guards it with a lock every waiter polls:
 * each release wakes all of them, so N concurrent requests cost N² wake-ups (a burst of public
 * comments slowed to seconds a request). A first-in, first-out gate in front lets exactly one
 * caller at a time reach Kysely's lock, which then never has a waiter.
 */
class FairSqliteDriver extends SqliteDriver {
  private readonly waiting: (() => void)[] = [];
  private busy = false;

  override async acquireConnection(): Promise<DatabaseConnection> {
    if (this.busy) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.busy = true;
    return super.acquireConnection();
  }

  override async releaseConnection(): Promise<void> {
    await super.releaseConnection();
    const next = this.waiting.shift();
    if (next === undefined) this.busy = false;
    else next();
  }
}

class DurableSqliteDialect extends SqliteDialect {
  private readonly settings: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.settings = config;
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }

  override createDriver(): Driver {
    return new FairSqliteDriver(this.settings);
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
