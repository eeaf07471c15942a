import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axisRange, seriesChartOption, targetMarks } from './series-chart-option.ts';

const labels = { actual: 'Kết quả', target: 'Mục tiêu', forecast: 'Dự báo' };
const points = [
  { startYear: 2020, endYear: 2020, value: 50.16 },
  { startYear: 2021, endYear: 2023, value: 52.3 },
];

describe('the indicator chart', () => {
  test('periods are the categories; a forecast beyond them adds its year, dashed from the last figure', () => {
    const option = seriesChartOption(points, { min: 54, max: 54 }, { projectedValue: 54.6, projectedYear: 2025 }, '%', labels);
    assert.deepEqual(option.xAxis.data, ['2020', '2021-2023', '2025']);
    const [actual, forecast] = option.series;
    assert.deepEqual(actual?.data, [50.16, 52.3]);
    assert.deepEqual(forecast?.data, [null, 52.3, 54.6]);
    assert.equal(forecast?.lineStyle.type, 'dashed');
    assert.deepEqual(option.legend.data, ['Kết quả', 'Dự báo']);
  });

  test('a single-value target is a line, a range a band, each labelled the Vietnamese way', () => {
    const line = targetMarks({ min: 54, max: 54 }, 'Mục tiêu');
    assert.deepEqual(line.markLine?.data, [{ yAxis: 54 }]);
    assert.equal(line.markLine?.label.formatter, 'Mục tiêu 54');
    const band = targetMarks({ min: 9, max: 10.5 }, 'Mục tiêu');
    assert.deepEqual(band.markArea?.data, [[{ yAxis: 9 }, { yAxis: 10.5 }]]);
    assert.equal(band.markArea?.label.formatter, 'Mục tiêu 9-10,5');
    assert.deepEqual(targetMarks({ min: 95, max: null }, 'Mục tiêu').markLine?.data, [{ yAxis: 95 }]);
    assert.deepEqual(targetMarks(null, 'Mục tiêu'), {});
    assert.deepEqual(targetMarks({ min: null, max: null }, 'Mục tiêu'), {});
  });

  test('no forecast line without a projected value, or when it is not beyond the figures', () => {
    assert.equal(seriesChartOption(points, null, { projectedValue: null, projectedYear: 2025 }, '%', labels).series.length, 1);
    assert.equal(seriesChartOption(points, null, { projectedValue: 53, projectedYear: 2023 }, '%', labels).series.length, 1);
  });

  test('the axis holds the figures and the target with round ends', () => {
    assert.deepEqual(axisRange([50.16, 52.3, 54]), { min: 49, max: 55 });
    assert.deepEqual(axisRange([3.91, 9, 10]), { min: 3, max: 11 });
    assert.deepEqual(axisRange([0.5, 0.6]), { min: 0.4, max: 0.7 });
    assert.equal(axisRange([]), null);
  });
});
