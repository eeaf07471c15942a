import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EVALUATION_RULES, ruleById, selectRule, type RuleSettings } from './evaluation-rules.ts';
import type { Direction, Target } from './target.ts';
import { RULE_DESCRIPTION } from './vocabulary/index.ts';

function target(kind: 'point' | 'range' | 'approx' | 'maintain', direction: Direction, min: number | null, max: number | null): Target {
  const common = { text: 'x', unit: '%', basis: null, per: null, year: null, direction, min, max, minInclusive: true, maxInclusive: true };
  return kind === 'point' ? { ...common, kind, value: min ?? 0 } : { ...common, kind };
}

const settings: RuleSettings = { tolerance: 0.05, exceedMargin: 0.01, approxTolerance: 0.05, structureTolerance: 0.5 };

describe('the rule table', () => {
  test('ids are unique', () => {
    const ids = EVALUATION_RULES.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(ids.length, 24);
  });

  test('every rule says in Vietnamese what gives Đạt (or why there is no status)', () => {
    for (const rule of EVALUATION_RULES) {
      assert.match(rule.description, /Đạt|không đánh giá/u, rule.id);
      assert.equal(rule.description, RULE_DESCRIPTION[rule.id], `${rule.id} takes its own description from the vocabulary`);
    }
    assert.deepEqual(Object.keys(RULE_DESCRIPTION).toSorted(), EVALUATION_RULES.map((rule) => rule.id).toSorted());
  });

  test('ruleById finds the rule and its kind', () => {
    assert.equal(ruleById('at_most').kind, 'at_most');
    assert.equal(ruleById('structure.closeness').direction, 'structure');
  });
});

describe('selectRule', () => {
  const cases: [string, Target, 'increase' | 'decrease' | null, string][] = [
    ['point, more is better', target('point', 'increase', 5, 5), null, 'point.increase'],
    ['point, unknown direction', target('point', 'unknown', 5, 5), null, 'point.increase'],
    ['point, less is better', target('point', 'decrease', 5, 5), null, 'point.decrease'],
    ['point, band', target('point', 'band', 5, 5), null, 'point.band'],
    ['range, more is better', target('range', 'increase', 9, 10), null, 'range.increase'],
    ['range, less is better', target('range', 'decrease', 9, 10), null, 'range.decrease'],
    ['range, band', target('range', 'band', 1.5, 1.6), null, 'range.band'],
    ['approx, unknown', target('approx', 'unknown', 10, 10), null, 'approx.increase'],
    ['approx, less is better', target('approx', 'decrease', 10, 10), null, 'approx.decrease'],
    ['approx, band', target('approx', 'band', 10, 10), null, 'approx.band'],
    ['structure share without direction', target('point', 'structure', 12.44, 12.44), null, 'structure.closeness'],
    ['structure share to grow', target('range', 'structure', 36, 37), 'increase', 'structure.increase'],
    ['structure share to fall', target('approx', 'structure', 12, 12), 'decrease', 'structure.decrease'],
    ['maintain a level', target('maintain', 'unknown', 42, 42), null, 'maintain.increase'],
    ['maintain a low level', target('maintain', 'decrease', 2, 2), null, 'maintain.decrease'],
    ['maintain a share', target('maintain', 'structure', 42, 42), 'increase', 'maintain.band'],
    ['maintain without a level', target('maintain', 'increase', null, null), null, 'maintain.unstated'],
  ];
  for (const [name, t, share, id] of cases) {
    test(`${name} → ${id}`, () => assert.equal(selectRule(t, share).id, id));
  }

  test('kinds with one rule each', () => {
    const base = { text: 'x', unit: null, basis: null, per: null, year: null, direction: 'unknown' as const, minInclusive: true, maxInclusive: true };
    assert.equal(selectRule({ ...base, kind: 'at_least', min: 5, max: null }, null).id, 'at_least');
    assert.equal(selectRule({ ...base, kind: 'at_most', min: null, max: 5 }, null).id, 'at_most');
    assert.equal(selectRule({ ...base, kind: 'change', min: 2, max: 2, sense: 'decrease', measure: 'points' }, null).id, 'change');
    assert.equal(selectRule({ ...base, kind: 'none_left', min: null, max: 0 }, null).id, 'none_left');
    assert.equal(selectRule({ ...base, kind: 'qualitative', min: null, max: null }, null).id, 'qualitative');
    assert.equal(selectRule({ ...base, kind: 'unparsed', min: null, max: null, reason: '?' }, null).id, 'unparsed');
  });
});

describe('judges', () => {
  function judge(id: Parameters<typeof ruleById>[0], t: Target, value: number) {
    const rule = ruleById(id);
    assert.equal(rule.input, 'number');
    return rule.input === 'number' ? rule.judge(t, value, settings) : null;
  }

  test('range, more is better: below, within, above', () => {
    const growth = target('range', 'increase', 9, 10);
    assert.deepEqual(judge('range.increase', growth, 8.9), { outcome: 'shortfall', relation: 'below' });
    assert.deepEqual(judge('range.increase', growth, 9.96), { outcome: 'achieved', relation: 'within' });
    assert.deepEqual(judge('range.increase', growth, 10.1), { outcome: 'exceeded', relation: 'above' });
  });

  test('the inclusive floor takes the slack: 8,96 against 9 within 0,05 is achieved', () => {
    assert.deepEqual(judge('range.increase', target('range', 'increase', 9, 10), 8.96), { outcome: 'achieved', relation: 'within' });
  });

  test('maintain never exceeds', () => {
    assert.deepEqual(judge('maintain.increase', target('maintain', 'increase', 42, 42), 50), { outcome: 'achieved', relation: 'above' });
  });

  test('structure widens the level by 0,5 points each way (plus the precision slack)', () => {
    const share = target('point', 'structure', 12.44, 12.44);
    assert.deepEqual(judge('structure.closeness', share, 12.9), { outcome: 'achieved', relation: 'within' });
    assert.deepEqual(judge('structure.closeness', share, 13), { outcome: 'shortfall', relation: 'above' });
  });

  test('a target without figures cannot be judged', () => {
    assert.equal(judge('point.increase', target('range', 'increase', null, null), 5), null);
  });

  test('percentages: against the floor when more is better, the ceiling over the value when less is better', () => {
    const higher = ruleById('range.increase');
    const lower = ruleById('range.decrease');
    assert.ok(higher.input === 'number' && lower.input === 'number');
    assert.equal(higher.percent(target('range', 'increase', 9, 10), 3.91), 43.4);
    assert.equal(lower.percent(target('range', 'decrease', 2, 3), 4), 75);
    assert.equal(lower.percent(target('range', 'decrease', 2, 3), 0), null);
  });
});
