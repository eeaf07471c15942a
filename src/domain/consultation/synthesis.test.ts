import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DuplicateIndex } from './duplicate-index.ts';
import { campaignCount, countComments } from './synthesis.ts';
import type { CountableComment } from './synthesis.ts';

const comment = (stance: CountableComment['stance'], respondentType: CountableComment['respondentType'], localityId: string | null, duplicateGroupId: string | null = null): CountableComment =>
  ({ stance, respondentType, channel: 'online', localityId, duplicateGroupId });

test('counts by stance, respondent type, channel and locality in one pass', () => {
  const counts = countComments([
    comment('agree', 'citizen', 'xa-1'),
    comment('agree', 'party_member', 'xa-1'),
    comment('disagree', 'business', 'xa-2'),
    comment('partly', 'citizen', null),
    { ...comment('agree', 'organisation', 'xa-2'), channel: 'meeting' },
  ]);
  assert.equal(counts.total, 5);
  assert.deepEqual(counts.byStance, { agree: 3, disagree: 1, partly: 1 });
  assert.deepEqual(counts.byRespondentType, { party_member: 1, citizen: 2, business: 1, organisation: 1, other: 0 });
  assert.deepEqual(counts.byChannel, { online: 4, meeting: 1, paper: 0, import: 0 });
  assert.deepEqual([...counts.byLocality], [['xa-1', 2], ['xa-2', 2]]);
  assert.equal(counts.unplaced, 1);
});

test('a duplicate group counts once when asked, as the first of its comments met', () => {
  const comments = [comment('agree', 'citizen', 'xa-1', 'g1'), comment('disagree', 'citizen', 'xa-2', 'g1'), comment('agree', 'citizen', 'xa-1', 'g1'), comment('partly', 'business', 'xa-3')];
  assert.equal(countComments(comments).total, 4);
  const once = countComments(comments, { groupsOnce: true });
  assert.equal(once.total, 2);
  assert.deepEqual(once.byStance, { agree: 1, disagree: 0, partly: 1 });
});

test('the campaign count is the comments in identical groups of at least N, long enough', () => {
  const long = { syllables: 12 };
  const items = [
    ...Array.from({ length: 4 }, () => ({ exactKey: 'aaaaaaaaaaaaaaaa', ...long })),
    ...Array.from({ length: 2 }, () => ({ exactKey: 'bbbbbbbbbbbbbbbb', ...long })),
    ...Array.from({ length: 7 }, () => ({ exactKey: 'cccccccccccccccc', syllables: 2 })),
    { exactKey: null, syllables: 0 },
  ];
  assert.deepEqual(campaignCount(items), { groups: 1, comments: 4 });
  assert.deepEqual(campaignCount(items, { minSize: 2 }), { groups: 2, comments: 6 });
  assert.deepEqual(campaignCount(items, { minSize: 2, minSyllables: 1 }), { groups: 3, comments: 13 });
});

test('the campaign count from stored records equals the index\'s own', () => {
  const index = new DuplicateIndex();
  const text = 'Đề nghị giữ nguyên chỉ tiêu tỷ lệ che phủ rừng như dự thảo đã nêu.';
  ['a', 'b', 'c'].forEach((id) => index.add(id, text));
  index.add('d', 'Đề nghị tăng đầu tư cho giáo dục vùng cao và chế độ cho giáo viên cắm bản.');
  const records = Array.from({ length: index.size }, (_, i) => index.recordAt(i));
  assert.deepEqual(campaignCount(records), index.campaigns(3));
  assert.deepEqual(campaignCount(records), { groups: 1, comments: 3 });
});
