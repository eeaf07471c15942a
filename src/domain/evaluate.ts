/**
 * Evaluates one observed figure against a target and says why, in one Vietnamese sentence.
 * The rules themselves are in evaluation-rules.ts; this module picks one, settles what a
 * "trên 80" / "dưới 15" result can prove, names the shortfall for the stage and explains.
 */
import type { Target } from './target.ts';
import { EVALUATION_TEXT, QUALIFIER_WORD, RELATION_WORD, STAGE_PHRASE, STATUS_WORD, statusFromWord, type StatusCode } from './vocabulary/index.ts';
import { findNumbers, formatVnNumber } from './vn-number.ts';
import { describeTarget, describeValue } from './target-describe.ts';
import { selectRule, type NumericRule, type Outcome, type Relation, type RuleId, type RuleSettings, type Verdict } from './evaluation-rules.ts';
import { memoByObject } from './memo.ts';

/**
 * Reads how a result was written: ">80" means above 80, "<15" below 15 (also "≥", "≤",
 * "trên", "dưới"); null for a plain figure.
 */
export function qualifierOf(text: string | null | undefined): 'above' | 'below' | null {
  const head = (text ?? '').trim().toLocaleLowerCase('vi');
  if (/^(?:>|≥|trên(?!\p{L}))/u.test(head)) return 'above';
  if (/^(?:<|≤|dưới(?!\p{L}))/u.test(head)) return 'below';
  return null;
}

/** final: a finished term or period; interim: a running figure; estimate: the term-end value estimated early. */
export type EvaluationStage = 'final' | 'interim' | 'estimate';

export interface Observation {
  value: number | null;
  /** "above": the table wrote ">80", the true value is above the number; "below" likewise. */
  qualifier?: 'above' | 'below' | null;
  /** For qualitative goals (and "duy trì" without a level): was it achieved? */
  achieved?: boolean | null;
}

export interface EvaluationContext {
  stage: EvaluationStage;
  /** Absolute slack for "equal"; default half a unit one place finer than the target is written ("97" → 0,05; "54,0" → 0,005). */
  tolerance?: number;
  /** at_least / at_most: how far past the bound, relative, counts as Vượt. Default 0,01. */
  exceedMargin?: number;
  /** approx ("khoảng"): relative half-width of the accepted band. Default 0,05. */
  approxTolerance?: number;
  /** structure shares: slack in percentage points. Default 0,5. */
  structureTolerance?: number;
  /** structure shares: which way this share should move (agriculture down, services up). */
  shareDirection?: 'increase' | 'decrease' | null;
}

export interface Evaluation {
  status: StatusCode | null;
  percentOfTarget: number | null;
  /** Id of the rule that fired (see EVALUATION_RULES). */
  rule: RuleId;
  explanation: string;
  stage: EvaluationStage;
  /** How the value stands against the target, when it was compared. */
  relation: Relation | null;
}

/** The status word a shortfall gets at each stage. */
export const SHORTFALL_STATUS = {
  final: 'failed',
  interim: 'not_yet',
  estimate: 'at_risk',
} as const satisfies Record<EvaluationStage, StatusCode>;

/**
 * Evaluates an observation against a target at a stage.
 * @example evaluate(grdpGrowthTarget, { value: 3.91 }, { stage: 'interim' }).status // 'not_yet' against "9-10%/năm"
 */
export function evaluate(target: Target, observation: Observation, context: EvaluationContext): Evaluation {
  const rule = selectRule(target, context.shareDirection ?? null);
  const base = { stage: context.stage, percentOfTarget: null, relation: null };
  if (rule.input === 'none') {
    return { ...base, status: null, rule: 'unparsed', explanation: EVALUATION_TEXT.unparsed(target.text) };
  }
  if (rule.input === 'achieved') return evaluateAchieved(rule.id, observation, context);
  const value = observation.value;
  if (value === null || !Number.isFinite(value)) {
    return { ...base, status: null, rule: 'no_value', explanation: EVALUATION_TEXT.noValue };
  }
  const qualifier = observation.qualifier ?? null;
  const verdict = judgeQualified(rule, target, value, qualifier, settingsFor(target, context));
  const shown = `${qualifier ? `${QUALIFIER_WORD[qualifier]} ` : ''}${describeValue(target, value)}`;
  if (verdict === 'unknown') {
    const explanation = EVALUATION_TEXT.qualifiedUnknown(shown, describeTarget(target));
    return { ...base, status: null, rule: 'qualified_unknown', explanation };
  }
  if (verdict === null) {
    return { ...base, status: null, rule: rule.id, explanation: EVALUATION_TEXT.noFigure(target.text) };
  }
  const status = statusOf(verdict.outcome, context.stage);
  const percent = rule.percent(target, value);
  const percentText = percent === null ? '' : EVALUATION_TEXT.percentOfTarget(formatVnNumber(percent));
  const explanation = EVALUATION_TEXT.compared({
    value: shown, relation: RELATION_WORD[verdict.relation], target: describeTarget(target), percent: percentText,
    stage: STAGE_PHRASE[context.stage], status: STATUS_WORD[status],
  });
  return { ...base, status, percentOfTarget: percent, rule: rule.id, explanation, relation: verdict.relation };
}

function statusOf(outcome: Outcome, stage: EvaluationStage): StatusCode {
  return outcome === 'shortfall' ? SHORTFALL_STATUS[stage] : outcome;
}

/** Yes/no goals: achieved is Đạt, not achieved is the stage's shortfall, unknown has no status. */
function evaluateAchieved(rule: 'qualitative' | 'maintain.unstated', observation: Observation, context: EvaluationContext): Evaluation {
  const base = { rule, stage: context.stage, percentOfTarget: null, relation: null };
  const achieved = observation.achieved ?? null;
  if (achieved === null) return { ...base, status: null, explanation: EVALUATION_TEXT.noAnswer };
  const status = statusOf(achieved ? 'achieved' : 'shortfall', context.stage);
  const fact = achieved ? EVALUATION_TEXT.done : EVALUATION_TEXT.notDone;
  return { ...base, status, explanation: EVALUATION_TEXT.answered(fact, STAGE_PHRASE[context.stage], STATUS_WORD[status]) };
}

/**
 * A ">80" result is a value just above 80 that may be anything higher. Its verdict there is
 * certain when moving further can only help (a floor that is met) or only hurt (a ceiling
 * already broken); otherwise the figure cannot settle the status.
 */
function judgeQualified(rule: NumericRule, target: Target, value: number, qualifier: 'above' | 'below' | null, s: RuleSettings): Verdict | 'unknown' | null {
  if (qualifier === null) return rule.judge(target, value, s);
  const step = 1e-6 * Math.max(1, Math.abs(value));
  const near = rule.judge(target, qualifier === 'above' ? value + step : value - step, s);
  if (near === null) return null;
  const favourable = rule.better === (qualifier === 'above' ? 'higher' : 'lower');
  if (favourable) return near.outcome === 'shortfall' ? 'unknown' : near;
  return near.outcome === 'shortfall' && near.relation === qualifier ? near : 'unknown';
}

function settingsFor(target: Target, context: EvaluationContext): RuleSettings {
  return {
    tolerance: context.tolerance ?? precisionTolerance(target),
    exceedMargin: context.exceedMargin ?? 0.01,
    approxTolerance: context.approxTolerance ?? 0.05,
    structureTolerance: context.structureTolerance ?? 0.5,
  };
}

/**
 * Half a unit one decimal place finer than the target is written: a figure that a report
 * printing one more decimal would show as the target itself counts as equal to it.
 */
export const precisionTolerance: (target: Target) => number = memoByObject((target) => 0.5 * 10 ** -(writtenDecimals(target) + 1));

/** Decimals of the bounds as the text writes them ("54,0" → 1), else as the numbers have them. */
function writtenDecimals(target: Target): number {
  const bounds = [target.min, target.max].filter((b): b is number => b !== null);
  let found: number | null = null;
  for (const token of findNumbers(target.text)) {
    if (bounds.includes(Math.abs(token.value))) found = Math.max(found ?? 0, rawDecimals(token.raw));
  }
  return found ?? Math.max(0, ...bounds.map(decimalsOf));
}

/** Fraction digits as written: after the decimal comma, or after an English dot of one or two digits. */
function rawDecimals(raw: string): number {
  const comma = raw.split(',')[1];
  if (comma !== undefined) return comma.length;
  const dot = /\.(\d{1,2})$/.exec(raw);
  return dot?.[1]?.length ?? 0;
}

function decimalsOf(x: number): number {
  const text = String(x);
  return /e/i.test(text) ? 0 : (text.split('.')[1]?.length ?? 0);
}

/**
 * Pairs of different status words that do not contradict each other at a stage. At the
 * end of a term the words are strict. A running figure that falls short may be called
 * Chưa đạt, Không đạt, Khó đạt or Theo lộ trình: those differ on the outlook, which the
 * figure alone cannot settle. An estimate that falls short may be Khó đạt, Chưa đạt or
 * Không đạt.
 */
const COMPATIBLE = {
  final: [],
  interim: [['not_yet', 'failed'], ['not_yet', 'at_risk'], ['not_yet', 'on_track']],
  estimate: [['at_risk', 'not_yet'], ['at_risk', 'failed'], ['not_yet', 'failed']],
} as const satisfies Record<EvaluationStage, readonly (readonly [StatusCode, StatusCode])[]>;

/** Whether a document's own status word agrees with the computed one; null when either side has none. */
export function compareWithDocument(documentWord: string | null, evaluation: Evaluation): { agrees: boolean | null } {
  const documentStatus = documentWord === null ? null : statusFromWord(documentWord);
  const computed = evaluation.status;
  if (documentStatus === null || computed === null) return { agrees: null };
  if (documentStatus === computed) return { agrees: true };
  const pairs: readonly (readonly [StatusCode, StatusCode])[] = COMPATIBLE[evaluation.stage];
  const agrees = pairs.some(([a, b]) => (a === documentStatus && b === computed) || (b === documentStatus && a === computed));
  return { agrees };
}
