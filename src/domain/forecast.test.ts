import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compoundRate, forecast, weightedLinearAt, type SeriesPoint } from './forecast.ts';
import type { Direction, Per, Target } from './target.ts';

function point(value: number, text: string, direction: Direction = 'increase', per: Per = null): Target {
  return { kind: 'point', value, text, unit: '%', basis: null, per, year: 2025, direction, min: value, max: value, minInclusive: true, maxInclusive: true };
}

const forest = point(54, '54');
const series = (...pairs: [number, number][]): SeriesPoint[] => pairs.map(([year, value]) => ({ year, value }));

/** Exact to float noise: the expected figures below are worked out by hand in the comments. */
function near(actual: number | null | undefined, expected: number): void {
  assert.ok(actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);
}

describe('linear (weighted least squares)', () => {
  test('forest cover 50 → 51 → 51,5 (2021-2023) projects 52,95 in 2025, short of 54: Khó đạt', () => {
    // Weights 1, 2, 3. Mean year 12134/6 = 2022,333; mean value 306,5/6 = 51,0833.
    // Sxy = 1·(−4/3)(−13/12) + 2·(−1/3)(−1/12) + 3·(2/3)(5/12) = 84/36 = 7/3; Sxx = 30/9 = 10/3; slope 0,7.
    // 2025: 51,0833 + 0,7 × 2,6667 = 52,95. Gains from 50: required 4, projected 2,95, ratio 0,7375.
    const result = forecast(forest, series([2021, 50], [2022, 51], [2023, 51.5]), { method: 'linear', termEndYear: 2025 });
    assert.equal(result.status, 'at_risk');
    near(result.projectedValue, 52.95);
    near(result.requiredGain, 4);
    near(result.projectedGain, 2.95);
    near(result.ratio, 0.7375);
    assert.equal(result.projectedYear, 2025);
    assert.equal(result.explanation, 'Theo xu hướng tuyến tính (2021-2023), dự báo năm 2025 đạt 52,95%, thấp hơn mục tiêu 54%: Khó đạt.');
  });

  test('the weights favour recent years: a late jump moves the line more than an early one', () => {
    // Unweighted, both series would give the same slope magnitude; weighted, the late change dominates.
    const late = weightedLinearAt(series([2021, 50], [2022, 50], [2023, 53]), 2025);
    const early = weightedLinearAt(series([2021, 47], [2022, 50], [2023, 50]), 2025);
    // late: weights 1,2,3, mean year 2022,333, mean value 51,5; Sxy = 3·(2/3)(1,5) + 1·(−4/3)(−1,5) + 2·(−1/3)(−1,5) = 3 + 2 + 1 = 6; slope 1,8; 51,5 + 1,8 × 2,6667 = 56,3.
    near(late, 56.3);
    // early: mean value 49,5; Sxy = 1·(−4/3)(−2,5) + 2·(−1/3)(0,5) + 3·(2/3)(0,5) = 10/3 − 1/3 + 1 = 4; slope 1,2; 49,5 + 1,2 × 2,6667 = 52,7.
    near(early, 52.7);
  });

  test('two points give the line through them', () => {
    near(weightedLinearAt(series([2020, 50], [2023, 52.3]), 2025), 53.833333333333336);
  });

  test('less is better: poverty 20 → 17 → 15 projects 7,7, under the target 10: Theo lộ trình', () => {
    // Weights 1,2,3; mean year 2021,333; mean value 99/6 = 16,5; Sxy = −14/3 − 1/3 − 3 = −8; Sxx = 10/3; slope −2,4.
    // 2025: 16,5 − 2,4 × 3,6667 = 7,7.
    const poverty = point(10, '10', 'decrease');
    const result = forecast(poverty, series([2020, 20], [2021, 17], [2022, 15]), { method: 'linear', termEndYear: 2025 });
    assert.equal(result.status, 'on_track');
    near(result.projectedValue, 7.7);
    assert.equal(result.explanation, 'Theo xu hướng tuyến tính (2020-2022), dự báo năm 2025 đạt 7,7%, thấp hơn mục tiêu 10%: Theo lộ trình.');
  });

  test('repeated years keep the last figure, years after the term end are left out, order does not matter', () => {
    const messy = series([2023, 51.5], [2021, 50], [2022, 99], [2022, 51], [2026, 80]);
    const result = forecast(forest, messy, { method: 'linear', termEndYear: 2025 });
    assert.deepEqual(result.inputs, series([2021, 50], [2022, 51], [2023, 51.5]));
    near(result.projectedValue, 52.95);
  });
});

describe('cagr (UNSD progress chart)', () => {
  test('50 (2020) → 53 (2023) grows 1,96%/năm and projects 55,10 in 2025: 127,5% of the required gain, Theo lộ trình', () => {
    // rate = (53/50)^(1/3) − 1 = 0,0196128; 2025: 53 × 1,06^(2/3) = 55,0993; gain 5,0993 of 4 = 1,2748.
    const result = forecast(forest, series([2020, 50], [2023, 53]), { method: 'cagr', termEndYear: 2025 });
    assert.equal(result.status, 'on_track');
    near(compoundRate({ year: 2020, value: 50 }, { year: 2023, value: 53 }), 0.01961282242221629);
    near(result.projectedValue, 55.0993463053333);
    near(result.ratio, 1.2748365763333247);
    assert.equal(result.explanation, 'Theo tốc độ tăng bình quân 1,96%/năm (2020-2023), dự báo năm 2025 đạt 55,1%, bằng 127,5% mức cần tăng để đạt mục tiêu 54%: Theo lộ trình.');
  });

  test('50 → 51 reaches only 41,9% of the required gain: Khó đạt', () => {
    // 2025: 51 × 1,02^(2/3) = 51,6778; (51,6778 − 50) / 4 = 0,4194.
    const result = forecast(forest, series([2020, 50], [2023, 51]), { method: 'cagr', termEndYear: 2025 });
    assert.equal(result.status, 'at_risk');
    near(result.ratio, 0.41943831237733065);
  });

  test('97,3% of the required gain is on track by the 0,95 rule although the projection stays under 54; the linear method says Khó đạt', () => {
    // cagr: 52,3 × 1,046^(2/3) = 53,8918; (53,8918 − 50) / 4 = 0,9730 ≥ 0,95.
    const two = series([2020, 50], [2023, 52.3]);
    const cagr = forecast(forest, two, { method: 'cagr', termEndYear: 2025 });
    assert.equal(cagr.status, 'on_track');
    near(cagr.ratio, 0.9729538003416582);
    // linear: the line through both points reaches 52,3 + 2,3/3 × 2 = 53,83 in 2025, under 54.
    assert.equal(forecast(forest, two, { method: 'linear', termEndYear: 2025 }).status, 'at_risk');
    // A stricter threshold turns the cagr verdict too.
    assert.equal(forecast(forest, two, { method: 'cagr', termEndYear: 2025, onTrackRatio: 0.98 }).status, 'at_risk');
  });

  test('less is better: gains are reductions (20 → 15 in two years, target 10)', () => {
    // rate = 0,75^(1/2) − 1 = −13,40%; 2025: 15 × 0,75^(3/2) = 9,7428; (9,7428 − 20) / (10 − 20) = 1,0257.
    const result = forecast(point(10, '10', 'decrease'), series([2020, 20], [2021, 17], [2022, 15]), { method: 'cagr', termEndYear: 2025 });
    assert.equal(result.status, 'on_track');
    near(result.requiredGain, -10);
    near(result.projectedValue, 9.742785792574935);
    near(result.ratio, 1.0257214207425065);
    assert.equal(result.explanation, 'Theo tốc độ giảm bình quân 13,4%/năm (2020-2022), dự báo năm 2025 đạt 9,74%, bằng 102,6% mức cần giảm để đạt mục tiêu 10%: Theo lộ trình.');
  });

  test('none left: 10 communes → 5 in two years projects 1,77 in 2025, 82,3% of the way to 0: Khó đạt', () => {
    // 5 × 0,5^(3/2) = 1,7678; (1,7678 − 10) / (0 − 10) = 0,8232.
    const noneLeft: Target = { kind: 'none_left', text: 'không còn xã', unit: 'xã', basis: null, per: null, year: 2025, direction: 'decrease', min: null, max: 0, minInclusive: true, maxInclusive: true };
    const result = forecast(noneLeft, series([2020, 10], [2022, 5]), { method: 'cagr', termEndYear: 2025 });
    assert.equal(result.status, 'at_risk');
    near(result.ratio, 0.8232233047033631);
  });

  test('a target met from the start has no gain ratio and is judged on the projection', () => {
    // rate (56/55)^(1/3) − 1 = 0,60%; 2025: 56 × (56/55)^(2/3) = 56,68 > 54.
    const result = forecast(forest, series([2020, 55], [2023, 56]), { method: 'cagr', termEndYear: 2025 });
    assert.deepEqual([result.status, result.ratio], ['on_track', null]);
    near(result.requiredGain, -1);
    assert.equal(result.explanation, 'Theo tốc độ tăng bình quân 0,6%/năm (2020-2023), dự báo năm 2025 đạt 56,68%, cao hơn mục tiêu 54%: Theo lộ trình.');
  });

  test('zero or negative figures: no compound rate, no forecast', () => {
    const result = forecast(forest, series([2020, 0], [2023, 10]), { method: 'cagr', termEndYear: 2025 });
    assert.deepEqual([result.status, result.projectedValue], [null, null]);
    assert.equal(result.explanation, 'Không tính được tốc độ tăng bình quân vì có số liệu bằng 0 hoặc âm; hãy dùng xu hướng tuyến tính.');
  });
});

describe('annual targets ("/năm"): the term figure is the average of the years', () => {
  const growth: Target = { kind: 'range', text: '9-10%/năm', unit: '%', basis: null, per: 'year', year: null, direction: 'increase', min: 9, max: 10, minInclusive: true, maxInclusive: true };

  test('linear fills the years still to come from the trend: 3, 4, 5 then 6, 7 average 5%/năm', () => {
    const result = forecast(growth, series([2021, 3], [2022, 4], [2023, 5]), { method: 'linear', termEndYear: 2025 });
    assert.equal(result.status, 'at_risk');
    near(result.projectedValue, 5);
    assert.deepEqual([result.requiredGain, result.projectedGain, result.ratio], [null, null, null]);
    assert.equal(result.explanation, 'Bình quân 2021-2023 đạt 4%/năm; theo xu hướng tuyến tính, bình quân cả giai đoạn đến năm 2025 đạt 5%/năm, thấp hơn mục tiêu 9-10%/năm: Khó đạt.');
  });

  test('cagr keeps the observed average pace, negative years included: (−17 − 7,8 + 5,7) / 3 = −6,37', () => {
    const exports: Target = { kind: 'change', sense: 'increase', measure: 'percent', text: 'tăng 11,5%/năm', unit: '%', basis: null, per: 'year', year: null, direction: 'increase', min: 11.5, max: 11.5, minInclusive: true, maxInclusive: true };
    const result = forecast(exports, series([2021, -17], [2022, -7.8], [2023, 5.7]), { method: 'cagr', termEndYear: 2025 });
    assert.equal(result.status, 'at_risk');
    near(result.projectedValue, -19.1 / 3);
  });

  test('an annual count already above target stays on track (jobs 8.695 and 8.893 against 8.500)', () => {
    const jobs: Target = { kind: 'point', value: 8500, text: '8.500', unit: 'người', basis: null, per: 'year', year: null, direction: 'increase', min: 8500, max: 8500, minInclusive: true, maxInclusive: true };
    const result = forecast(jobs, series([2021, 8695], [2022, 8893]), { method: 'cagr', termEndYear: 2025 });
    assert.equal(result.status, 'on_track');
    near(result.projectedValue, 8794);
  });
});

describe('no forecast', () => {
  test('fewer than two years of figures', () => {
    const result = forecast(forest, series([2023, 52.3]), { method: 'linear', termEndYear: 2025 });
    assert.deepEqual([result.status, result.projectedValue, result.explanation], [null, null, 'Cần số liệu ít nhất 2 năm để dự báo, hiện có 1 năm.']);
  });

  test('a target without a figure', () => {
    const unreadable: Target = { kind: 'unparsed', reason: 'no figure', text: 'cơ bản hoàn thành', unit: null, basis: null, per: null, year: null, direction: 'unknown', min: null, max: null, minInclusive: true, maxInclusive: true };
    const result = forecast(unreadable, series([2021, 1], [2022, 2]), { method: 'cagr', termEndYear: 2025 });
    assert.deepEqual([result.status, result.explanation], [null, 'Mục tiêu "cơ bản hoàn thành" không có con số nên không dự báo được.']);
  });
});
