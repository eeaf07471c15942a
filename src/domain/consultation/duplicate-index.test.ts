import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ResoluteError } from '../errors.ts';
import { DuplicateIndex } from './duplicate-index.ts';
import { duplicateOptions } from './duplicate-options.ts';
import { pairQuality } from './grouping-quality.ts';
import { syntheticComments } from './synthetic-comments.ts';

const FOREST = 'Đề nghị bổ sung chỉ tiêu về tỷ lệ che phủ rừng đạt 55% vào cuối nhiệm kỳ, gắn với chi trả dịch vụ môi trường rừng cho người dân giữ rừng ở các xã vùng cao biên giới.';
const ROADS = 'Cần ưu tiên vốn đầu tư công cho đường giao thông nông thôn và cầu treo dân sinh tại các bản đặc biệt khó khăn, tránh dàn trải nhiều dự án nhỏ.';

test('cosmetic variants are exact duplicates of the first comment and join its group', () => {
  const index = new DuplicateIndex();
  assert.deepEqual(index.add('a', FOREST), { index: 0, groupId: 'a', match: 'none', matchedId: null, similarity: 0, mergedGroupIds: [] });
  const shout = index.add('b', FOREST.toLocaleUpperCase('vi'));
  assert.equal(shout.match, 'exact');
  assert.equal(shout.groupId, 'a');
  assert.equal(shout.matchedId, 'a');
  const plain = index.add('c', FOREST.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/,/g, ' ; '));
  assert.equal(plain.match, 'exact');
  assert.equal(index.add('d', ROADS).match, 'none');
  assert.equal(index.groupSizeAt(0), 3);
  assert.equal(index.exactCountAt(2), 3);
  assert.equal(index.groupIdAt(3), 'd');
});

test('a small edit is a near duplicate; an unrelated comment is not', () => {
  const index = new DuplicateIndex();
  index.add('a', FOREST);
  index.add('r', ROADS);
  const added = index.add('b', FOREST.replace('người dân giữ rừng', 'người dân tham gia giữ rừng'));
  assert.equal(added.match, 'near');
  assert.equal(added.groupId, 'a');
  assert.ok(added.similarity >= 0.8 && added.similarity < 1, `similarity ${added.similarity}`);
  const typo = index.add('c', FOREST.replace('nhiệm kỳ', 'nhiệm kỵ').replace('biên giới', 'biên gới'));
  assert.equal(typo.groupId, 'a');
  assert.equal(index.add('d', 'Đề nghị làm rõ lộ trình sắp xếp đơn vị hành chính cấp xã và bố trí cán bộ dôi dư sau sắp xếp.').match, 'none');
  assert.equal(index.groupSizeAt(0), 3);
  assert.equal(index.groupSizeAt(1), 1);
});

test('the threshold is a setting: a heavier rewrite groups only under a looser one', () => {
  const rewritten = FOREST.replace('Đề nghị bổ sung', 'Kiến nghị đưa thêm').replace('vào cuối nhiệm kỳ', 'đến năm 2030').replace('ở các xã', 'tại những xã');
  const strict = new DuplicateIndex({ threshold: 0.8 });
  strict.add('a', FOREST);
  assert.equal(strict.add('b', rewritten).match, 'none');
  const loose = new DuplicateIndex({ threshold: 0.5 });
  loose.add('a', FOREST);
  assert.equal(loose.add('b', rewritten).groupId, 'a');
  assert.equal(loose.options.threshold, 0.5);
});

test('short texts are grouped only when equal, and empty texts never', () => {
  const index = new DuplicateIndex();
  index.add('a', 'Nhất trí.');
  assert.equal(index.add('b', 'nhất trí').match, 'exact');
  assert.equal(index.add('c', 'Nhất trí hoàn toàn').match, 'none');
  assert.equal(index.add('d', '').match, 'none');
  assert.equal(index.add('e', '...').match, 'none');
  assert.equal(index.groupIdAt(4), 'e');
  assert.equal(index.recordAt(3).exactKey, null);
  assert.equal(index.recordAt(0).fingerprint, null, 'no signature below minSyllables');
});

test('a comment near two groups joins them into the older one and says which merged', () => {
  const words = Array.from({ length: 40 }, (_, i) => `từ${i}`);
  const index = new DuplicateIndex({ threshold: 0.6 });
  index.add('a', words.slice(0, 30).join(' '));
  assert.equal(index.add('b', words.slice(10, 40).join(' ')).match, 'none');
  const bridge = index.add('c', words.join(' '));
  assert.equal(bridge.match, 'near');
  assert.equal(bridge.groupId, 'a');
  assert.deepEqual(bridge.mergedGroupIds, ['b']);
  assert.equal(index.groupIdAt(1), 'a');
  assert.equal(index.groupSizeAt(1), 3);
});

test('planted campaigns in 2 000 comments are found: pair recall ≥ 0,9, precision ≥ 0,95', () => {
  const index = new DuplicateIndex();
  const planted: number[] = [];
  const near: number[] = [];
  for (const comment of syntheticComments(2000, { seed: 11 })) {
    planted.push(comment.planted);
    if (comment.kind === 'near') near.push(comment.index);
    index.add(comment.id, comment.text);
  }
  const roots = index.roots();
  const quality = pairQuality(planted, roots);
  assert.ok(quality.plantedPairs > 1000, `planted pairs ${quality.plantedPairs}`);
  assert.ok(quality.recall >= 0.9, `recall ${quality.recall}`);
  assert.ok(quality.precision >= 0.95, `precision ${quality.precision}`);
  const nearFound = near.filter((i) => roots[i] === roots[planted[i] as number]).length;
  assert.ok(near.length > 50 && nearFound / near.length >= 0.85, `near copies found ${nearFound}/${near.length}`);
  assert.ok(index.memoryBytes() / index.size < 400, `${index.memoryBytes() / index.size} bytes a comment`);
});

test('stored records rebuild the same groups without the texts', () => {
  const index = new DuplicateIndex({}, 16);
  for (const comment of syntheticComments(1500, { seed: 5 })) index.add(comment.id, comment.text);
  const snapshot = index.snapshot();
  const record = snapshot.records.find((r) => r.fingerprint !== null);
  assert.equal(record?.fingerprint?.length, 64 + 4 * 8);
  const restored = DuplicateIndex.fromSnapshot(structuredClone(snapshot));
  assert.deepEqual(restored.roots(), index.roots());
  const next = 'Một góp ý mới hoàn toàn khác về chính sách hỗ trợ học sinh bán trú ở vùng đặc biệt khó khăn.';
  assert.deepEqual(restored.add('new', next), index.add('new', next));
  const rebuilt = new DuplicateIndex();
  snapshot.ids.forEach((id, i) => rebuilt.addRecord(id, snapshot.records[i] as (typeof snapshot.records)[number]));
  assert.deepEqual(rebuilt.groups(2).map((g) => [g.groupId, g.size]), index.groups(2).filter((g) => g.groupId !== 'new').map((g) => [g.groupId, g.size]));
  assert.throws(() => rebuilt.addRecord('x', { exactKey: 'nope', syllables: 3, fingerprint: null }), ResoluteError);
  assert.throws(() => rebuilt.addRecord('y', { exactKey: null, syllables: 9, fingerprint: new Uint8Array(5) }), ResoluteError);
});

test('campaigns count identical comments in groups of at least N, not short agreement', () => {
  const index = new DuplicateIndex();
  for (let i = 0; i < 3; i += 1) index.add(`f${i}`, FOREST);
  for (let i = 0; i < 2; i += 1) index.add(`r${i}`, ROADS);
  for (let i = 0; i < 5; i += 1) index.add(`n${i}`, 'Nhất trí');
  index.add('near', FOREST.replace('Đề nghị', 'Kiến nghị'));
  assert.deepEqual(index.campaigns(3), { groups: 1, comments: 3 });
  assert.deepEqual(index.campaigns(2), { groups: 2, comments: 5 });
  assert.deepEqual(index.campaigns(2, 1), { groups: 3, comments: 10 });
});

test('settings that cannot work are refused', () => {
  assert.throws(() => duplicateOptions({ threshold: 0 }), ResoluteError);
  assert.throws(() => duplicateOptions({ bands: 20, rows: 4, numHashes: 64 }), /bands × rows/);
  assert.throws(() => new DuplicateIndex({ shingleSize: 9 }), ResoluteError);
  assert.deepEqual({ bands: duplicateOptions().bands, rows: duplicateOptions().rows }, { bands: 8, rows: 4 });
  assert.throws(() => new DuplicateIndex().groupIdAt(0), RangeError);
});
