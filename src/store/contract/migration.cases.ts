/** Contract: migrations are idempotent and the schema enforces what the store promises. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { migrateToLatest, MIGRATIONS } from '../migrations/index.ts';
import { appendAudit } from '../audit.repository.ts';
import type { TestEngine } from './engines.ts';
import { withStore } from './engines.ts';
import { T0 } from './fixtures.ts';

/** Registers the migration cases for one engine. */
export function migrationCases(engine: TestEngine): void {
  describe('migrations', () => {
    test('apply every migration once; a second run applies nothing', async () => {
      const database = await engine.open();
      try {
        const names = MIGRATIONS.map((m) => m.name);
        assert.deepEqual(await migrateToLatest(database), names);
        assert.deepEqual(await migrateToLatest(database), []);
        const roles = await database.db.selectFrom('roles').select('code').orderBy('code').execute();
        assert.deepEqual(roles.map((r) => r.code), ['admin', 'inspector', 'leader', 'public', 'reporter', 'secretariat']);
      } finally {
        await engine.dispose(database);
      }
    });

    test('two migrators started together apply each migration exactly once', async () => {
      const database = await engine.open();
      try {
        const [first, second] = await Promise.all([migrateToLatest(database), migrateToLatest(database)]);
        assert.deepEqual([...(first ?? []), ...(second ?? [])], MIGRATIONS.map((m) => m.name));
      } finally {
        await engine.dispose(database);
      }
    });

    test('another store beside this one is neither seen nor in the way, even while it is dropped', async () => {
      // On PostgreSQL the stores are schemas of one database: a concurrent test file's, or
      // another instance's. Introspection (which the Migrator uses) must read our schema only.
      const kept = await engine.open();
      try {
        await migrateToLatest(kept);
        for (let round = 0; round < 4; round += 1) {
          const dropped = await Promise.all([engine.open(), engine.open()]);
          await Promise.all(dropped.map((other) => migrateToLatest(other)));
          const database = await engine.open();
          try {
            await Promise.all([migrateToLatest(database), ...dropped.map((other) => engine.dispose(other))]);
            const tables = await database.db.introspection.getTables({ withInternalKyselyTables: true });
            const names = tables.map((table) => table.name);
            assert.equal(new Set(names).size, names.length, 'each table once: no other store\'s tables');
            assert.ok(names.includes('organisations') && names.includes('kysely_migration'));
            if (database.schema !== null) assert.ok(tables.every((table) => table.schema === database.schema));
          } finally {
            await engine.dispose(database);
          }
        }
      } finally {
        await engine.dispose(kept);
      }
    });

    test('the audit log refuses UPDATE and DELETE at the database level', () =>
      withStore(engine, async ({ db }) => {
        await appendAudit(db, T0, { entity: 'term', entityId: 't1', action: 'create', before: null, after: { a: 1 } });
        await assert.rejects(sql`update audit_log set entity_id = 't2'`.execute(db), /append-only/);
        await assert.rejects(sql`delete from audit_log`.execute(db), /append-only/);
        const rows = await db.selectFrom('audit_log').select('entity_id').execute();
        assert.deepEqual(rows, [{ entity_id: 't1' }]);
      }));

    test('CHECK constraints reject a state outside the enumeration', () =>
      withStore(engine, async ({ db }) => {
        const insert = sql`insert into organisations (id, parent_id, kind, name, code, created_at, updated_at)
          values ('o1', null, 'galaxy', 'X', null, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`;
        await assert.rejects(insert.execute(db));
        const count = await db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        assert.equal(Number(count.n), 0);
      }));
  });
}
