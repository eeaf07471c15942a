import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { asOfPeriods, compareOrgsRequest, defaultComparedTerms, readChoices, termsWithPrevious, writeChoices } from './report-choices.ts';
import type { ReportChoices } from './report-choices.ts';

// The demo's shape: Lai Châu XIV and XV, Điện Biên XIII and XIV.
const LCH_XIV = { id: 'lch-xiv', organisationId: 'lch', startYear: 2020, endYear: 2025 };
const LCH_XV = { id: 'lch-xv', organisationId: 'lch', startYear: 2025, endYear: 2030 };
const DBN_XIII = { id: 'dbn-xiii', organisationId: 'dbn', startYear: 2015, endYear: 2020 };
const DBN_XIV = { id: 'dbn-xiv', organisationId: 'dbn', startYear: 2020, endYear: 2025 };
const NAMES: Record<string, string> = { lch: 'Tỉnh Lai Châu', dbn: 'Tỉnh Điện Biên', mau: 'Tỉnh Mẫu' };
const nameOf = (id: string): string => NAMES[id] ?? id;

const y2020 = { id: '2020', kind: 'year', startYear: 2020, endYear: 2020, state: 'closed' } as const;
const mid = { id: 'mid', kind: 'mid_term', startYear: 2021, endYear: 2023, state: 'closed' } as const;
const end = { id: 'end', kind: 'term_end', startYear: 2021, endYear: 2025, state: 'closed' } as const;
const y2026 = { id: '2026', kind: 'year', startYear: 2026, endYear: 2026, state: 'open' } as const;

describe('the report chosen in the address', () => {
  test('an empty address is the appendix with every default', () => {
    assert.deepEqual(readChoices(new URLSearchParams()), {
      kind: 'appendix', termId: null, periodId: null, period2Id: null, nextTarget: false, note: false, compared: null,
    });
  });

  test('choices written to the address read back the same, and other parameters are kept', () => {
    const choices: ReportChoices = {
      kind: 'compare-orgs', termId: 'lch-xiv', periodId: 'mid', period2Id: 'end', nextTarget: true, note: true,
      compared: [{ termId: 'lch-xiv', periodId: '2020' }, { termId: 'dbn-xiv', periodId: null }],
    };
    const params = writeChoices(new URLSearchParams('lang=vi&report=summary&cmp=old'), choices);
    assert.equal(params.toString(), 'lang=vi&report=compare-orgs&term=lch-xiv&period=mid&period2=end&next=1&note=1&cmp=lch-xiv%3A2020&cmp=dbn-xiv');
    assert.deepEqual(readChoices(params), choices);
  });

  test('an unknown report falls back to the appendix; no compared term chosen is kept apart from "not chosen yet"', () => {
    assert.equal(readChoices(new URLSearchParams('report=budget')).kind, 'appendix');
    const none = writeChoices(new URLSearchParams(), { ...readChoices(new URLSearchParams()), compared: [] });
    assert.deepEqual(readChoices(none).compared, []);
    assert.equal(readChoices(new URLSearchParams()).compared, null);
  });
});

describe('defaults and requests', () => {
  test('only a term with an earlier term of its organisation can be compared across terms, most recent first', () => {
    assert.deepEqual(termsWithPrevious([DBN_XIII, DBN_XIV, LCH_XIV, LCH_XV]).map((t) => t.id), ['lch-xv', 'dbn-xiv']);
    assert.deepEqual(termsWithPrevious([LCH_XIV]), []);
  });

  test('the provinces compared by default share the most recent term window, ordered by name', () => {
    assert.deepEqual(defaultComparedTerms([DBN_XIII, DBN_XIV, LCH_XIV, LCH_XV], nameOf).map((t) => t.id), ['dbn-xiv', 'lch-xiv']);
    const mau = { id: 'mau-xv', organisationId: 'mau', startYear: 2025, endYear: 2030 };
    assert.deepEqual(defaultComparedTerms([DBN_XIV, LCH_XIV, LCH_XV, mau], nameOf).map((t) => t.id), ['lch-xv', 'mau-xv']);
    assert.deepEqual(defaultComparedTerms([LCH_XIV, LCH_XV], nameOf), [], 'one province has nothing to compare with');
  });

  test('the as-of periods are the term\'s own, without repeats, in time order', () => {
    assert.deepEqual(asOfPeriods([y2020, mid, end], 'end', 'mid').map((p) => p.id), ['mid', 'end']);
    assert.deepEqual(asOfPeriods([y2020, mid, end], 'mid', 'mid').map((p) => p.id), ['mid']);
    assert.deepEqual(asOfPeriods([y2020, mid, end], 'mid', 'other-term').map((p) => p.id), ['mid']);
    assert.deepEqual(asOfPeriods([y2020, mid], null, null), []);
  });

  test('the comparison across provinces needs two terms; a period chosen for one gives every term its period', () => {
    const periods: Record<string, readonly (typeof y2020 | typeof mid | typeof end | typeof y2026)[]> = { 'lch-xiv': [y2020, mid, end], 'lch-xv': [y2026] };
    const periodsOf = (id: string) => periods[id];
    assert.equal(compareOrgsRequest([{ termId: 'lch-xiv', periodId: null }], periodsOf), null);
    assert.deepEqual(compareOrgsRequest([{ termId: 'lch-xiv', periodId: null }, { termId: 'dbn-xiv', periodId: null }], periodsOf), {
      kind: 'compare-orgs', termIds: ['lch-xiv', 'dbn-xiv'], asOf: null,
    });
    assert.deepEqual(compareOrgsRequest([{ termId: 'dbn-xiv', periodId: 'd2020' }, { termId: 'lch-xiv', periodId: null }], periodsOf), {
      kind: 'compare-orgs', termIds: ['dbn-xiv', 'lch-xiv'], asOf: ['d2020', 'end'],
    });
    assert.equal(compareOrgsRequest([{ termId: 'lch-xiv', periodId: '2020' }, { termId: 'dbn-xiv', periodId: null }], periodsOf), undefined, 'waits for the periods');
    assert.deepEqual(compareOrgsRequest([{ termId: 'lch-xiv', periodId: '2020' }, { termId: 'lch-xv', periodId: null }], periodsOf), {
      kind: 'compare-orgs', termIds: ['lch-xiv', 'lch-xv'], asOf: ['2020', '2026'],
    });
  });
});
