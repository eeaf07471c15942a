import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRoute } from '../../app/router.ts';
import {
  consultationHref, DEFAULT_QUEUE_FILTER, groupFilter, publicConsultationHref, queueFilterOf, queueQueryOf, tabOf, tabsFor,
} from './consultation-links.ts';

const paramsOf = (address: string): URLSearchParams => new URL(address, 'http://x').searchParams;

describe('consultation addresses', () => {
  test('a consultation and its public page open their pages, ids round-trip', () => {
    assert.deepEqual(parseRoute(new URL(consultationHref('c/1', 'entry'), 'http://x').pathname), { page: 'consultation', consultationId: 'c/1' });
    assert.equal(consultationHref('c1'), '/consultations/c1');
    assert.equal(consultationHref('c1', 'synthesis'), '/consultations/c1?tab=synthesis');
    assert.deepEqual(parseRoute(publicConsultationHref('du-thao-bao-cao')), { page: 'public_consultation', slug: 'du-thao-bao-cao' });
  });

  test('the queue filters survive the address, the default ones stay out of it', () => {
    assert.equal(consultationHref('c1', 'queue', DEFAULT_QUEUE_FILTER), '/consultations/c1?tab=queue');
    const filter = { state: 'hidden', reportedOnly: true, target: 'section:s12', channel: 'paper', group: 'g 1' } as const;
    const address = consultationHref('c1', 'queue', filter);
    assert.deepEqual(queueFilterOf(paramsOf(address)), filter);
    // Filters belong to the queue only.
    assert.equal(consultationHref('c1', 'entry', filter), '/consultations/c1?tab=entry');
  });

  test('unknown filter values fall back: waiting comments, every channel', () => {
    assert.deepEqual(queueFilterOf(new URLSearchParams('state=deleted&channel=fax&target=%20&reported=yes')), DEFAULT_QUEUE_FILTER);
    assert.equal(queueFilterOf(new URLSearchParams('state=all')).state, 'all');
  });

  test('a duplicate group is shown whole, whatever its comments\' states', () => {
    const address = consultationHref('c1', 'queue', groupFilter('g7'));
    assert.equal(address, '/consultations/c1?tab=queue&state=all&group=g7');
    assert.deepEqual(queueQueryOf(queueFilterOf(paramsOf(address))), { duplicateGroupId: 'g7' });
  });

  test('the request carries only the filters chosen', () => {
    assert.deepEqual(queueQueryOf(DEFAULT_QUEUE_FILTER), { state: 'new' });
    assert.deepEqual(queueQueryOf({ state: 'spam', reportedOnly: true, target: 'draft', channel: 'online', group: null }), {
      state: 'spam', reportedOnly: true, target: 'draft', channel: 'online',
    });
  });
});

describe('consultation tabs', () => {
  test('each reader gets the tabs their abilities allow', () => {
    assert.deepEqual(tabsFor({ moderate: true, enter: true }, true, false), ['queue', 'entry', 'synthesis', 'disposition']);
    assert.deepEqual(tabsFor({ moderate: true, enter: true }, true, true), ['queue', 'entry', 'synthesis', 'disposition', 'diff']);
    assert.deepEqual(tabsFor({ moderate: false, enter: false }, true, true), ['synthesis', 'disposition', 'diff']);
    assert.deepEqual(tabsFor({ moderate: false, enter: true }, false, true), ['entry']);
    assert.deepEqual(tabsFor({ moderate: false, enter: false }, false, false), []);
  });

  test('a tab the reader may not open falls back to their first', () => {
    const leader = tabsFor({ moderate: false, enter: false }, true, false);
    assert.equal(tabOf('queue', leader), 'synthesis');
    assert.equal(tabOf(null, ['queue', 'entry']), 'queue');
    assert.equal(tabOf('entry', ['queue', 'entry']), 'entry');
    assert.equal(tabOf('queue', []), null);
  });
});
