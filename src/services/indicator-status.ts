/**
 * The status of one indicator as of a period, from the figures of its periods: which
 * figure stands for a period, the stage it is judged at, the measured status, and at an
 * interim stage the forecast that turns Chưa đạt into Theo lộ trình or Khó đạt. Pure: the
 * evaluation service and the entry checks load the figures and call this.
 */
import type { Indicator, Observation, Period, Term } from '../domain/entities.ts';
import { evaluate, qualifierOf, type Evaluation, type EvaluationStage } from '../domain/evaluate.ts';
import { forecast, type Forecast, type ForecastMethod, type SeriesPoint } from '../domain/forecast.ts';
import { shareDirectionOf } from '../domain/target-meaning.ts';
import { NO_TARGET_EXPLANATION, type StatusCode } from '../domain/vocabulary/index.ts';
import type { ValueSelection } from './deps.ts';

/** The figure that stands for an indicator in one period. */
export interface PeriodFigure {
  period: Period;
  observation: Observation | null;
}

/** How the judged value was found: the as-of period's own figure, or from its years. */
export type ValueSource = 'period' | 'latest_year' | 'mean_of_years';

export interface IndicatorJudgement {
  value: number | null;
  valueSource: ValueSource | null;
  stage: EvaluationStage;
  evaluation: Evaluation | null;
  forecast: Forecast | null;
  /** The measured status, or at an interim stage a shortfall's forecast status. */
  status: StatusCode | null;
  explanation: string;
}

const KIND_RANK = { official: 0, estimate: 1 } as const;

/**
 * The observation that stands for the indicator among a period's: approved ones only (or any
 * state with 'latest'); the lead unit's before a supporting unit's, official before estimate,
 * then the most recently changed.
 */
export function pickObservation(candidates: readonly Observation[], indicator: Indicator, selection: ValueSelection): Observation | null {
  const usable = candidates.filter((o) => o.indicatorId === indicator.id && (selection === 'latest' || o.state === 'approved'));
  const rank = (o: Observation): [number, number] => [o.unitId === indicator.leadUnitId ? 0 : 1, KIND_RANK[o.kind]];
  const sorted = [...usable].sort((a, b) => {
    const [ua, ka] = rank(a);
    const [ub, kb] = rank(b);
    return ua - ub || ka - kb || b.updatedAt.localeCompare(a.updatedAt);
  });
  return sorted[0] ?? null;
}

/** The stage a period's figure is judged at: the term end is final (or an estimate); anything earlier is interim. */
export function stageOf(period: Period, observation: Observation | null): EvaluationStage {
  if (period.kind !== 'term_end') return 'interim';
  return observation?.kind === 'estimate' ? 'estimate' : 'final';
}

function valueOf(figure: PeriodFigure | undefined): number | null {
  return figure?.observation?.value ?? null;
}

/** The value judged for the as-of period: its own figure, else the latest year in its span (the mean for annual targets). */
function judgedValue(indicator: Indicator, asOf: Period, figures: readonly PeriodFigure[]): { value: number | null; source: ValueSource | null } {
  const own = valueOf(figures.find((f) => f.period.id === asOf.id));
  if (own !== null) return { value: own, source: 'period' };
  const years = yearPoints(figures).filter((p) => p.year >= asOf.startYear && p.year <= asOf.endYear);
  const last = years[years.length - 1];
  if (last === undefined) return { value: null, source: null };
  if (indicator.target?.per === 'year') return { value: years.reduce((s, p) => s + p.value, 0) / years.length, source: 'mean_of_years' };
  return { value: last.value, source: 'latest_year' };
}

/** The yearly figures, by year. */
function yearPoints(figures: readonly PeriodFigure[]): SeriesPoint[] {
  return figures.flatMap((f) => {
    const value = valueOf(f);
    return f.period.kind === 'year' && value !== null ? [{ year: f.period.endYear, value }] : [];
  }).sort((a, b) => a.year - b.year);
}

/** The points a forecast uses: the years up to the as-of period, and a level target's baseline year. */
function forecastSeries(indicator: Indicator, asOf: Period, figures: readonly PeriodFigure[]): SeriesPoint[] {
  const points = yearPoints(figures).filter((p) => p.year <= asOf.endYear);
  const baseline = indicator.baseline;
  const usesBaseline = baseline !== null && baseline.year !== null && indicator.target?.per !== 'year';
  if (usesBaseline && baseline.year !== null && !points.some((p) => p.year === baseline.year)) {
    points.unshift({ year: baseline.year, value: baseline.value });
  }
  return points.sort((a, b) => a.year - b.year);
}

/** Judges an indicator as of a period from its figures per period (the as-of period's and earlier). */
export function judgeIndicator(indicator: Indicator, term: Term, asOf: Period, figures: readonly PeriodFigure[], method: ForecastMethod): IndicatorJudgement {
  const own = figures.find((f) => f.period.id === asOf.id)?.observation ?? null;
  const stage = stageOf(asOf, own);
  const { value, source } = judgedValue(indicator, asOf, figures);
  const target = indicator.target;
  if (target === null) {
    return { value, valueSource: source, stage, evaluation: null, forecast: null, status: null, explanation: NO_TARGET_EXPLANATION };
  }
  // A figure stored as written ">80" keeps its meaning: above 80, not exactly 80.
  const qualifier = source === 'period' ? qualifierOf(own?.valueText) : null;
  // A sector's share moves one way (agriculture down, industry and services up).
  const shareDirection = target.direction === 'structure' ? shareDirectionOf(indicator.name) : null;
  const evaluation = evaluate(target, { value, qualifier }, { stage, shareDirection });
  // The term end needs no forecast, and without a figure there is no trend to carry.
  const projected = stage === 'interim' && value !== null ? forecast(target, forecastSeries(indicator, asOf, figures), { method, termEndYear: term.endYear, evaluation: { shareDirection } }) : null;
  const turned = evaluation.status === 'not_yet' && projected?.status != null;
  const status = turned ? (projected?.status ?? null) : evaluation.status;
  // The forecast's sentence is shown when it decided the status or says why a shortfall has no outlook.
  const explains = projected !== null && (projected.status !== null || evaluation.status === 'not_yet');
  const explanation = explains ? `${evaluation.explanation} ${projected.explanation}` : evaluation.explanation;
  return { value, valueSource: source, stage, evaluation, forecast: projected, status, explanation };
}
