/**
 * Runs a service suite on both engines, as the store's contract suite does: SQLite on a
 * temporary file, PostgreSQL in a fresh schema per test (mandatory with CI=true, else
 * skipped visibly when unreachable).
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  DEFAULT_TEST_DATABASE_URL, describeUrl, postgresEngine, probePostgres, sqliteEngine, withStore, type TestEngine,
} from '../../store/contract/engines.ts';
import type { Database } from '../../store/index.ts';

export type { TestEngine };

/** Registers `cases` once per engine under `title`. */
export async function onBothEngines(title: string, cases: (engine: TestEngine) => void): Promise<void> {
  const sqlite = sqliteEngine();
  after(() => sqlite.cleanup());
  describe(`${title} on SQLite`, () => cases(sqlite));
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const unreachable = await probePostgres(url);
  const where = describeUrl(url);
  if (unreachable !== null && process.env.CI === 'true') {
    test(`PostgreSQL at ${where} is required when CI=true`, () => assert.fail(`PostgreSQL unreachable at ${where}: ${unreachable}`));
    return;
  }
  const skip = unreachable === null ? false : `PostgreSQL unreachable at ${where}: skipped (${unreachable})`;
  describe(`${title} on PostgreSQL`, { skip }, () => cases(postgresEngine(url)));
}

/** A fresh migrated database for one test. */
export function withDatabase(engine: TestEngine, fn: (database: Database) => Promise<void>): Promise<void> {
  return withStore(engine, fn);
}
