import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lineageOf } from './lineage.ts';

const term = (congress: string, startYear: number) => ({ id: congress, congress, startYear, endYear: startYear + 5 });
const forest = (id: string, targetText: string, previousIndicatorId: string | null) => ({ id, name: 'Tỷ lệ che phủ rừng', targetText, previousIndicatorId });
const frameworks = [
  { term: term('XV', 2025), indicators: [forest('xv-forest', '55%', 'xiv-forest'), forest('xv-other', '1', null)] },
  { term: term('XIII', 2015), indicators: [forest('xiii-forest', '50%', null)] },
  { term: term('XIV', 2020), indicators: [forest('xiv-forest', '53%', 'xiii-forest')] },
];

describe('an indicator across terms', () => {
  test('from the middle term: back to the oldest and forward to the newest, oldest first', () => {
    const steps = lineageOf('xiv-forest', frameworks);
    assert.deepEqual(steps.map((s) => [s.term.congress, s.indicator.targetText, s.current]), [['XIII', '50%', false], ['XIV', '53%', true], ['XV', '55%', false]]);
  });

  test('from either end the chain is the same', () => {
    assert.deepEqual(lineageOf('xiii-forest', frameworks).map((s) => s.indicator.id), ['xiii-forest', 'xiv-forest', 'xv-forest']);
    assert.deepEqual(lineageOf('xv-forest', frameworks).map((s) => s.indicator.id), ['xiii-forest', 'xiv-forest', 'xv-forest']);
  });

  test('no links: the indicator alone; unknown: nothing; a cycle does not loop', () => {
    assert.deepEqual(lineageOf('xv-other', frameworks).map((s) => s.indicator.id), ['xv-other']);
    assert.deepEqual(lineageOf('missing', frameworks), []);
    const cycle = [{ term: term('XIV', 2020), indicators: [forest('a', '1', 'b'), forest('b', '2', 'a')] }];
    assert.deepEqual(lineageOf('a', cycle).map((s) => s.indicator.id), ['b', 'a']);
  });
});
