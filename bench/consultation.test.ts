import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runConsultationBench } from './consultation.ts';

test('the consultation benchmark runs at small scale and scores its planted duplicates', () => {
  const figures = runConsultationBench(3000);
  assert.equal(figures.comments, 3000);
  assert.ok(figures.indexRate > 0 && figures.baselineRate > 0);
  assert.ok(figures.recall >= 0.9, `recall ${figures.recall}`);
  assert.ok(figures.precision >= 0.95, `precision ${figures.precision}`);
  assert.ok(figures.plantedCopies > 400 && figures.plantedCopies < 800, `planted copies ${figures.plantedCopies}`);
  assert.ok(figures.nearFound / figures.nearPlanted >= 0.85);
  assert.equal(figures.countedTotal, 3000);
  assert.equal(figures.rolledUpTotal, 3000);
  assert.ok(figures.largestPoint >= 2);
});
