import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportUrl } from './reports.ts';

test('report addresses: one parameter per period or term, the format, the extra columns only when asked for', () => {
  assert.equal(
    reportUrl({ kind: 'appendix', termId: 'xiv', asOf: ['mid', 'end'], nextTarget: true, note: false }, 'xlsx'),
    '/api/terms/xiv/reports/appendix?asOf=mid&asOf=end&format=xlsx&nextTarget=true',
  );
  assert.equal(reportUrl({ kind: 'summary', termId: 'xiv', asOf: ['mid'], nextTarget: false, note: true }, 'docx'), '/api/terms/xiv/reports/summary?asOf=mid&format=docx&note=true');
  assert.equal(reportUrl({ kind: 'compare-terms', termId: 'a/b' }, 'pdf'), '/api/terms/a%2Fb/reports/compare-terms?format=pdf');
  assert.equal(reportUrl({ kind: 'compare-orgs', termIds: ['lch', 'dbn'], asOf: null }, 'json'), '/api/reports/compare-orgs?term=lch&term=dbn&format=json');
  assert.equal(reportUrl({ kind: 'compare-orgs', termIds: ['lch', 'dbn'], asOf: ['p1', 'p2'] }, 'csv'), '/api/reports/compare-orgs?term=lch&term=dbn&asOf=p1&asOf=p2&format=csv');
  // The preview's document: the same address with format=layout.
  assert.equal(reportUrl({ kind: 'appendix', termId: 'xiv', asOf: ['mid'], nextTarget: false, note: false }, 'layout'), '/api/terms/xiv/reports/appendix?asOf=mid&format=layout');
});
