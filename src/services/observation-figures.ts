/** The figures of an indicator per period, loaded for entry checks and evaluation. */
import type { Indicator, Observation, Period, Term } from '../domain/entities.ts';
import { listObservations, listPeriods, type Executor } from '../store/index.ts';
import type { ServiceDeps, ValueSelection } from './deps.ts';
import { checkJump, checkPlausible, checkStatusNote } from './observation-checks.ts';
import { judgeIndicator, pickObservation, type PeriodFigure } from './indicator-status.ts';

/** Each period's figure for the indicator, from already loaded observations; `override` stands in for its period. */
export function figuresOf(
  periods: readonly Period[], observations: readonly Observation[], indicator: Indicator, selection: ValueSelection, override?: Observation,
): PeriodFigure[] {
  return periods.map((period) => {
    if (override !== undefined && override.periodId === period.id) return { period, observation: override };
    const candidates = observations.filter((o) => o.periodId === period.id && o.indicatorId === indicator.id);
    return { period, observation: pickObservation(candidates, indicator, selection) };
  });
}

/** The value of the closest earlier period of the same kind that has one. */
export function previousValue(figures: readonly PeriodFigure[], period: Period): number | null {
  const earlier = figures.filter((f) => f.period.kind === period.kind && f.period.endYear < period.endYear && f.observation?.value != null);
  return earlier[earlier.length - 1]?.observation?.value ?? null;
}

async function loadFigures(db: Executor, indicator: Indicator, override: Observation): Promise<PeriodFigure[]> {
  const periods = await listPeriods(db, indicator.termId);
  const observations = await listObservations(db, { indicatorId: indicator.id });
  return figuresOf(periods, observations, indicator, 'latest', override);
}

/**
 * Runs the entry checks on a figure as it would be stored: plausible, a note for a jump
 * from the previous period and for a value that makes the indicator Khó đạt or Không đạt.
 * The other periods count with their latest figures, whatever their state.
 */
export async function checkEntry(deps: ServiceDeps, term: Term, indicator: Indicator, period: Period, figure: Observation): Promise<void> {
  if (figure.value === null) return;
  checkPlausible(indicator, figure.value);
  const figures = await loadFigures(deps.db, indicator, figure);
  checkJump(figure.value, previousValue(figures, period), deps.config.jumpFactor, figure.note);
  checkStatusNote(judgeIndicator(indicator, term, period, figures, deps.config.forecastMethod), figure.note);
}
