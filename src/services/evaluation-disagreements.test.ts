/** Matching a document's table rows and columns to indicators and periods, without a database. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Indicator, Period } from '../domain/entities.ts';
import { columnMatches, matchIndicator } from './evaluation-disagreements.ts';

function period(kind: Period['kind'], startYear: number, endYear: number): Period {
  return { id: `${kind}-${endYear}`, termId: 't', kind, startYear, endYear, label: '', state: 'open', dueDate: null, createdAt: '', updatedAt: '' };
}

function named(id: string, name: string): Indicator {
  return {
    id, termId: 't', groupId: null, parentId: null, code: null, name, unit: null, targetText: null, target: null, direction: 'unknown',
    baseline: null, leadUnitId: null, supportingUnitIds: [], sourceDocumentId: null, sourceLine: null, previousIndicatorId: null,
    status: 'published', position: 0, version: 1, createdAt: '', updatedAt: '',
  };
}

test('a column matches the period that ends when it ends, span for span', () => {
  const mid = period('mid_term', 2021, 2023);
  const year = period('year', 2023, 2023);
  const labels = ['Ước thực hiện giai đoạn 2021-2023', 'Năm 2023', 'Ước thực hiện 2020-2025', 'Kết quả'];
  assert.deepEqual(labels.map((l) => columnMatches(l, mid, '2023-11-03')), [true, false, false, true]);
  assert.deepEqual(labels.map((l) => columnMatches(l, year, '2025-01-10')), [false, true, false, false]);
  assert.equal(columnMatches('Kết quả', mid, null), false);
});

test('a row names the indicator with the same name, else the longest one it contains', () => {
  const candidates = [named('a', 'Tốc độ tăng trưởng GRDP'), named('b', 'GRDP bình quân đầu người'), named('c', 'Tỷ lệ che phủ rừng')];
  assert.equal(matchIndicator('Tốc độ tăng trưởng GRDP bình quân', candidates)?.id, 'a');
  assert.equal(matchIndicator('GRDP bình quân đầu người', candidates)?.id, 'b');
  assert.equal(matchIndicator('tỷ lệ che phủ rừng (%)', candidates)?.id, 'c');
  assert.equal(matchIndicator('Thu ngân sách', candidates), null);
  assert.equal(matchIndicator('GRDP', candidates), null);
});
