import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  EMPTY_OFFLINE, EMPTY_OPEN, EMPTY_TALLY, offlineBody, offlineProblems, openBody, openProblems, parseCount, tallyBody, tallyProblems,
} from './consultation-forms.ts';

const NOW = new Date('2026-11-20T03:00:00.000Z');

describe('opening a consultation', () => {
  const filled = { ...EMPTY_OPEN, documentId: 'd1', title: '  Dự thảo  ', opensOn: '2026-12-01', closesOn: '2026-12-20' };

  test('an empty form names what it lacks', () => {
    assert.deepEqual(openProblems(EMPTY_OPEN, NOW), ['documentRequired', 'opensRequired', 'closesRequired']);
    assert.equal(openBody(EMPTY_OPEN, NOW), null);
  });

  test('a filled form sends Vietnam days and times, the title trimmed', () => {
    assert.deepEqual(openBody(filled, NOW), {
      documentId: 'd1', title: 'Dự thảo', opensOn: '2026-12-01', openTime: '08:00', closesOn: '2026-12-20', closeTime: '17:00', verification: 'none',
    });
    assert.deepEqual(openBody({ ...filled, title: '', slug: 'gop-y-2026', verification: 'email' }, NOW), {
      documentId: 'd1', slug: 'gop-y-2026', opensOn: '2026-12-01', openTime: '08:00', closesOn: '2026-12-20', closeTime: '17:00', verification: 'email',
    });
  });

  test('closing at or before the opening, or already past, is refused', () => {
    assert.deepEqual(openProblems({ ...filled, closesOn: '2026-12-01', closeTime: '08:00' }, NOW), ['closesBeforeOpening']);
    assert.deepEqual(openProblems({ ...filled, closesOn: '2026-12-01', closeTime: '08:01' }, NOW), []);
    // 09:59 in Vietnam on 20/11 is 02:59 UTC: before now.
    assert.deepEqual(openProblems({ ...filled, opensOn: '2026-11-01', closesOn: '2026-11-20', closeTime: '09:59' }, NOW), ['closesInPast']);
    assert.deepEqual(openProblems({ ...filled, opensOn: '2026-11-01', closesOn: '2026-11-20', closeTime: '10:01' }, NOW), []);
  });

  test('a bad time or address key is named', () => {
    assert.deepEqual(openProblems({ ...filled, openTime: '24:00' }, NOW), ['timeInvalid']);
    assert.deepEqual(openProblems({ ...filled, slug: 'Dự thảo' }, NOW), ['slugInvalid']);
    assert.deepEqual(openProblems({ ...filled, slug: 'a--b' }, NOW), ['slugInvalid']);
  });
});

describe('entering a comment from a meeting or a paper form', () => {
  test('a stance and a respondent type are needed', () => {
    assert.deepEqual(offlineProblems(EMPTY_OFFLINE), ['stanceRequired', 'respondentTypeRequired']);
  });

  test('a disagreement needs its reason, a partial agreement its text, agreement neither', () => {
    const base = { ...EMPTY_OFFLINE, respondentType: 'citizen' as const };
    assert.deepEqual(offlineProblems({ ...base, stance: 'disagree', text: 'Không hợp lý' }), ['reasonRequired']);
    assert.deepEqual(offlineProblems({ ...base, stance: 'partly', text: '  ' }), ['textRequired']);
    assert.deepEqual(offlineProblems({ ...base, stance: 'agree' }), []);
  });

  test('only a disagreement sends its reason; empty fields go as null', () => {
    const values = {
      ...EMPTY_OFFLINE, channel: 'paper' as const, target: 'section:s12', stance: 'agree' as const, text: ' Nhất trí \n', reason: 'left over',
      respondentType: 'business' as const, localityId: 'x1', organisation: ' ', name: 'Nguyễn Văn A', submittedOn: '2026-12-05',
    };
    assert.deepEqual(offlineBody(values), {
      channel: 'paper', target: { kind: 'section', sectionId: 's12' }, stance: 'agree', text: 'Nhất trí', reason: null,
      respondentType: 'business', localityId: 'x1', organisation: null, name: 'Nguyễn Văn A', email: null, phone: null, submittedOn: '2026-12-05',
    });
    assert.equal(offlineBody({ ...values, stance: 'disagree', reason: ' Vì sao ' })?.reason, 'Vì sao');
    assert.equal(offlineBody({ ...values, submittedOn: null })?.submittedOn, undefined);
  });
});

describe('tallies', () => {
  test('counts are typed the Vietnamese way', () => {
    assert.equal(parseCount(''), null);
    assert.equal(parseCount('1.200'), 1200);
    assert.equal(parseCount('1200'), 1200);
    assert.ok(Number.isNaN(parseCount('12,5') ?? 0));
    assert.ok(Number.isNaN(parseCount('-3') ?? 0));
    assert.ok(Number.isNaN(parseCount('1.20') ?? 0));
    assert.ok(Number.isNaN(parseCount('20.000.000') ?? 0));
  });

  test('a tally needs a locality and a count', () => {
    assert.deepEqual(tallyProblems(EMPTY_TALLY), ['localityRequired', 'countsEmpty']);
    assert.deepEqual(tallyProblems({ ...EMPTY_TALLY, localityId: 'h1', counts: { ...EMPTY_TALLY.counts, agree: 'nhiều' } }), ['countInvalid']);
  });

  test('only the counts typed are sent', () => {
    const values = { ...EMPTY_TALLY, localityId: 'h1', scope: 'area' as const, counts: { agree: '1.250', disagree: '0', partly: '', unspecified: '' }, note: '' };
    assert.deepEqual(tallyBody(values), { localityId: 'h1', channel: 'meeting', scope: 'area', agree: 1250, disagree: 0, note: null });
  });
});
