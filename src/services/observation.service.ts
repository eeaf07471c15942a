/**
 * Collecting figures: a unit reporter enters and edits a draft for an indicator assigned to
 * its unit while the period is open, submits it; the secretariat approves it (which locks
 * it) or returns it with a reason. Every step is audited by the store.
 */
import type { Evidence, Indicator, Observation, Period } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import {
  createObservation, listEvidence, listObservations as storeObservations, updateObservation as storeUpdate,
} from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { checkEntry } from './observation-figures.ts';
import { requireChangeable, requireCollectable, requireOpen } from './observation-rules.ts';
import { EnterObservationInput, ListObservationsInput, ObservationInput, UpdateObservationInput } from './observation.schemas.ts';
import { parseInput } from './parse-input.ts';
import { assignedUnits, loadIndicator, loadObservation, loadPeriod, loadTerm, reportingScope, unitScope } from './scopes.ts';
import { toIndicatorUnit } from './unit-scale.ts';

export { approveObservation, bulkApprove, returnObservation, submitObservation } from './observation-workflow.ts';
export type { BulkResult } from './observation-workflow.ts';

export interface ObservationDetail {
  observation: Observation;
  indicator: Indicator;
  period: Period;
  evidence: Evidence[];
  /** A draft or returned figure in an open period: its unit can still change it. */
  editable: boolean;
}

/** The unit the actor reports for: the one given, else its only reporter unit among the indicator's. */
function resolveUnit(actor: Actor, indicator: Indicator, given: string | undefined): string {
  if (given !== undefined) return given;
  const assigned = assignedUnits(indicator);
  const units = actor.kind === 'user' ? [...new Set(actor.grants.filter((g) => g.role === 'reporter' && assigned.includes(g.unitId)).map((g) => g.unitId))] : [];
  const only = units.length === 1 ? units[0] : undefined;
  if (only !== undefined) return only;
  if (units.length === 0) {
    throw new ResoluteError('forbidden', `No unit of the actor reports indicator ${indicator.id}`, { permission: 'observation.edit', unitId: '' });
  }
  throw new ResoluteError('invalid_input', 'The user reports for several units; say which', { detail: 'unitId is required', detail_vi: 'cần chỉ rõ đơn vị báo cáo (unitId)', path: 'unitId' });
}

function scaledValue(value: number | null | undefined, unit: string | undefined, indicator: Indicator): number | null | undefined {
  return value === null || value === undefined || unit === undefined ? value : toIndicatorUnit(value, unit, indicator.unit);
}

/** Enters a new draft figure for an indicator, period, unit and kind (one each). */
export async function enterObservation(deps: ServiceDeps, actor: Actor, input: EnterObservationInput): Promise<Observation> {
  const args = parseInput(EnterObservationInput, input);
  const { indicator, term } = await loadIndicator(deps.db, args.indicatorId);
  const { period } = await loadPeriod(deps.db, args.periodId);
  if (period.termId !== term.id) throw new ResoluteError('invalid_input', 'The period belongs to another term', { detail: 'periodId', path: 'periodId' });
  const unitId = resolveUnit(actor, indicator, args.unitId);
  assertCan(actor, 'observation.edit', await reportingScope(deps.db, unitId, indicator));
  await requireCollectable(deps.db, indicator);
  requireOpen(period);
  const ctx = writeContext(deps, actor);
  const fields = { value: scaledValue(args.value, args.unit, indicator) ?? null, valueText: args.valueText ?? null, note: args.note ?? null };
  const at = ctx.at.toISOString();
  const draft: Observation = {
    id: '', indicatorId: indicator.id, periodId: period.id, unitId, kind: args.kind, ...fields, state: 'draft', returnReason: null,
    version: 0, createdBy: ctx.actorId, createdAt: at, updatedBy: ctx.actorId, updatedAt: at,
  };
  await checkEntry(deps, term, indicator, period, draft);
  return createObservation(deps.db, ctx, { indicatorId: indicator.id, periodId: period.id, unitId, kind: args.kind, ...fields, state: 'draft' });
}

/**
 * Changes the kind, value, text or note of a draft or returned figure (a returned one keeps
 * its reason until resubmitted). A kind the unit already reported for that period is `duplicate`.
 */
export async function updateObservation(deps: ServiceDeps, actor: Actor, input: UpdateObservationInput): Promise<Observation> {
  const args = parseInput(UpdateObservationInput, input);
  const c = await loadObservation(deps.db, args.observationId);
  assertCan(actor, 'observation.edit', c.scope);
  requireChangeable(c.observation);
  requireOpen(c.period);
  const value = scaledValue(args.value, args.unit, c.indicator);
  const patch = { kind: args.kind, value, valueText: args.valueText, note: args.note };
  const next: Observation = {
    ...c.observation, kind: args.kind ?? c.observation.kind, value: value === undefined ? c.observation.value : value,
    valueText: args.valueText === undefined ? c.observation.valueText : args.valueText,
    note: args.note === undefined ? c.observation.note : args.note,
  };
  await checkEntry(deps, c.term, c.indicator, c.period, next);
  return storeUpdate(deps.db, writeContext(deps, actor), c.observation.id, args.version, patch);
}

async function detail(deps: ServiceDeps, c: Awaited<ReturnType<typeof loadObservation>>): Promise<ObservationDetail> {
  const editable = (c.observation.state === 'draft' || c.observation.state === 'returned') && c.period.state === 'open';
  return { observation: c.observation, indicator: c.indicator, period: c.period, evidence: await listEvidence(deps.db, c.observation.id), editable };
}

/** A figure opened for editing: only its own unit's reporters may. */
export async function getObservationForEdit(deps: ServiceDeps, actor: Actor, input: ObservationInput): Promise<ObservationDetail> {
  const c = await loadObservation(deps.db, parseInput(ObservationInput, input).observationId);
  assertCan(actor, 'observation.edit', c.scope);
  return detail(deps, c);
}

/** A figure with its evidence, for reading. */
export async function getObservation(deps: ServiceDeps, actor: Actor, input: ObservationInput): Promise<ObservationDetail> {
  const c = await loadObservation(deps.db, parseInput(ObservationInput, input).observationId);
  assertCan(actor, 'observation.read', c.scope);
  return detail(deps, c);
}

/** The figures of a term, of one unit (its own reporters may) or of all units (a role over the organisation). */
export async function listObservations(deps: ServiceDeps, actor: Actor, input: ListObservationsInput): Promise<Observation[]> {
  const args = parseInput(ListObservationsInput, input);
  const { term, scope } = await loadTerm(deps.db, args.termId);
  if (args.unitId === undefined) assertCan(actor, 'observation.read', scope);
  else assertCan(actor, 'observation.read', await unitScope(deps.db, args.unitId));
  return storeObservations(deps.db, { termId: term.id, periodId: args.periodId, unitId: args.unitId, state: args.state });
}
