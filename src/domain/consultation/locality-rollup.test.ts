import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { rollupByLocality, tallyTotal } from './locality-rollup.ts';
import type { LocalityCount, LocalityRollup, LocatedComment, LocalityNode, TallyRecord } from './locality-rollup.ts';

function node(result: LocalityRollup, id: string): LocalityCount {
  const found = result.localities.get(id);
  assert.ok(found, id);
  return found;
}

/** Province P; districts D1 (communes C1, C2) and D2 (commune C3). */
const TREE: LocalityNode[] = [
  { id: 'P', parentId: null },
  { id: 'D1', parentId: 'P' },
  { id: 'D2', parentId: 'P' },
  { id: 'C1', parentId: 'D1' },
  { id: 'C2', parentId: 'D1' },
  { id: 'C3', parentId: 'D2' },
];

const online = (localityId: string | null, stance: LocatedComment['stance'] = 'agree'): LocatedComment => ({ localityId, channel: 'online', stance });

test('a comment counts once at its own level and in every level above', () => {
  const result = rollupByLocality(TREE, [online('C1'), online('C1', 'disagree'), online('C3', 'partly'), online('D1'), online('P')]);
  const total = (id: string) => tallyTotal(node(result, id).total);
  const own = (id: string) => tallyTotal(node(result, id).own);
  assert.deepEqual([total('C1'), total('C2'), total('C3'), total('D1'), total('D2'), total('P')], [2, 0, 1, 3, 1, 5]);
  assert.deepEqual([own('D1'), own('P')], [1, 1]);
  assert.deepEqual(node(result, 'P').total, { agree: 3, disagree: 1, partly: 1, unspecified: 0 });
  assert.equal(tallyTotal(result.grandTotal), 5);
  assert.deepEqual(result.roots, ['P']);
});

test('an area tally is the locality\'s total for its channel: what was recorded below is not added again', () => {
  const tallies: TallyRecord[] = [
    { localityId: 'C1', channel: 'meeting', counts: { agree: 10 }, scope: 'own' },
    { localityId: 'C2', channel: 'meeting', counts: { agree: 4, disagree: 1 }, scope: 'own' },
    // The district's report of all its meetings: the communes' 15 and 5 more at its own conference.
    { localityId: 'D1', channel: 'meeting', counts: { agree: 18, disagree: 2 }, scope: 'area' },
    { localityId: 'C3', channel: 'paper', counts: { unspecified: 7 }, scope: 'own' },
  ];
  const result = rollupByLocality(TREE, [online('C1'), online('C1'), online('C3')], tallies);
  const d1 = node(result, 'D1');
  assert.deepEqual(d1.totalByChannel.meeting, { agree: 18, disagree: 2, partly: 0, unspecified: 0 });
  assert.equal(tallyTotal(d1.totalByChannel.online), 2, 'an area tally of meetings replaces nothing online');
  assert.equal(tallyTotal(d1.total), 22);
  assert.deepEqual(d1.areaTallied, ['meeting']);
  assert.equal(tallyTotal(node(result, 'C1').total), 12, 'the commune still shows its own meeting');
  assert.equal(tallyTotal(node(result, 'P').total), 22 + 1 + 7);
  assert.deepEqual(result.discrepancies, []);
});

test('an area tally smaller than the records below it is flagged, and still stands', () => {
  const tallies: TallyRecord[] = [
    { localityId: 'C1', channel: 'meeting', counts: { agree: 10 }, scope: 'own' },
    { localityId: 'D1', channel: 'meeting', counts: { agree: 6 }, scope: 'area' },
    { localityId: 'D1', channel: 'meeting', counts: { agree: 8 }, scope: 'area' },
  ];
  const result = rollupByLocality(TREE, [], tallies);
  assert.equal(tallyTotal(node(result, 'D1').total), 8, 'the last area tally entered stands');
  assert.deepEqual(result.discrepancies, [
    { kind: 'duplicate_area_tally', localityId: 'D1', channel: 'meeting' },
    { kind: 'area_tally_below_records', localityId: 'D1', channel: 'meeting', tallied: 8, recordedBelow: 10 },
  ]);
});

test('comments without a locality or with an unknown one are counted apart; cycles are broken', () => {
  const result = rollupByLocality(TREE, [online(null), online('X9'), online('X9'), online('C2')]);
  assert.equal(tallyTotal(result.unplaced), 3);
  assert.equal(tallyTotal(result.grandTotal), 4);
  assert.deepEqual(result.discrepancies, [{ kind: 'unknown_locality', localityId: 'X9', count: 2 }]);
  const cyclic = rollupByLocality([{ id: 'A', parentId: 'B' }, { id: 'B', parentId: 'A' }, { id: 'C', parentId: 'A' }], [online('C'), online('B')]);
  assert.equal(tallyTotal(cyclic.grandTotal), 2);
  assert.equal(cyclic.discrepancies[0]?.kind, 'cycle');
});

test('without area tallies, the grand total is every comment and own tally exactly once, whatever the tree', () => {
  fc.assert(fc.property(
    fc.array(fc.integer({ min: -1, max: 30 }), { minLength: 1, maxLength: 30 }),
    fc.array(fc.integer({ min: -1, max: 35 }), { maxLength: 60 }),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 29 }), fc.nat(20)), { maxLength: 10 }),
    (parents, places, ownTallies) => {
      const tree = parents.map((parent, i) => ({ id: `L${i}`, parentId: parent < 0 ? null : `L${parent}` }));
      const comments = places.map((place) => online(place < 0 ? null : `L${place}`));
      const tallies: TallyRecord[] = ownTallies.map(([place, count]) => ({ localityId: `L${place}`, channel: 'meeting', counts: { agree: count }, scope: 'own' }));
      const result = rollupByLocality(tree, comments, tallies);
      const expected = comments.length + ownTallies.reduce((sum, [, count]) => sum + count, 0);
      assert.equal(tallyTotal(result.grandTotal), expected);
      for (const node of result.localities.values()) assert.ok(tallyTotal(node.total) >= tallyTotal(node.own));
    },
  ), { numRuns: 300 });
});
