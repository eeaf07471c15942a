/**
 * The engines a storage benchmark runs on: SQLite in a temporary directory, then PostgreSQL
 * (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test) when it answers; when
 * it does not, the benchmark says it was skipped and why.
 */
import { DEFAULT_TEST_DATABASE_URL, describeUrl, postgresEngine, probePostgres, sqliteEngine, type TestEngine } from '../src/store/contract/engines.ts';

/** Runs `run` on SQLite, then on PostgreSQL, or prints "`name` (postgres): skipped, …". */
export async function onBenchEngines(name: string, run: (engine: TestEngine) => Promise<void>): Promise<void> {
  const sqlite = sqliteEngine();
  try {
    await run(sqlite);
  } finally {
    sqlite.cleanup();
  }
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const problem = await probePostgres(url);
  if (problem === null) await run(postgresEngine(url));
  else console.log(`${name} (postgres): skipped, PostgreSQL unreachable at ${describeUrl(url)} (${problem})`);
}
