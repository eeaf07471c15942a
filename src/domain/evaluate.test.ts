import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareWithDocument, evaluate, precisionTolerance, qualifierOf, type EvaluationContext, type EvaluationStage, type Observation } from './evaluate.ts';
import type { Bounds, Direction, Per, Target } from './target.ts';

// Targets are plain data: built here literally so these tests do not depend on the parser.
interface Shape {
  text: string;
  unit?: string | null;
  per?: Per;
  direction?: Direction;
}

function common(shape: Shape) {
  return { text: shape.text, unit: shape.unit ?? '%', basis: null, per: shape.per ?? null, year: null, direction: shape.direction ?? 'increase' };
}

function closed(min: number | null, max: number | null): Bounds {
  return { min, max, minInclusive: true, maxInclusive: true };
}

function point(value: number, shape: Shape): Target {
  return { ...common(shape), ...closed(value, value), kind: 'point', value };
}

function range(min: number, max: number, shape: Shape): Target {
  return { ...common(shape), ...closed(min, max), kind: 'range' };
}

function atLeast(min: number, inclusive: boolean, shape: Shape): Target {
  return { ...common(shape), min, max: null, minInclusive: inclusive, maxInclusive: true, kind: 'at_least' };
}

function atMost(max: number, inclusive: boolean, shape: Shape): Target {
  return { ...common(shape), min: null, max, minInclusive: true, maxInclusive: inclusive, kind: 'at_most' };
}

function change(size: number, sense: 'increase' | 'decrease', shape: Shape): Target {
  return { ...common(shape), ...closed(size, size), kind: 'change', sense, measure: 'points' };
}

const interim: EvaluationContext = { stage: 'interim' };
const estimate: EvaluationContext = { stage: 'estimate' };
const final: EvaluationContext = { stage: 'final' };

function run(target: Target, value: number | null, context: EvaluationContext, extra: Omit<Observation, 'value'> = {}) {
  return evaluate(target, { value, ...extra }, context);
}

describe('seed 002 appendix (mid-term column is interim, 2020-2025 column is estimate)', () => {
  const grdpGrowth = range(9, 10, { text: '9-10', per: 'year' });
  const perCapita = point(65, { text: '65', unit: 'triệu đồng' });

  test('GRDP growth 3,91 against 9-10%/năm is Chưa đạt mid-term, 6,14 is Khó đạt as an estimate', () => {
    const mid = run(grdpGrowth, 3.91, interim);
    assert.equal(mid.status, 'not_yet');
    assert.equal(mid.rule, 'range.increase');
    // 3,91 / 9 (the lower bound, where Đạt begins) = 43,44%
    assert.equal(mid.percentOfTarget, 43.4);
    assert.equal(mid.explanation, 'Kết quả 3,91%/năm thấp hơn mục tiêu 9-10%/năm (bằng 43,4% mục tiêu); đánh giá giữa kỳ: Chưa đạt.');
    assert.equal(run(grdpGrowth, 6.14, estimate).status, 'at_risk');
    assert.equal(run(grdpGrowth, 9.5, final).status, 'achieved');
    assert.equal(run(grdpGrowth, 10.2, final).status, 'exceeded');
  });

  test('GRDP per capita 47,5 of 65 is 73,1% and Chưa đạt; 58,7 is 90,3% and Khó đạt', () => {
    const mid = run(perCapita, 47.5, interim);
    assert.deepEqual([mid.status, mid.percentOfTarget, mid.rule], ['not_yet', 73.1, 'point.increase']);
    assert.equal(mid.explanation, 'Kết quả 47,5 triệu đồng thấp hơn mục tiêu 65 triệu đồng (bằng 73,1% mục tiêu); đánh giá giữa kỳ: Chưa đạt.');
    // 58,7 / 65 = 90,31%; the document prints 90,4%, computed from an unrounded estimate.
    const end = run(perCapita, 58.7, estimate);
    assert.deepEqual([end.status, end.percentOfTarget], ['at_risk', 90.3]);
  });

  test('tea area 10.443 ha of 10.000 is 104,4% and Vượt', () => {
    const tea = point(10000, { text: '10.000', unit: 'ha' });
    const end = run(tea, 10443, estimate);
    assert.deepEqual([end.status, end.percentOfTarget], ['exceeded', 104.4]);
    assert.equal(end.explanation, 'Kết quả 10.443 ha cao hơn mục tiêu 10.000 ha (bằng 104,4% mục tiêu); theo ước thực hiện cả nhiệm kỳ: Vượt.');
    assert.deepEqual([run(tea, 9811, interim).status, run(tea, 9811, interim).percentOfTarget], ['not_yet', 98.1]);
  });

  test('forest cover 54,0 of 54,0 is Đạt at 100%', () => {
    const forest = point(54, { text: '54,0' });
    const end = run(forest, 54, estimate);
    assert.deepEqual([end.status, end.percentOfTarget, end.relation], ['achieved', 100, 'equal']);
    assert.equal(run(forest, 52.3, interim).status, 'not_yet');
  });

  test('poverty reduction of 3,4 points a year against 3,0 is Vượt', () => {
    const poverty = change(3, 'decrease', { text: 'giảm 3,0%/năm', per: 'year', direction: 'decrease' });
    const mid = run(poverty, 3.4, interim);
    assert.deepEqual([mid.status, mid.rule, mid.percentOfTarget], ['exceeded', 'change', 113.3]);
  });

  test('underweight children 14,96% against "dưới 15%" is Đạt, not Vượt (within the 1% margin); 16,70 is Chưa đạt', () => {
    const underweight = atMost(15, false, { text: '<15', direction: 'decrease' });
    const end = run(underweight, 14.96, estimate);
    // 15 / 14,96 = 100,27%
    assert.deepEqual([end.status, end.rule, end.percentOfTarget], ['achieved', 'at_most', 100.3]);
    assert.equal(run(underweight, 16.7, interim).status, 'not_yet');
  });

  test('stunting 19,99 against 20 (written without decimals) is Đạt; 22,98 is Chưa đạt', () => {
    const stunting = point(20, { text: '20', direction: 'decrease' });
    assert.equal(run(stunting, 19.99, estimate).status, 'achieved');
    const mid = run(stunting, 22.98, interim);
    // 20 / 22,98 = 87,03%
    assert.deepEqual([mid.status, mid.rule, mid.percentOfTarget], ['not_yet', 'point.decrease', 87]);
  });

  test('birth rate reduction 1,69‰ a year against 0,4‰ is Vượt', () => {
    const births = change(0.4, 'decrease', { text: '0,4', unit: '‰', per: 'year' });
    const mid = run(births, 1.69, interim);
    assert.deepEqual([mid.status, mid.percentOfTarget], ['exceeded', 422.5]);
  });

  test('tourists growing 33,2% a year against 20% is Vượt; exports at -7,8% against 11,5% is Chưa đạt with no percentage', () => {
    assert.equal(run(change(20, 'increase', { text: '20,0', per: 'year' }), 33.2, interim).status, 'exceeded');
    const exports = run(change(11.5, 'increase', { text: '11,5', per: 'year' }), -7.8, interim);
    assert.deepEqual([exports.status, exports.percentOfTarget], ['not_yet', null]);
  });

  test('jobs 8.695 against 8.500 a year is 102,3% and Vượt', () => {
    const jobs = point(8500, { text: '8.500', unit: 'người', per: 'year' });
    const mid = run(jobs, 8695, interim);
    assert.deepEqual([mid.status, mid.percentOfTarget], ['exceeded', 102.3]);
    assert.equal(mid.explanation, 'Kết quả 8.695 người/năm cao hơn mục tiêu 8.500 người/năm (bằng 102,3% mục tiêu); đánh giá giữa kỳ: Vượt.');
  });
});

describe('point targets and the written precision', () => {
  test('a result past a target written without decimals by more than 0,05 is Vượt (97,1 vs 97), closer is Đạt', () => {
    const power = point(97, { text: '97' });
    assert.equal(precisionTolerance(power), 0.05);
    assert.equal(run(power, 97.1, estimate).status, 'exceeded');
    assert.equal(run(power, 97.04, estimate).status, 'achieved');
    assert.equal(run(power, 96.9, final).status, 'failed');
  });

  test('a target written "86,0" is equal only within 0,005', () => {
    const households = point(86, { text: '86,0' });
    assert.equal(precisionTolerance(households), 0.005);
    assert.equal(run(households, 86.4, estimate).status, 'exceeded');
    assert.equal(run(households, 86, interim).status, 'achieved');
    assert.equal(run(households, 85.99, final).status, 'failed');
  });

  test('an explicit tolerance widens Đạt', () => {
    const power = point(97, { text: '97' });
    assert.equal(run(power, 96.5, { stage: 'final', tolerance: 1 }).status, 'achieved');
  });

  test('less is better: under the target is Vượt, over it falls short, percent is target / value', () => {
    const rate = point(15, { text: '15', direction: 'decrease' });
    const low = run(rate, 12, final);
    assert.deepEqual([low.status, low.percentOfTarget, low.relation], ['exceeded', 125, 'below']);
    assert.equal(run(rate, 16, final).status, 'failed');
  });

  test('an unknown direction counts as more is better', () => {
    assert.equal(run(point(50, { text: '50', direction: 'unknown' }), 55, final).rule, 'point.increase');
  });

  test('a band point must be met exactly', () => {
    const exact = point(100, { text: '100', direction: 'band' });
    assert.deepEqual([run(exact, 100, final).status, run(exact, 101, final).status, run(exact, 101, final).percentOfTarget], ['achieved', 'failed', null]);
  });
});

describe('ranges', () => {
  test('a decreasing range mirrors: under the floor is Vượt, inside is Đạt, over the ceiling falls short', () => {
    const rate = range(2, 3, { text: '2-3', direction: 'decrease' });
    assert.equal(run(rate, 1.5, final).status, 'exceeded');
    assert.equal(run(rate, 2.5, final).status, 'achieved');
    assert.equal(run(rate, 3.5, final).status, 'failed');
    // 3 (the ceiling, where Đạt begins) / 3,5 = 85,71%
    assert.equal(run(rate, 3.5, final).percentOfTarget, 85.7);
  });

  test('population growth 1,5-1,6% is a band: inside is Đạt, either side falls short, never Vượt', () => {
    const growth = range(1.5, 1.6, { text: '1,5-1,6', direction: 'band' });
    const inside = run(growth, 1.55, final);
    assert.deepEqual([inside.status, inside.rule, inside.percentOfTarget], ['achieved', 'range.band', null]);
    assert.equal(run(growth, 1.7, final).status, 'failed');
    assert.equal(run(growth, 1.4, interim).status, 'not_yet');
  });
});

describe('at least ("trên 95%", "từ 1.000 trở lên")', () => {
  const above80 = atLeast(80, false, { text: '>80' });
  const above90 = atLeast(90, false, { text: '>90' });

  test('a ">80" result against ">80" is Đạt; ">96" against ">80" is Vượt', () => {
    const same = run(above80, 80, final, { qualifier: 'above' });
    assert.deepEqual([same.status, same.rule, same.relation], ['achieved', 'at_least', 'meets']);
    assert.equal(same.explanation, 'Kết quả trên 80% đạt ngưỡng mục tiêu trên 80% (bằng 100% mục tiêu); đánh giá cuối kỳ: Đạt.');
    assert.equal(run(above80, 96, final, { qualifier: 'above' }).status, 'exceeded');
  });

  test('95 against ">90" and 98,2 against ">95" are Vượt: more than 1% past the bound', () => {
    assert.equal(run(above90, 95, final).status, 'exceeded');
    assert.equal(run(atLeast(95, false, { text: '>95' }), 98.2, estimate).status, 'exceeded');
  });

  test('within 1% past the bound is Đạt; 2.840 against ">1.000" is Vượt at 284%', () => {
    assert.equal(run(above90, 90.5, final).status, 'achieved');
    const members = run(atLeast(1000, false, { text: '>1.000', unit: 'đảng viên' }), 2840, final);
    assert.deepEqual([members.status, members.percentOfTarget], ['exceeded', 284]);
  });

  test('the bound itself meets an inclusive target and fails an exclusive one', () => {
    assert.equal(run(atLeast(1000, true, { text: 'từ 1.000 trở lên', unit: 'đảng viên' }), 1000, final).status, 'achieved');
    assert.equal(run(atLeast(95, false, { text: 'trên 95%' }), 95, final).status, 'failed');
  });

  test('">4" against ">5" cannot be settled; "<4" against ">5" falls short for sure', () => {
    const above5 = atLeast(5, false, { text: '>5' });
    const unknown = run(above5, 4, final, { qualifier: 'above' });
    assert.deepEqual([unknown.status, unknown.rule], [null, 'qualified_unknown']);
    assert.equal(unknown.explanation, 'Kết quả trên 4% chưa đủ để so với mục tiêu trên 5% nên không đánh giá được.');
    assert.equal(run(above5, 4, final, { qualifier: 'below' }).status, 'failed');
    assert.equal(run(above5, 4.5, interim).status, 'not_yet');
  });
});

describe('at most ("dưới 15%", "không quá 15")', () => {
  test('the bound fails an exclusive target and meets an inclusive one; clearly under is Vượt', () => {
    assert.equal(run(atMost(15, false, { text: 'dưới 15%' }), 15, final).status, 'failed');
    assert.equal(run(atMost(15, true, { text: 'không quá 15%' }), 15, final).status, 'achieved');
    // 14 is under 15 × 0,99 = 14,85
    assert.equal(run(atMost(15, false, { text: 'dưới 15%' }), 14, final).status, 'exceeded');
  });

  test('qualified results: "<14" is Vượt, ">16" fails, ">10" cannot be settled', () => {
    const under15 = atMost(15, false, { text: '<15' });
    assert.equal(run(under15, 14, final, { qualifier: 'below' }).status, 'exceeded');
    assert.equal(run(under15, 16, final, { qualifier: 'above' }).status, 'failed');
    assert.equal(run(under15, 10, final, { qualifier: 'above' }).status, null);
  });
});

describe('approx ("khoảng 10%")', () => {
  const about10: Target = { ...common({ text: 'khoảng 10%' }), ...closed(10, 10), kind: 'approx' };

  test('±5% of the value is Đạt, above is Vượt, below falls short', () => {
    assert.equal(run(about10, 10.4, final).status, 'achieved');
    assert.equal(run(about10, 9.6, final).status, 'achieved');
    assert.equal(run(about10, 10.6, final).status, 'exceeded');
    const low = run(about10, 9.4, final);
    assert.deepEqual([low.status, low.rule, low.percentOfTarget], ['failed', 'approx.increase', 94]);
  });

  test('the width is configurable, and less is better mirrors', () => {
    assert.equal(run(about10, 9.4, { stage: 'final', approxTolerance: 0.1 }).status, 'achieved');
    const lessIsBetter: Target = { ...about10, direction: 'decrease' };
    assert.equal(run(lessIsBetter, 9.4, final).status, 'exceeded');
    assert.equal(run(lessIsBetter, 10.6, final).status, 'failed');
  });
});

describe('structure shares', () => {
  const share = (value: number, text: string): Target => point(value, { text, direction: 'structure' });

  test('with a direction, within 0,5 points is Đạt and the good side is Vượt', () => {
    const services = run(share(36.43, '36,43'), 37.53, { stage: 'estimate', shareDirection: 'increase' });
    assert.deepEqual([services.status, services.rule, services.percentOfTarget], ['exceeded', 'structure.increase', null]);
    assert.equal(run(share(42.42, '42,42'), 42.18, { stage: 'estimate', shareDirection: 'increase' }).status, 'achieved');
    assert.equal(run(share(12.44, '12,44'), 14.29, { stage: 'estimate', shareDirection: 'decrease' }).status, 'at_risk');
    assert.equal(run(share(12.44, '12,44'), 11.5, { stage: 'final', shareDirection: 'decrease' }).status, 'exceeded');
  });

  test('without a direction only closeness counts', () => {
    const agriculture = run(share(12.44, '12,44'), 14.29, estimate);
    assert.deepEqual([agriculture.status, agriculture.rule], ['at_risk', 'structure.closeness']);
    assert.equal(run(share(36.43, '36,43'), 37.53, final).status, 'failed');
    assert.equal(run(share(42.42, '42,42'), 42.18, final).status, 'achieved');
  });
});

describe('maintain, none left, qualitative, unparsed, no value', () => {
  const keep42: Target = { ...common({ text: 'ổn định 42%' }), ...closed(42, 42), kind: 'maintain' };

  test('keeping a level: at or better is Đạt, never Vượt', () => {
    assert.deepEqual([run(keep42, 42, final).status, run(keep42, 45, final).status, run(keep42, 41, final).status], ['achieved', 'achieved', 'failed']);
    assert.equal(run(keep42, 45, final).rule, 'maintain.increase');
  });

  test('keeping without a level reads the achieved flag', () => {
    const keep: Target = { ...common({ text: 'giữ vững' }), ...closed(null, null), kind: 'maintain' };
    const kept = evaluate(keep, { value: null, achieved: true }, final);
    assert.deepEqual([kept.status, kept.rule], ['achieved', 'maintain.unstated']);
  });

  test('none left: 0 is Đạt, 3 falls short', () => {
    const noneLeft: Target = { ...common({ text: 'không còn xã dưới 15 tiêu chí', unit: 'xã' }), ...closed(null, 0), kind: 'none_left' };
    assert.deepEqual([run(noneLeft, 0, final).status, run(noneLeft, 0, final).percentOfTarget], ['achieved', null]);
    assert.equal(run(noneLeft, 3, interim).status, 'not_yet');
    assert.equal(run(noneLeft, 3, final).explanation, 'Kết quả 3 xã cao hơn mục tiêu không còn xã; đánh giá cuối kỳ: Không đạt.');
  });

  test('qualitative: achieved is Đạt, not achieved falls short, unknown has no status', () => {
    const goal: Target = { ...common({ text: 'hoàn thành phổ cập', unit: null }), ...closed(null, null), kind: 'qualitative' };
    const done = evaluate(goal, { value: null, achieved: true }, final);
    assert.deepEqual([done.status, done.explanation], ['achieved', 'Mục tiêu đã hoàn thành; đánh giá cuối kỳ: Đạt.']);
    assert.equal(evaluate(goal, { value: null, achieved: false }, interim).status, 'not_yet');
    assert.equal(evaluate(goal, { value: null, achieved: null }, final).status, null);
  });

  test('an unparsed target has no status and says it could not be read', () => {
    const unreadable: Target = { ...common({ text: 'cơ bản hoàn thành', unit: null }), ...closed(null, null), kind: 'unparsed', reason: 'no figure' };
    const result = run(unreadable, 5, final);
    assert.deepEqual([result.status, result.rule, result.explanation], [null, 'unparsed', 'Không đọc được mục tiêu "cơ bản hoàn thành" nên không đánh giá được.']);
  });

  test('no value: no status', () => {
    const result = run(point(54, { text: '54' }), null, final);
    assert.deepEqual([result.status, result.rule, result.explanation], [null, 'no_value', 'Chưa có số liệu kết quả nên không đánh giá được.']);
  });
});

describe('compareWithDocument', () => {
  const forest = point(54, { text: '54,0' });

  test('same status agrees, different direction of judgement disagrees', () => {
    assert.deepEqual(compareWithDocument('Đạt', run(forest, 54, estimate)), { agrees: true });
    assert.deepEqual(compareWithDocument('Vượt', run(forest, 54, estimate)), { agrees: false });
    assert.deepEqual(compareWithDocument(' chưa  đạt ', run(forest, 52.3, interim)), { agrees: true });
  });

  test('Chưa đạt and Không đạt agree on a running figure but not on a final one', () => {
    assert.deepEqual(compareWithDocument('Không đạt', run(forest, 52.3, interim)), { agrees: true });
    assert.deepEqual(compareWithDocument('Chưa đạt', run(forest, 52.3, final)), { agrees: false });
    assert.deepEqual(compareWithDocument('Chưa đạt', run(forest, 52.3, estimate)), { agrees: true });
  });

  test('no status on either side gives null', () => {
    assert.deepEqual(compareWithDocument(null, run(forest, 54, final)), { agrees: null });
    assert.deepEqual(compareWithDocument('xem ghi chú', run(forest, 54, final)), { agrees: null });
    assert.deepEqual(compareWithDocument('Đạt', run(forest, null, final)), { agrees: null });
  });
});

describe('properties', () => {
  const rank = (status: string | null): number => ['failed', 'achieved', 'exceeded'].indexOf(status ?? '');

  test('more is better: the status never gets worse as the value grows', () => {
    const targets = [point(65, { text: '65' }), range(9, 10, { text: '9-10' }), atLeast(90, false, { text: '>90' })];
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.double({ min: -100, max: 200, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (target, a, step) => {
        const low = rank(run(target, a, final).status);
        const high = rank(run(target, a + step, final).status);
        assert.ok(low >= 0 && low <= high, `${a} → ${low}, ${a + step} → ${high}`);
      }),
    );
  });

  test('a shortfall is named by the stage and nothing else changes', () => {
    const names = { final: 'failed', interim: 'not_yet', estimate: 'at_risk' } as const;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 64, noNaN: true }), fc.constantFrom<EvaluationStage>('final', 'interim', 'estimate'), (value, stage) => {
        const result = run(point(65, { text: '65' }), value, { stage });
        assert.equal(result.status, names[stage]);
        assert.equal(result.rule, 'point.increase');
      }),
    );
  });
});

describe('qualifierOf', () => {
  test('reads how a result was written', () => {
    assert.equal(qualifierOf('>80'), 'above');
    assert.equal(qualifierOf(' ≥ 90'), 'above');
    assert.equal(qualifierOf('trên 95%'), 'above');
    assert.equal(qualifierOf('<15'), 'below');
    assert.equal(qualifierOf('dưới 5'), 'below');
    assert.equal(qualifierOf('95'), null);
    assert.equal(qualifierOf(null), null);
  });
});
