import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { statusChartOption, statusOfSeries } from './status-chart-option.ts';

const groups = [
  { name: 'Kinh tế', counts: { exceeded: 3, achieved: 11, at_risk: 10 } },
  { name: 'Môi trường', counts: { exceeded: 2 } },
];

describe('the dashboard chart', () => {
  test('one stacked series per status present, in the summary order, one bar per group', () => {
    const option = statusChartOption(groups, (status) => status.toUpperCase());
    assert.deepEqual(option.yAxis.data, ['Kinh tế', 'Môi trường']);
    assert.deepEqual(option.series.map((series) => series.name), ['EXCEEDED', 'ACHIEVED', 'AT_RISK']);
    assert.deepEqual(option.series.map((series) => series.data), [[3, 2], [11, 0], [10, 0]]);
    assert.ok(option.series.every((series) => series.stack === 'status'));
  });

  test('a click on a segment names its status', () => {
    assert.equal(statusOfSeries(groups, 2), 'at_risk');
    assert.equal(statusOfSeries(groups, 5), null);
  });
});
