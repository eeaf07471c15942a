import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { sqliteEngine } from '../src/store/contract/engines.ts';
import { importLines, runImportBench } from './consultation-import.ts';

const sqlite = sqliteEngine();
after(() => sqlite.cleanup());

test('the import benchmark stores every row both ways on SQLite and reports the two rates', async () => {
  const f = await runImportBench(sqlite, 120);
  assert.deepEqual([f.rows, f.imported, f.stored, f.baselineStored], [120, 120, 120, 120]);
  assert.ok(f.importRate > 0 && f.oneByOneRate > 0);
  const lines = importLines(f);
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0] ?? '', /^consultation-import \(sqlite\): 120 sheet rows through importComments: [\d,.]+ rows\/s {2}\| baseline \(enterOfflineComment one row at a time\): [\d,.]+ rows\/s {2}\| ratio [\d.]+x (faster|slower) than baseline$/);
});

test('the report names a count that does not match', () => {
  const lines = importLines({ engine: 'sqlite', rows: 10, importRate: 2, oneByOneRate: 1, imported: 9, stored: 9, baselineStored: 10 });
  assert.match(lines.at(-1) ?? '', /COUNT MISMATCH: imported 9, stored 9, baseline 10 \(expected 10 each\)/);
});
