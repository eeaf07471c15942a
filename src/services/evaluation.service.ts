/**
 * The dashboard read: a term evaluated as of a period. Per indicator the target, the series
 * of figures per period, the status with its explanation and the forecast; counts per group
 * and overall with the report sentence; the at-risk list; and where stored documents' own
 * status words disagree. Loads everything first, then computes with the pure domain.
 */
import type { Indicator, IndicatorGroup, Observation, Period, Term } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import type { ForecastMethod } from '../domain/forecast.ts';
import { rollup, type Rollup } from '../domain/rollup.ts';
import { describeValue } from '../domain/target-describe.ts';
import { STATUS_WORD } from '../domain/vocabulary/index.ts';
import { listIndicatorGroups, listIndicators, listObservations, listPeriods, readDataVersion } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import type { ServiceDeps, ValueSelection } from './deps.ts';
import { findDisagreements, type Disagreement } from './evaluation-disagreements.ts';
import { EvaluateTermInput } from './evaluation.schemas.ts';
import { judgeIndicator, type IndicatorJudgement } from './indicator-status.ts';
import { figuresOf } from './observation-figures.ts';
import { parseInput } from './parse-input.ts';
import { loadPeriod } from './scopes.ts';

export interface SeriesEntry {
  periodId: string;
  label: string;
  kind: Period['kind'];
  startYear: number;
  endYear: number;
  value: number | null;
  valueText: string | null;
  observationId: string | null;
  state: Observation['state'] | null;
  unitId: string | null;
}

export interface IndicatorResult extends IndicatorJudgement {
  indicator: Indicator;
  group: string | null;
  /** True for a parent: its components are evaluated and counted, not it. */
  hasComponents: boolean;
  series: SeriesEntry[];
  statusWord: string | null;
}

export interface TermEvaluation {
  term: Term;
  asOf: Period;
  values: ValueSelection;
  forecastMethod: ForecastMethod;
  indicators: IndicatorResult[];
  /** Counts over the indicators without components, overall and per group, with the sentence. */
  rollup: Rollup;
  /** Khó đạt and Không đạt (and Chưa đạt at the term end), in framework order. */
  atRisk: IndicatorResult[];
  disagreements: Disagreement[];
}

function seriesOf(figures: ReturnType<typeof figuresOf>): SeriesEntry[] {
  return figures.map(({ period, observation: o }) => ({
    periodId: period.id, label: period.label, kind: period.kind, startYear: period.startYear, endYear: period.endYear,
    value: o?.value ?? null, valueText: o?.valueText ?? null, observationId: o?.id ?? null, state: o?.state ?? null, unitId: o?.unitId ?? null,
  }));
}

function isAtRisk(result: IndicatorResult): boolean {
  return result.status === 'at_risk' || result.status === 'failed' || (result.status === 'not_yet' && result.stage === 'final');
}

interface Loaded {
  indicators: Indicator[];
  groups: IndicatorGroup[];
  periods: Period[];
  /** Observations by indicator id. */
  observations: Map<string, Observation[]>;
  /** Ids of the indicators that have components. */
  parents: Set<string>;
}

async function load(deps: ServiceDeps, term: Term, asOf: Period, includeDrafts: boolean): Promise<Loaded> {
  const all = await listIndicators(deps.db, { termId: term.id });
  const indicators = includeDrafts ? all : all.filter((i) => i.status === 'published');
  const periods = (await listPeriods(deps.db, term.id)).filter((p) => p.endYear <= asOf.endYear);
  const observations = new Map<string, Observation[]>();
  for (const o of await listObservations(deps.db, { termId: term.id })) {
    const list = observations.get(o.indicatorId);
    if (list === undefined) observations.set(o.indicatorId, [o]);
    else list.push(o);
  }
  const parents = new Set(indicators.flatMap((i) => (i.parentId === null ? [] : [i.parentId])));
  return { indicators, groups: await listIndicatorGroups(deps.db, term.id), periods, observations, parents };
}

function evaluateOne(indicator: Indicator, term: Term, asOf: Period, data: Loaded, values: ValueSelection, method: ForecastMethod): IndicatorResult {
  const figures = figuresOf(data.periods, data.observations.get(indicator.id) ?? [], indicator, values);
  const judged = judgeIndicator(indicator, term, asOf, figures, method);
  const group = data.groups.find((g) => g.id === indicator.groupId)?.name ?? null;
  const hasComponents = data.parents.has(indicator.id);
  return {
    indicator, group, hasComponents, series: seriesOf(figures), ...judged,
    statusWord: judged.status === null ? null : STATUS_WORD[judged.status],
  };
}

/**
 * Evaluates a term as of a period: statuses, forecasts, rollups, the at-risk list and the
 * disagreements. The result is computed once per data version (read-cache.ts) and shared by
 * every reader allowed to see it: treat it as read-only.
 */
export async function evaluateTerm(deps: ServiceDeps, actor: Actor, input: EvaluateTermInput): Promise<TermEvaluation> {
  const args = parseInput(EvaluateTermInput, input);
  const version = await readDataVersion(deps.db);
  const { period: asOf, term, scope } = await loadPeriod(deps.db, args.asOfPeriodId);
  if (term.id !== args.termId) throw new ResoluteError('invalid_input', 'The period belongs to another term', { detail: 'asOfPeriodId', path: 'asOfPeriodId' });
  assertCan(actor, 'evaluation.read', scope);
  const values = args.values ?? deps.config.values;
  const method = args.forecastMethod ?? deps.config.forecastMethod;
  const key = `evaluateTerm:${term.id}:${asOf.id}:${values}:${method}:${String(args.includeDrafts)}`;
  return deps.cache.get(key, version, () => compute(deps, term, asOf, values, method, args.includeDrafts));
}

async function compute(deps: ServiceDeps, term: Term, asOf: Period, values: ValueSelection, method: ForecastMethod, includeDrafts: boolean): Promise<TermEvaluation> {
  const data = await load(deps, term, asOf, includeDrafts);
  const indicators = data.indicators.map((indicator) => evaluateOne(indicator, term, asOf, data, values, method));
  const leaves = indicators.filter((r) => !r.hasComponents);
  const counted = rollup(leaves.map((r) => ({
    group: r.group, name: r.indicator.name, status: r.status, stage: r.stage,
    ...(r.value !== null && r.indicator.target !== null ? { figure: describeValue(r.indicator.target, r.value) } : {}),
    ...(r.indicator.targetText !== null ? { targetText: r.indicator.targetText } : {}),
  })));
  const judged = leaves.map((r) => ({ indicator: r.indicator, evaluation: r.evaluation === null ? null : { ...r.evaluation, status: r.status } }));
  const disagreements = await findDisagreements(deps.db, term.id, asOf, judged);
  return { term, asOf, values, forecastMethod: method, indicators, rollup: counted, atRisk: leaves.filter(isAtRisk), disagreements };
}
