/**
 * Durability: a writer killed with SIGKILL in the middle of a burst loses no acknowledged
 * write, leaves no change without its audit entry, and (SQLite) no corruption.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Database } from './database.ts';
import type { TestEngine } from './contract/engines.ts';
import { DEFAULT_TEST_DATABASE_URL, describeUrl, postgresEngine, probePostgres, sqliteEngine } from './contract/engines.ts';

const WRITER = fileURLToPath(new URL('./contract/crash-writer.ts', import.meta.url));
const ACKS_BEFORE_KILL = 150;

/** Runs the writer until it has acknowledged enough writes, kills it, returns the acknowledged ids. */
async function killMidBurst(args: string[]): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const acked: string[] = [];
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  for await (const line of createInterface({ input: child.stdout })) {
    if (line.startsWith('ack ')) acked.push(line.slice(4));
    if (acked.length === ACKS_BEFORE_KILL) child.kill('SIGKILL');
  }
  assert.equal(await exited, 'SIGKILL');
  return acked;
}

async function check(database: Database, acked: string[]): Promise<void> {
  const rows = await database.db.selectFrom('organisations').select('id').execute();
  const stored = new Set(rows.map((r) => r.id));
  assert.deepEqual(acked.filter((id) => !stored.has(id)), [], 'acknowledged writes missing');
  const audited = await database.db.selectFrom('audit_log').select('entity_id').where('entity', '=', 'organisation').execute();
  assert.deepEqual(audited.map((r) => r.entity_id).sort(), [...stored].sort(), 'every change has exactly its audit entry');
}

function crashCase(engine: TestEngine, args: (database: Database) => string[]): void {
  test(`${engine.name}: every acknowledged write survives SIGKILL`, async () => {
    const database = await engine.open();
    try {
      const acked = await killMidBurst(args(database));
      assert.equal(acked.length >= ACKS_BEFORE_KILL, true);
      await check(database, acked);
      if (database.engine === 'sqlite') {
        const result = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(database.db);
        assert.deepEqual(result.rows, [{ integrity_check: 'ok' }]);
      }
    } finally {
      await engine.dispose(database);
    }
  });
}

const sqlite = sqliteEngine();
after(() => sqlite.cleanup());
const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
const unreachable = await probePostgres(url);

describe('durability under SIGKILL', () => {
  crashCase(sqlite, (database) => [database.location]);
  if (unreachable === null) crashCase(postgresEngine(url), (database) => [url, database.schema ?? '']);
  else if (process.env.CI === 'true') test('PostgreSQL is required when CI=true', () => assert.fail(`PostgreSQL unreachable at ${describeUrl(url)}: ${unreachable}`));
  else test('postgres: every acknowledged write survives SIGKILL', { skip: `PostgreSQL unreachable at ${describeUrl(url)}: skipped` }, () => undefined);
});
