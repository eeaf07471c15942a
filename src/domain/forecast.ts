/**
 * A forecast of an indicator to the end of the term from its yearly figures, giving
 * Theo lộ trình (on track) or Khó đạt (at risk), with the method and numbers shown.
 *
 * The series holds, for each year, what an Observation of that year would hold: a level
 * ("tỷ lệ che phủ rừng 52,3%"), an annual figure for annual targets ("tăng 3,91% năm 2023"),
 * or the achieved change for change targets.
 */
import type { Target } from './target.ts';
import { evaluate, type Evaluation, type EvaluationContext } from './evaluate.ts';
import { describeTarget, describeValue } from './target-describe.ts';
import { formatVnNumber } from './vn-number.ts';
import { FORECAST_TEXT, RELATION_WORD, STATUS_WORD, type StatusCode } from './vocabulary/index.ts';

export type ForecastMethod = 'linear' | 'cagr';
export type ForecastStatus = Extract<StatusCode, 'on_track' | 'at_risk'>;

export interface SeriesPoint {
  year: number;
  value: number;
}

export interface ForecastOptions {
  method: ForecastMethod;
  termEndYear: number;
  /** cagr: the share of the required gain the projection must reach to be on track. Default 0,95 (UNSD). */
  onTrackRatio?: number;
  /** Settings for judging the projected value (tolerances, a structure share's direction). */
  evaluation?: Omit<EvaluationContext, 'stage'>;
}

export interface Forecast {
  method: ForecastMethod;
  status: ForecastStatus | null;
  projectedValue: number | null;
  projectedYear: number;
  /** Target level − first value (negative when less is better); null when the target has no single level or is already met at the start. */
  requiredGain?: number | null;
  /** Projected value − first value. */
  projectedGain?: number | null;
  /** projectedGain / requiredGain. */
  ratio?: number | null;
  /** The points used: finite values up to the term end, sorted by year, the last of a repeated year kept. */
  inputs: SeriesPoint[];
  /** Vietnamese, one sentence. */
  explanation: string;
}

/** Projects the series to the term end and says whether the target will be met. */
export function forecast(target: Target, series: readonly SeriesPoint[], options: ForecastOptions): Forecast {
  const inputs = cleanSeries(series, options.termEndYear);
  const refuse = (explanation: string): Forecast => ({ method: options.method, status: null, projectedValue: null, projectedYear: options.termEndYear, inputs, explanation });
  if (target.kind === 'unparsed' || target.kind === 'qualitative' || (target.min === null && target.max === null && target.kind !== 'none_left')) {
    return refuse(FORECAST_TEXT.noFigure(target.text));
  }
  if (inputs.length < 2) return refuse(FORECAST_TEXT.tooFewYears(inputs.length));
  if (target.per === 'year') return forecastAnnual(target, inputs, options);
  if (options.method === 'linear') return forecastLinear(target, inputs, options);
  const first = inputs[0];
  const last = inputs[inputs.length - 1];
  if (!first || !last || first.value <= 0 || last.value <= 0) {
    return refuse(FORECAST_TEXT.noCompoundRate);
  }
  return forecastCagr(target, inputs, options, first, last);
}

function cleanSeries(series: readonly SeriesPoint[], termEndYear: number): SeriesPoint[] {
  const byYear = new Map<number, number>();
  for (const { year, value } of series) {
    if (Number.isFinite(value) && Number.isFinite(year) && year <= termEndYear) byYear.set(year, value);
  }
  return [...byYear].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
}

/**
 * Weighted least squares line through the points, read at `year`. Weights grow with the
 * year: the first year weighs 1, the next 2, and so on (a year's weight is year − first
 * year + 1), so the latest figures, which reflect current policy, count most.
 */
export function weightedLinearAt(points: readonly SeriesPoint[], year: number): number {
  const firstYear = points[0]?.year ?? year;
  const weights = points.map((p) => p.year - firstYear + 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const meanYear = points.reduce((sum, p, i) => sum + (weights[i] ?? 0) * p.year, 0) / total;
  const meanValue = points.reduce((sum, p, i) => sum + (weights[i] ?? 0) * p.value, 0) / total;
  let sxy = 0;
  let sxx = 0;
  points.forEach((p, i) => {
    const w = weights[i] ?? 0;
    sxy += w * (p.year - meanYear) * (p.value - meanValue);
    sxx += w * (p.year - meanYear) ** 2;
  });
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return meanValue + slope * (year - meanYear);
}

/** Compound annual growth rate between two positive figures. */
export function compoundRate(from: SeriesPoint, to: SeriesPoint): number {
  return (to.value / from.value) ** (1 / (to.year - from.year)) - 1;
}

/** The target level to reach and which way is good, for the gain ratio; null for bands and undirected shares. */
function goalOf(target: Target, evaluation: ForecastOptions['evaluation']): { level: number; better: 'higher' | 'lower' } | null {
  if (target.kind === 'none_left') return { level: 0, better: 'lower' };
  if (target.kind === 'at_most') return target.max === null ? null : { level: target.max, better: 'lower' };
  if (target.kind === 'at_least' || target.kind === 'change') return pick(target.min ?? target.max, 'higher');
  if (target.direction === 'band') return null;
  const lowerIsBetter = target.direction === 'structure' ? evaluation?.shareDirection === 'decrease' : target.direction === 'decrease';
  if (target.direction === 'structure' && !evaluation?.shareDirection) return null;
  return lowerIsBetter ? pick(target.max ?? target.min, 'lower') : pick(target.min ?? target.max, 'higher');
}

function pick(level: number | null, better: 'higher' | 'lower'): { level: number; better: 'higher' | 'lower' } | null {
  return level === null ? null : { level, better };
}

/** Gains from the first value: the gain ratio is null when the start already meets the level. */
function gains(target: Target, first: number, projected: number, options: ForecastOptions): Pick<Forecast, 'requiredGain' | 'projectedGain' | 'ratio'> {
  const goal = goalOf(target, options.evaluation);
  const projectedGain = projected - first;
  if (goal === null) return { requiredGain: null, projectedGain, ratio: null };
  const requiredGain = goal.level - first;
  const stillToGo = goal.better === 'higher' ? requiredGain > 0 : requiredGain < 0;
  return { requiredGain, projectedGain, ratio: stillToGo ? projectedGain / requiredGain : null };
}

/** Judges the projected value as a final result: met is on track, anything short is at risk. */
function judge(target: Target, projected: number, options: ForecastOptions): { status: ForecastStatus | null; evaluation: Evaluation } {
  const evaluation = evaluate(target, { value: projected }, { ...options.evaluation, stage: 'final' });
  const status = evaluation.status === null ? null : evaluation.status === 'achieved' || evaluation.status === 'exceeded' ? 'on_track' : 'at_risk';
  return { status, evaluation };
}

function span(inputs: readonly SeriesPoint[]): string {
  return `${inputs[0]?.year ?? ''}-${inputs[inputs.length - 1]?.year ?? ''}`;
}

/** Rounds for display only; the returned figures keep full precision. */
function shown(target: Target, value: number): string {
  return describeValue(target, Math.round(value * 100) / 100);
}

function verdictText(target: Target, result: { status: ForecastStatus | null; evaluation: Evaluation }): string {
  if (result.status === null || result.evaluation.relation === null) return FORECAST_TEXT.notCompared(describeTarget(target));
  return FORECAST_TEXT.compared(RELATION_WORD[result.evaluation.relation], describeTarget(target), STATUS_WORD[result.status]);
}

/** Level targets by the weighted linear trend, judged by `evaluate` on the projected value. */
function forecastLinear(target: Target, inputs: SeriesPoint[], options: ForecastOptions): Forecast {
  const projected = weightedLinearAt(inputs, options.termEndYear);
  const result = judge(target, projected, options);
  const explanation = FORECAST_TEXT.linear(span(inputs), options.termEndYear, shown(target, projected), verdictText(target, result));
  const first = inputs[0]?.value ?? projected;
  return { method: 'linear', status: result.status, projectedValue: projected, projectedYear: options.termEndYear, ...gains(target, first, projected, options), inputs, explanation };
}

/**
 * Level targets as the UN Statistics Division's SDG progress chart does: the compound
 * growth rate from the first to the latest figure, carried to the term end; on track when
 * the projected gain reaches `onTrackRatio` (0,95) of the required gain.
 */
function forecastCagr(target: Target, inputs: SeriesPoint[], options: ForecastOptions, first: SeriesPoint, last: SeriesPoint): Forecast {
  const rate = compoundRate(first, last);
  const projected = last.value * (1 + rate) ** (options.termEndYear - last.year);
  const gain = gains(target, first.value, projected, options);
  const pace = FORECAST_TEXT.pace({
    falling: rate < 0, rate: formatVnNumber(Math.round(Math.abs(rate) * 10000) / 100), span: span(inputs), year: options.termEndYear, projected: shown(target, projected),
  });
  const base: Omit<Forecast, 'status' | 'explanation'> = { method: 'cagr', projectedValue: projected, projectedYear: options.termEndYear, ...gain, inputs };
  if (gain.ratio === null || gain.ratio === undefined) {
    const result = judge(target, projected, options);
    return { ...base, status: result.status, explanation: FORECAST_TEXT.paceVerdict(pace, verdictText(target, result)) };
  }
  const status: ForecastStatus = gain.ratio >= (options.onTrackRatio ?? 0.95) ? 'on_track' : 'at_risk';
  const ratio = formatVnNumber(Math.round(gain.ratio * 1000) / 10);
  const explanation = FORECAST_TEXT.paceRatio({ pace, ratio, falling: (gain.requiredGain ?? 0) < 0, target: describeTarget(target), status: STATUS_WORD[status] });
  return { ...base, status, explanation };
}

/**
 * Annual targets ("9-10%/năm", "8.500 người/năm"): the term's figure is the average of
 * its annual figures, so the projection is that average. The observed years count as they
 * are; the years still to come are read off the weighted linear trend ('linear') or taken
 * at the observed average pace ('cagr', which then leaves the average unchanged).
 */
function forecastAnnual(target: Target, inputs: SeriesPoint[], options: ForecastOptions): Forecast {
  const last = inputs[inputs.length - 1]?.year ?? options.termEndYear;
  const observed = inputs.map((p) => p.value);
  const future: number[] = [];
  if (options.method === 'linear') {
    for (let year = last + 1; year <= options.termEndYear; year += 1) future.push(weightedLinearAt(inputs, year));
  }
  const all = [...observed, ...future];
  const projected = all.reduce((sum, v) => sum + v, 0) / all.length;
  const observedMean = observed.reduce((sum, v) => sum + v, 0) / observed.length;
  const result = judge(target, projected, options);
  const explanation = FORECAST_TEXT.annual({
    span: span(inputs), observed: shown(target, observedMean), linear: options.method === 'linear', year: options.termEndYear,
    projected: shown(target, projected), verdict: verdictText(target, result),
  });
  return { method: options.method, status: result.status, projectedValue: projected, projectedYear: options.termEndYear, requiredGain: null, projectedGain: null, ratio: null, inputs, explanation };
}
