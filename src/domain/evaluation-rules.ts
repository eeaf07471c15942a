/**
 * The table of evaluation rules: for each target kind and direction, the condition that
 * gives Vượt, Đạt or a shortfall. `evaluate` (evaluate.ts) picks one rule, runs it and
 * turns a shortfall into the status word of the stage (Không đạt / Chưa đạt / Khó đạt).
 * The README of this folder lists every rule; a test keeps the two in step.
 */
import type { Bounds, Target, TargetKind } from './target.ts';
import { RULE_DESCRIPTION } from './vocabulary/index.ts';

/** What a rule concludes before the stage names the shortfall. */
export type Outcome = 'exceeded' | 'achieved' | 'shortfall';

/** How the value stands against the target, for the explanation sentence. */
export type Relation = 'above' | 'equal' | 'within' | 'meets' | 'below';

export interface Verdict {
  outcome: Outcome;
  relation: Relation;
}

/** The numeric settings a rule needs, resolved from the context and the target. */
export interface RuleSettings {
  /** Absolute slack for "equal to the target" and for inclusive bounds. */
  tolerance: number;
  /** at_least / at_most: relative distance past the bound that counts as Vượt. */
  exceedMargin: number;
  /** approx: relative half-width of "khoảng". */
  approxTolerance: number;
  /** structure: slack in percentage points. */
  structureTolerance: number;
}

/** Which side of the target is good: decides what a "trên" / "dưới" result can prove. */
export type Better = 'higher' | 'lower' | 'inside';

interface RuleBase {
  id: string;
  kind: TargetKind | 'any';
  direction: 'increase' | 'decrease' | 'band' | 'structure' | 'any';
  /** Vietnamese, shown to users next to a status (RULE_DESCRIPTION in vocabulary/explanation.ts). */
  description: string;
}

/** A rule that compares a number with the target. */
export interface NumericRule extends RuleBase {
  input: 'number';
  better: Better;
  /** null when the target carries no figure to compare with. */
  judge(target: Target, value: number, settings: RuleSettings): Verdict | null;
  /** Percentage of target as the appendix tables print it, or null where meaningless. */
  percent(target: Target, value: number): number | null;
}

/** A rule that decides from a yes/no answer, or that explains why there is no status. */
export interface PlainRule extends RuleBase {
  input: 'achieved' | 'none';
}

export type EvaluationRule = NumericRule | PlainRule;

/** Float noise: two figures closer than this are the same figure. */
function noise(x: number): number {
  return 1e-9 * Math.max(1, Math.abs(x));
}

/** True when the value lies under the lower bound (inclusive bounds get the slack). */
function belowLower(b: Bounds, v: number, tol: number): boolean {
  if (b.min === null) return false;
  return b.minInclusive ? v < b.min - tol : v <= b.min + noise(b.min);
}

/** True when the value lies over the upper bound (inclusive bounds get the slack). */
function aboveUpper(b: Bounds, v: number, tol: number): boolean {
  if (b.max === null) return false;
  return b.maxInclusive ? v > b.max + tol : v >= b.max - noise(b.max);
}

function insideRelation(b: Bounds): Relation {
  return b.min !== null && b.min === b.max ? 'equal' : 'within';
}

/** More is better: under the floor falls short, over the ceiling (or clearly over an open floor) exceeds. */
function judgeHigher(b: Bounds, v: number, s: RuleSettings): Verdict | null {
  if (b.min === null && b.max === null) return null;
  if (belowLower(b, v, s.tolerance)) return { outcome: 'shortfall', relation: 'below' };
  if (b.max !== null) {
    return v > b.max + s.tolerance ? { outcome: 'exceeded', relation: 'above' } : { outcome: 'achieved', relation: insideRelation(b) };
  }
  const floor = b.min ?? 0;
  const clearly = floor + Math.abs(floor) * s.exceedMargin;
  return v > clearly + noise(clearly) ? { outcome: 'exceeded', relation: 'above' } : { outcome: 'achieved', relation: 'meets' };
}

/** Less is better: the mirror of judgeHigher. */
function judgeLower(b: Bounds, v: number, s: RuleSettings): Verdict | null {
  if (b.min === null && b.max === null) return null;
  if (aboveUpper(b, v, s.tolerance)) return { outcome: 'shortfall', relation: 'above' };
  if (b.min !== null) {
    return v < b.min - s.tolerance ? { outcome: 'exceeded', relation: 'below' } : { outcome: 'achieved', relation: insideRelation(b) };
  }
  const ceiling = b.max ?? 0;
  const clearly = ceiling - Math.abs(ceiling) * s.exceedMargin;
  return v < clearly - noise(clearly) ? { outcome: 'exceeded', relation: 'below' } : { outcome: 'achieved', relation: 'meets' };
}

/** A band: inside is achieved, either side falls short, nothing exceeds. */
function judgeInside(b: Bounds, v: number, s: RuleSettings): Verdict | null {
  if (b.min === null && b.max === null) return null;
  if (belowLower(b, v, s.tolerance)) return { outcome: 'shortfall', relation: 'below' };
  if (aboveUpper(b, v, s.tolerance)) return { outcome: 'shortfall', relation: 'above' };
  return { outcome: 'achieved', relation: insideRelation(b) };
}

/** Keeping a level: being better than the level is still just Đạt. */
function judgeKeep(judge: typeof judgeHigher): NumericRule['judge'] {
  return (t, v, s) => {
    const verdict = judge(t, v, s);
    return verdict?.outcome === 'exceeded' ? { outcome: 'achieved', relation: verdict.relation } : verdict;
  };
}

/** Widens the bounds by a relative share of each bound ("khoảng 10%" ± 5%). */
function widenRelative(b: Bounds, share: number): Bounds {
  return {
    min: b.min === null ? null : b.min - Math.abs(b.min) * share,
    max: b.max === null ? null : b.max + Math.abs(b.max) * share,
    minInclusive: true,
    maxInclusive: true,
  };
}

/** Widens the bounds by an absolute amount (percentage points of a structure share). */
function widenAbsolute(b: Bounds, amount: number): Bounds {
  return {
    min: b.min === null ? null : b.min - amount,
    max: b.max === null ? null : b.max + amount,
    minInclusive: true,
    maxInclusive: true,
  };
}

function roundPercent(x: number): number {
  return Math.round(x * 10) / 10;
}

/** value / reference × 100 against the lower bound (the level where Đạt begins). */
function percentHigher(t: Target, v: number): number | null {
  const reference = t.min ?? t.max;
  if (reference === null || reference <= 0 || v < 0) return null;
  return roundPercent((v / reference) * 100);
}

/** reference / value × 100 against the upper bound, so that doing better gives more than 100%. */
function percentLower(t: Target, v: number): number | null {
  const reference = t.max ?? t.min;
  if (reference === null || reference <= 0 || v <= 0) return null;
  return roundPercent((reference / v) * 100);
}

function noPercent(): null {
  return null;
}

function numeric<Id extends string>(
  id: Id,
  kind: NumericRule['kind'],
  direction: NumericRule['direction'],
  better: Better,
  description: string,
  judge: NumericRule['judge'],
  percent: NumericRule['percent'],
): NumericRule & { id: Id } {
  return { id, kind, direction, input: 'number', better, description, judge, percent };
}

/** Nothing may remain: zero (within the slack) is achieved, anything more falls short. */
function judgeNoneLeft(_t: Bounds, v: number, s: RuleSettings): Verdict {
  return v <= s.tolerance ? { outcome: 'achieved', relation: 'equal' } : { outcome: 'shortfall', relation: 'above' };
}

const higher = judgeHigher;
const lower = judgeLower;
const inside = judgeInside;

/** Every rule, in the order the README lists them. */
export const EVALUATION_RULES = [
  numeric('point.increase', 'point', 'increase', 'higher', RULE_DESCRIPTION['point.increase'], higher, percentHigher),
  numeric('point.decrease', 'point', 'decrease', 'lower', RULE_DESCRIPTION['point.decrease'], lower, percentLower),
  numeric('point.band', 'point', 'band', 'inside', RULE_DESCRIPTION['point.band'], inside, noPercent),
  numeric('range.increase', 'range', 'increase', 'higher', RULE_DESCRIPTION['range.increase'], higher, percentHigher),
  numeric('range.decrease', 'range', 'decrease', 'lower', RULE_DESCRIPTION['range.decrease'], lower, percentLower),
  numeric('range.band', 'range', 'band', 'inside', RULE_DESCRIPTION['range.band'], inside, noPercent),
  numeric('approx.increase', 'approx', 'increase', 'higher', RULE_DESCRIPTION['approx.increase'], (t, v, s) => judgeHigher(widenRelative(t, s.approxTolerance), v, s), percentHigher),
  numeric('approx.decrease', 'approx', 'decrease', 'lower', RULE_DESCRIPTION['approx.decrease'], (t, v, s) => judgeLower(widenRelative(t, s.approxTolerance), v, s), percentLower),
  numeric('approx.band', 'approx', 'band', 'inside', RULE_DESCRIPTION['approx.band'], (t, v, s) => judgeInside(widenRelative(t, s.approxTolerance), v, s), noPercent),
  numeric('at_least', 'at_least', 'any', 'higher', RULE_DESCRIPTION['at_least'], higher, percentHigher),
  numeric('at_most', 'at_most', 'any', 'lower', RULE_DESCRIPTION['at_most'], lower, percentLower),
  numeric('change', 'change', 'any', 'higher', RULE_DESCRIPTION['change'], higher, percentHigher),
  numeric('maintain.increase', 'maintain', 'increase', 'higher', RULE_DESCRIPTION['maintain.increase'], judgeKeep(judgeHigher), percentHigher),
  numeric('maintain.decrease', 'maintain', 'decrease', 'lower', RULE_DESCRIPTION['maintain.decrease'], judgeKeep(judgeLower), percentLower),
  numeric('maintain.band', 'maintain', 'band', 'inside', RULE_DESCRIPTION['maintain.band'], inside, noPercent),
  { id: 'maintain.unstated', kind: 'maintain', direction: 'any', input: 'achieved', description: RULE_DESCRIPTION['maintain.unstated'] },
  numeric('none_left', 'none_left', 'any', 'lower', RULE_DESCRIPTION['none_left'], judgeNoneLeft, noPercent),
  numeric('structure.increase', 'any', 'structure', 'higher', RULE_DESCRIPTION['structure.increase'], (t, v, s) => judgeHigher(widenAbsolute(t, s.structureTolerance), v, s), noPercent),
  numeric('structure.decrease', 'any', 'structure', 'lower', RULE_DESCRIPTION['structure.decrease'], (t, v, s) => judgeLower(widenAbsolute(t, s.structureTolerance), v, s), noPercent),
  numeric('structure.closeness', 'any', 'structure', 'inside', RULE_DESCRIPTION['structure.closeness'], (t, v, s) => judgeInside(widenAbsolute(t, s.structureTolerance), v, s), noPercent),
  { id: 'qualitative', kind: 'qualitative', direction: 'any', input: 'achieved', description: RULE_DESCRIPTION['qualitative'] },
  { id: 'unparsed', kind: 'unparsed', direction: 'any', input: 'none', description: RULE_DESCRIPTION['unparsed'] },
  { id: 'no_value', kind: 'any', direction: 'any', input: 'none', description: RULE_DESCRIPTION['no_value'] },
  { id: 'qualified_unknown', kind: 'any', direction: 'any', input: 'none', description: RULE_DESCRIPTION['qualified_unknown'] },
] as const satisfies readonly EvaluationRule[];

/** A rule of the table, with its literal id. */
export type TableRule = (typeof EVALUATION_RULES)[number];
export type RuleId = TableRule['id'];

/** Looks a rule up by id; every id used in code is in the table, so this cannot miss. */
export function ruleById(id: RuleId): TableRule {
  const rule = EVALUATION_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`Unknown evaluation rule ${id}`);
  return rule;
}

/** Picks the rule for a target; `shareDirection` says which way a structure share should move. */
export function selectRule(target: Target, shareDirection: 'increase' | 'decrease' | null): TableRule {
  return ruleById(selectRuleId(target, shareDirection));
}

function selectRuleId(target: Target, shareDirection: 'increase' | 'decrease' | null): RuleId {
  switch (target.kind) {
    case 'unparsed':
    case 'qualitative':
    case 'at_least':
    case 'at_most':
    case 'change':
    case 'none_left':
      return target.kind;
    case 'maintain':
      if (target.min === null && target.max === null) return 'maintain.unstated';
      return `maintain.${lean(target.direction, 'band')}`;
    case 'point':
    case 'range':
    case 'approx':
      if (target.direction === 'structure') return `structure.${shareDirection ?? 'closeness'}`;
      return `${target.kind}.${lean(target.direction, 'band')}`;
  }
}

/** Unknown direction counts as more-is-better, the common case; structure keeps to the level. */
function lean(direction: Target['direction'], keep: 'band'): 'increase' | 'decrease' | 'band' {
  if (direction === 'decrease' || direction === 'band') return direction;
  return direction === 'structure' ? keep : 'increase';
}
