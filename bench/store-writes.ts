/**
 * Durable writes per second through the store (an observation update with its audit entry,
 * in one transaction) on SQLite and PostgreSQL, each next to a bare single-row INSERT
 * committed through the same connection in the same run.
 */
import { sql } from 'kysely';
import { updateObservation, createObservation, type Database } from '../src/store/index.ts';
import type { TestEngine } from '../src/store/contract/engines.ts';
import { at, seedFramework } from '../src/store/contract/fixtures.ts';
import { migrateToLatest } from '../src/store/index.ts';
import { onBenchEngines } from './engines.ts';
import { measureAsync, report } from './measure.ts';

async function benchEngine(engine: TestEngine): Promise<void> {
  const database: Database = await engine.open();
  try {
    await migrateToLatest(database);
    const { db } = database;
    const f = await seedFramework(db);
    const ctx = at('2024-02-01T00:00:00.000Z');
    let observation = await createObservation(db, ctx, { indicatorId: f.forest.id, periodId: f.year2021.id, unitId: f.health.id, kind: 'estimate', value: 50 });
    let value = 50;
    const real = await measureAsync(async () => {
      value += 0.01;
      observation = await updateObservation(db, ctx, observation.id, observation.version, { value });
    }, 1, 2);
    await sql`create table bench_baseline (n integer not null)`.execute(db);
    let n = 0;
    const baseline = await measureAsync(() => sql`insert into bench_baseline (n) values (${++n})`.execute(db), 1, 2);
    console.log(report(`durable writes (${engine.name})`, 'writes/s', real.rate, baseline.rate, 'bare single-row INSERT'));
  } finally {
    await engine.dispose(database);
  }
}

/** Runs the write benchmark on SQLite, and on PostgreSQL when it answers. */
export async function benchStoreWrites(): Promise<void> {
  await onBenchEngines('durable writes', benchEngine);
}
