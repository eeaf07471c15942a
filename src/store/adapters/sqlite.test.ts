import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Migrator, sql } from 'kysely';
import type { Migration } from 'kysely';
import { openSqlite } from './sqlite.ts';

const dir = mkdtempSync(join(tmpdir(), 'resolute-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite adapter', () => {
  test('opens with WAL, synchronous FULL, foreign keys and a busy timeout, creating the directory', async () => {
    const database = openSqlite(join(dir, 'nested', 'deeper', 'a.db'));
    try {
      const pragma = async (name: string): Promise<unknown> => {
        const result = await sql<Record<string, unknown>>`${sql.raw(`pragma ${name}`)}`.execute(database.db);
        return Object.values(result.rows[0] ?? {})[0];
      };
      assert.equal(await pragma('journal_mode'), 'wal');
      assert.equal(await pragma('synchronous'), 2);
      assert.equal(await pragma('foreign_keys'), 1);
      assert.equal(await pragma('busy_timeout'), 5000);
      assert.equal(database.engine, 'sqlite');
      assert.equal(database.schema, null);
    } finally {
      await database.close();
    }
  });

  test('a migration that fails half-way leaves no trace (migrations run in a transaction)', async () => {
    const database = openSqlite(join(dir, 'b.db'));
    try {
      const broken: Migration = {
        async up(db) {
          await db.schema.createTable('half').addColumn('id', 'text').execute();
          throw new Error('broken migration');
        },
      };
      const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => ({ '0001-broken': broken }) } });
      const { error } = await migrator.migrateToLatest();
      assert.match(String(error), /broken migration/);
      const tables = await database.db.introspection.getTables();
      assert.deepEqual(tables.map((t) => t.name), []);
    } finally {
      await database.close();
    }
  });
});
