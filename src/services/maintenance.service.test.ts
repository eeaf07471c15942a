import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import { ResoluteError } from '../domain/errors.ts';
import { createOrganisation } from '../store/index.ts';
import type { Database } from '../store/index.ts';
import {
  backupInstructions, backupSqlite, engineOf, isEmpty, migrate, openDatabase, readiness, restoreSqlite,
} from './maintenance.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';

const dir = mkdtempSync(join(tmpdir(), 'resolute-maintenance-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;
const config = (): { databaseUrl: undefined; sqliteFile: string } => ({ databaseUrl: undefined, sqliteFile: join(dir, `db-${++count}.sqlite`) });
const at = { actorId: null, at: new Date('2024-01-01T00:00:00.000Z') };

async function orgNames(database: Database): Promise<string[]> {
  const rows = await database.db.selectFrom('organisations').select('name').orderBy('name').execute();
  return rows.map((row) => row.name);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ResoluteError) return error.code;
    throw error;
  }
  return 'succeeded';
}

describe('backup and restore (SQLite)', () => {
  test('a backup taken while writing restores into an empty database with the same rows as the copy', async () => {
    const source = config();
    const database = await openDatabase(source);
    await migrate(database);
    let written = 0;
    let stop = false;
    const writer = (async () => {
      while (!stop) {
        // better-sqlite3 answers synchronously: yield so the backup's steps get their turn.
        await new Promise((resolve) => setImmediate(resolve));
        await createOrganisation(database.db, at, { parentId: null, kind: 'commune', name: `Xã ${String(++written).padStart(5, '0')}` });
      }
    })();
    while (written < 50) await new Promise((resolve) => setTimeout(resolve, 5));
    const backupFile = join(dir, 'backup.sqlite');
    await backupSqlite(source, backupFile);
    const writtenAtBackup = written;
    while (written < writtenAtBackup + 50) await new Promise((resolve) => setTimeout(resolve, 5));
    stop = true;
    await writer;
    const all = await orgNames(database);
    await database.close();

    const target = config();
    await restoreSqlite(target, backupFile);
    const restored = await openDatabase(target);
    const names = await orgNames(restored);
    // A consistent prefix of the writes: nothing torn, nothing after the copy.
    assert.ok(names.length >= 50 && names.length < all.length, `${names.length} of ${all.length}`);
    assert.deepEqual(names, all.slice(0, names.length));
    const audit = await restored.db.selectFrom('audit_log').select('entity_id').execute();
    assert.equal(audit.length, names.length);
    assert.equal(await readiness(restored), null);
    await restored.close();
  });

  test('restore refuses a non-empty database, a missing file and a file that is not a backup', async () => {
    const source = config();
    const database = await openDatabase(source);
    await migrate(database);
    await createOrganisation(database.db, at, { parentId: null, kind: 'province', name: 'Tỉnh Lai Châu' });
    await database.close();
    const backupFile = join(dir, 'second.sqlite');
    await backupSqlite(source, backupFile);
    assert.equal(await codeOf(backupSqlite(source, backupFile)), 'duplicate');
    assert.equal(await codeOf(restoreSqlite(source, backupFile)), 'invalid_input');
    assert.equal(await codeOf(restoreSqlite(config(), join(dir, 'missing.sqlite'))), 'not_found');
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database at all, just text');
    assert.equal(await codeOf(restoreSqlite(config(), junk)), 'corrupt');
  });

  test('PostgreSQL is backed up with pg_dump: the service says so, without the password', async () => {
    const pg = { databaseUrl: 'postgres://app:secret@db:5432/resolute', sqliteFile: 'unused' };
    assert.equal(engineOf(pg), 'postgres');
    assert.equal(await codeOf(backupSqlite(pg, join(dir, 'x'))), 'unsupported');
    assert.equal(
      backupInstructions(pg),
      'pg_dump --format=custom --file=resolute.dump "postgres://app:***@db:5432/resolute"\n'
        + 'pg_restore --no-owner --dbname="postgres://app:***@db:5432/resolute" resolute.dump   # into an empty database',
    );
  });
});

await onBothEngines('readiness', (engine) => {
  test('ready once migrated; an empty database is empty until data arrives', async () => {
    const database = await engine.open();
    try {
      assert.match((await readiness(database)) ?? '', /^database unreachable or not migrated/);
      await migrate(database);
      assert.equal(await readiness(database), null);
      assert.equal(await isEmpty(database), true);
      await createOrganisation(database.db, at, { parentId: null, kind: 'province', name: 'Tỉnh Lai Châu' });
      assert.equal(await isEmpty(database), false);
    } finally {
      await engine.dispose(database);
    }
  });

  test('a database missing the latest migration is not ready', () =>
    withDatabase(engine, async (database) => {
      await sql`delete from kysely_migration where name = ${'0007-login-attempts'}`.execute(database.db);
      assert.equal(await readiness(database), 'migrations not applied: 0007-login-attempts');
    }));
});
