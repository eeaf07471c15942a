import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CommentQueue, QueueItem } from '../../api/consultations.ts';
import { actionsFor, inGroup, loadedItems, replaceItem } from './queue-model.ts';

const COUNTS = { new: 2, published: 1, hidden: 0, spam: 0 };

function item(id: string, change: Partial<QueueItem> = {}): QueueItem {
  return {
    id, position: 0, target: { kind: 'draft' }, targetLabel: 'Toàn văn dự thảo', stance: 'agree', text: `ý kiến ${id}`, reason: null,
    respondentType: 'citizen', localityId: null, localityName: null, organisation: null, channel: 'online', submittedAt: '2026-12-02T01:00:00.000Z',
    contact: { name: null, email: null, phone: null }, emailVerified: false, moderation: { state: 'new', reason: null, note: null }, spamSignal: null,
    reportCount: 0, duplicateGroupId: null, duplicateMatch: 'none', groupSize: 1, version: 1, ...change,
  };
}

const page = (items: QueueItem[], nextBefore: number | null): CommentQueue => ({ items, nextBefore, counts: COUNTS });

describe('moderation actions', () => {
  test('a comment offers every state but its own', () => {
    assert.deepEqual(actionsFor('new'), ['published', 'hidden', 'spam']);
    assert.deepEqual(actionsFor('published'), ['hidden', 'spam']);
    assert.deepEqual(actionsFor('hidden'), ['published', 'spam']);
    assert.deepEqual(actionsFor('spam'), ['published', 'hidden']);
  });
});

describe('the loaded queue', () => {
  test('a moderated comment takes its place, with its new version, in whichever page holds it', () => {
    const data = { pages: [page([item('a'), item('b')], 5), page([item('c')], null)], pageParams: [undefined, 5] };
    const moderated = item('c', { moderation: { state: 'published', reason: null, note: null }, version: 2 });
    const next = replaceItem(data, moderated);
    assert.deepEqual(next?.pages[1]?.items, [moderated]);
    assert.deepEqual(next?.pages[0]?.items, data.pages[0]?.items);
    assert.equal(data.pages[1]?.items[0]?.version, 1, 'the cached pages are not changed in place');
    assert.deepEqual(next?.pageParams, [undefined, 5]);
    assert.deepEqual(loadedItems(next?.pages ?? []).map((one) => [one.id, one.version]), [['a', 1], ['b', 1], ['c', 2]]);
  });

  test('a comment not loaded leaves the pages as they were', () => {
    const data = { pages: [page([item('a')], null)] };
    assert.equal(replaceItem(data, item('z')), data);
    assert.equal(replaceItem(undefined, item('z')), undefined);
  });

  test('a comment seen on two pages is listed once', () => {
    assert.deepEqual(loadedItems([page([item('a'), item('b')], 1), page([item('b'), item('c')], null)]).map((one) => one.id), ['a', 'b', 'c']);
  });

  test('group actions apply to groups of two or more', () => {
    assert.equal(inGroup(item('a', { duplicateGroupId: 'g1', groupSize: 3 })), true);
    assert.equal(inGroup(item('a', { duplicateGroupId: 'g1', groupSize: 1 })), false);
    assert.equal(inGroup(item('a')), false);
  });
});
