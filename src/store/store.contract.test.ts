/**
 * The storage contract: every case runs against SQLite and PostgreSQL. PostgreSQL comes
 * from TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); with CI=true
 * it is mandatory, otherwise an unreachable server skips its cases visibly.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { TestEngine } from './contract/engines.ts';
import { DEFAULT_TEST_DATABASE_URL, describeUrl, postgresEngine, probePostgres, sqliteEngine } from './contract/engines.ts';
import { accountCases } from './contract/account.cases.ts';
import { auditCases } from './contract/audit.cases.ts';
import { documentCases } from './contract/document.cases.ts';
import { indicatorCases } from './contract/indicator.cases.ts';
import { loginAttemptCases } from './contract/login-attempt.cases.ts';
import { migrationCases } from './contract/migration.cases.ts';
import { observationCases } from './contract/observation.cases.ts';
import { organisationCases } from './contract/organisation.cases.ts';
import { periodCases } from './contract/period.cases.ts';
import { planCases } from './contract/plan.cases.ts';
import { consultationCases } from './contract/consultation.cases.ts';
import { consultationRecordCases } from './contract/consultation-records.cases.ts';

const CASES: ((engine: TestEngine) => void)[] = [
  migrationCases,
  organisationCases,
  documentCases,
  indicatorCases,
  periodCases,
  observationCases,
  accountCases,
  auditCases,
  loginAttemptCases,
  planCases,
  consultationCases,
  consultationRecordCases,
];

function runAll(engine: TestEngine): void {
  for (const cases of CASES) cases(engine);
}

const sqlite = sqliteEngine();
after(() => sqlite.cleanup());
describe('store contract on SQLite', () => runAll(sqlite));

const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
const unreachable = await probePostgres(url);
const where = describeUrl(url);
if (unreachable !== null && process.env.CI === 'true') {
  test(`PostgreSQL at ${where} is required when CI=true`, () => {
    assert.fail(`PostgreSQL unreachable at ${where}: ${unreachable}`);
  });
} else {
  const skip = unreachable === null ? false : `PostgreSQL unreachable at ${where}: skipped (${unreachable})`;
  describe('store contract on PostgreSQL', { skip }, () => runAll(postgresEngine(url)));
}
