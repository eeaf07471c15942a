import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { sqliteEngine } from '../src/store/contract/engines.ts';
import { ingestLines, runIngestBench } from './consultation-ingest.ts';

const sqlite = sqliteEngine();
after(() => sqlite.cleanup());

test('the ingest benchmark stores every comment through the intake on SQLite, scores the stored groups and times the synthesis', async () => {
  const progress: string[] = [];
  const f = await runIngestBench(sqlite, 2000, (line) => progress.push(line));
  assert.equal(f.comments, 2000);
  assert.equal(f.stored, 2000);
  assert.equal(f.baselineStored, 2000);
  assert.equal(f.synthesisCounted, 2000);
  assert.equal(f.groupByCounted, 2000);
  assert.equal(f.scanCounted, 2000);
  assert.ok(f.intakeRate > 0 && f.baselineRate > 0 && f.indexRate > 0);
  assert.ok(f.indexShare > 0 && f.indexShare < 1, `index share ${f.indexShare}`);
  assert.ok(f.plantedCopies > 250 && f.plantedCopies < 550, `planted copies ${f.plantedCopies}`);
  assert.ok(f.groups > 0);
  assert.ok(f.precision >= 0.95, `precision ${f.precision}`);
  assert.ok(f.recall >= 0.9, `recall ${f.recall}`);
  assert.ok(f.synthesisUnits > 1 && f.mainPoints > 0, `units ${f.synthesisUnits}, main points ${f.mainPoints}`);
  assert.ok(f.synthesisMs > 0 && f.groupByMs > 0 && f.scanCountMs > 0 && f.keptMs >= 0);
  assert.equal(progress.length, 1);
  assert.match(progress[0] ?? '', /2,000\/2,000 comments; intake [\d,]+\/s/);
  const lines = ingestLines(f);
  assert.ok(lines.every((line) => !line.includes('MISMATCH')), lines.join('\n'));
  assert.match(lines[0] ?? '', /^consultation-ingest \(sqlite\): 2,000 comments through takeComment .* comments\/s {2}\| baseline \(insertComments/);
  assert.match(lines[2] ?? '', /stored 2,000 \(baseline consultation 2,000\).*pair precision (9\d|100)\.\d\d%, pair recall (9\d|100)\.\d\d%/);
});

test('the report names a count that does not match', () => {
  const figures = {
    engine: 'sqlite', comments: 10, intakeRate: 1, baselineRate: 2, indexRate: 3, indexShare: 0.5, stored: 10, baselineStored: 10, precision: 1, recall: 1,
    plantedCopies: 2, groups: 1, publishMs: 1, synthesisMs: 2, keptMs: 1, synthesisCounted: 9, synthesisUnits: 1, mainPoints: 0, groupByMs: 1, groupByCounted: 10,
    scanCountMs: 1, scanCounted: 10,
  };
  assert.match(ingestLines(figures).at(-1) ?? '', /COUNT MISMATCH: stored 10, 10, 9, 10, 10 \(expected 10 each\)/);
  assert.ok(!ingestLines({ ...figures, synthesisCounted: 10 }).some((line) => line.includes('MISMATCH')));
});
