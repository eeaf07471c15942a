import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { currentValues, isUnsaved, nameMissing, patchOf, reviewSections, unitsWithin } from './review-rows.ts';
import type { ReviewIndicator } from './review-rows.ts';

const indicator = (id: string, position: number, fields: Partial<ReviewIndicator> = {}): ReviewIndicator => ({
  id, groupId: 'economy', parentId: null, code: null, name: id, unit: '%', targetText: '53%', direction: 'increase', leadUnitId: null,
  status: 'draft', position, version: 1, ...fields,
});
const groups = [{ id: 'society', name: 'Văn hóa - xã hội', position: 2 }, { id: 'economy', name: 'Kinh tế', position: 1 }];

describe('the rows of the import review', () => {
  test('drafts by group in document order, each parent followed by its components; published ones left out', () => {
    const sections = reviewSections([
      indicator('structure', 2), indicator('farming', 3, { parentId: 'structure' }), indicator('growth', 1),
      indicator('poverty', 4, { groupId: 'society' }), indicator('old', 5, { status: 'published' }), indicator('loose', 6, { groupId: null }),
    ], groups);
    assert.deepEqual(sections.map((s) => [s.group?.id ?? null, s.rows.map((r) => `${'  '.repeat(r.depth)}${r.indicator.id}`)]), [
      ['economy', ['growth', 'structure', '  farming']],
      ['society', ['poverty']],
      [null, ['loose']],
    ]);
  });

  test('nothing typed, or typed back to what was saved: nothing to save', () => {
    const forest = indicator('forest', 1);
    assert.equal(patchOf(forest, undefined), null);
    assert.equal(patchOf(forest, { targetText: ' 53% ', unit: '%', direction: 'increase' }), null);
    assert.equal(isUnsaved(forest, { name: 'forest' }), false);
  });

  test('only the changed fields are sent, with the version read; empty texts mean none', () => {
    const forest = indicator('forest', 1, { version: 4 });
    assert.deepEqual(patchOf(forest, { targetText: '55%', name: 'forest' }), { version: 4, targetText: '55%' });
    assert.deepEqual(patchOf(forest, { unit: '  ', targetText: '' }), { version: 4, unit: null, targetText: null });
    assert.deepEqual(patchOf(forest, { direction: 'band', leadUnitId: 'nn', groupId: null }), { version: 4, direction: 'band', leadUnitId: 'nn', groupId: null });
    assert.equal(isUnsaved(forest, { leadUnitId: 'nn' }), true);
  });

  test('an emptied name is not sent, and the form says it is missing', () => {
    const forest = indicator('forest', 1);
    assert.equal(patchOf(forest, { name: '  ' }), null);
    assert.equal(nameMissing({ name: '  ' }), true);
    assert.equal(nameMissing({ name: 'Tỷ lệ che phủ rừng' }), false);
  });

  test('the form shows the edits over the saved values', () => {
    const forest = indicator('forest', 1, { unit: null, leadUnitId: 'nn', direction: 'sideways' });
    assert.deepEqual(currentValues(forest, { targetText: '55%', leadUnitId: null }), {
      name: 'forest', unit: '', targetText: '55%', direction: 'unknown', groupId: 'economy', leadUnitId: null,
    });
  });

  test('lead units are the term\'s organisation and the units below it', () => {
    const organisations = [
      { id: 'root', parentId: null }, { id: 'laichau', parentId: 'root' }, { id: 'nn', parentId: 'laichau' }, { id: 'xa', parentId: 'nn' },
      { id: 'dienbien', parentId: 'root' }, { id: 'db-yte', parentId: 'dienbien' },
    ];
    assert.deepEqual(unitsWithin(organisations, 'laichau').map((unit) => unit.id), ['laichau', 'nn', 'xa']);
    assert.deepEqual(unitsWithin([{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }], 'c'), []);
  });
});
