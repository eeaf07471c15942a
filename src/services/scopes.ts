/**
 * Loading what authorization needs: the record, and the scope it lives in (its unit and that
 * unit's ancestors). A missing record is `record_not_found`, checked before permissions.
 */
import type { Indicator, Observation, Period, Term } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { getIndicator, getObservation, getPeriod, getTerm, listAncestors, type Executor } from '../store/index.ts';
import type { Scope } from './authorization.ts';

function missing(entity: string, id: string): ResoluteError {
  return new ResoluteError('record_not_found', `No ${entity} with id ${id}`, { entity, id });
}

/** The scope of a unit: itself and its ancestors. */
export async function unitScope(db: Executor, unitId: string): Promise<Scope> {
  return { unitId, ancestorIds: (await listAncestors(db, unitId)).map((o) => o.id) };
}

export interface TermContext {
  term: Term;
  /** The term's organisation: where its framework, periods and evaluation live. */
  scope: Scope;
}

/** A term and its organisation's scope. */
export async function loadTerm(db: Executor, termId: string): Promise<TermContext> {
  const term = await getTerm(db, termId);
  if (term === null) throw missing('term', termId);
  return { term, scope: await unitScope(db, term.organisationId) };
}

/** An indicator, its term and the term's scope. */
export async function loadIndicator(db: Executor, indicatorId: string): Promise<TermContext & { indicator: Indicator }> {
  const indicator = await getIndicator(db, indicatorId);
  if (indicator === null) throw missing('indicator', indicatorId);
  return { indicator, ...(await loadTerm(db, indicator.termId)) };
}

/** A period, its term and the term's scope. */
export async function loadPeriod(db: Executor, periodId: string): Promise<TermContext & { period: Period }> {
  const period = await getPeriod(db, periodId);
  if (period === null) throw missing('period', periodId);
  return { period, ...(await loadTerm(db, period.termId)) };
}

/** The units an indicator is assigned to: its lead unit and its supporting units. */
export function assignedUnits(indicator: Indicator): string[] {
  return [...(indicator.leadUnitId === null ? [] : [indicator.leadUnitId]), ...indicator.supportingUnitIds];
}

/** The scope of a figure reported by `unitId` for `indicator`. */
export async function reportingScope(db: Executor, unitId: string, indicator: Indicator): Promise<Scope> {
  return { ...(await unitScope(db, unitId)), assignedUnitIds: assignedUnits(indicator) };
}

export interface ObservationContext {
  observation: Observation;
  indicator: Indicator;
  period: Period;
  term: Term;
  /** The reporting unit's scope, with the indicator's assigned units. */
  scope: Scope;
}

/** An observation with its indicator, period, term and reporting scope. */
export async function loadObservation(db: Executor, observationId: string): Promise<ObservationContext> {
  const observation = await getObservation(db, observationId);
  if (observation === null) throw missing('observation', observationId);
  const { indicator, term } = await loadIndicator(db, observation.indicatorId);
  const period = await getPeriod(db, observation.periodId);
  if (period === null) throw missing('period', observation.periodId);
  return { observation, indicator, period, term, scope: await reportingScope(db, observation.unitId, indicator) };
}
