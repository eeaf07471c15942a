/**
 * The engines the contract suite runs against: SQLite on a temporary WAL file and
 * PostgreSQL in a fresh schema per test (dropped afterwards), so parallel runs never collide.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, redactUrl } from '../database.ts';
import type { Database, Engine } from '../database.ts';
import { migrateToLatest } from '../migrations/index.ts';

export interface TestEngine {
  name: Engine;
  /** A new, empty, unmigrated database. */
  open(): Promise<Database>;
  /** Closes it and removes its file or schema. */
  dispose(database: Database): Promise<void>;
}

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** SQLite files in one temporary directory; `cleanup` removes the directory. */
export function sqliteEngine(): TestEngine & { cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'resolute-store-'));
  let count = 0;
  return {
    name: 'sqlite',
    open: () => createDatabase({ file: join(dir, `db-${++count}.sqlite`) }),
    dispose: (database) => database.close(),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function admin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Null when PostgreSQL answers at `url`, else the reason it does not. */
export async function probePostgres(url: string): Promise<string | null> {
  try {
    await admin(url, (client) => client.query('select 1'));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** PostgreSQL at `url`, one `resolute_test_<random>` schema per database opened. */
export function postgresEngine(url: string): TestEngine {
  return {
    name: 'postgres',
    async open() {
      const schema = `resolute_test_${randomBytes(6).toString('hex')}`;
      await admin(url, (client) => client.query(`create schema ${schema}`));
      return createDatabase({ url, schema, poolSize: 4 });
    },
    async dispose(database) {
      await database.close();
      if (database.schema !== null) {
        const schema = database.schema;
        await admin(url, (client) => client.query(`drop schema ${schema} cascade`));
      }
    },
  };
}

/** Opens a fresh migrated database, runs `fn`, and disposes of it whatever happens. */
export async function withStore(engine: TestEngine, fn: (database: Database) => Promise<void>): Promise<void> {
  const database = await engine.open();
  try {
    await migrateToLatest(database);
    await fn(database);
  } finally {
    await engine.dispose(database);
  }
}

/** The URL to print in messages. */
export function describeUrl(url: string): string {
  return redactUrl(url);
}
