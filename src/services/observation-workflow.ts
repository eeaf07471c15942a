/**
 * The review steps of a figure: submit (its unit's reporter), approve or return with a
 * reason (the secretariat), and approving many at once. Approval locks the figure.
 */
import type { Observation } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { setObservationState } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { checkEntry } from './observation-figures.ts';
import { requireChangeable, requireOpen, requireSubmitted } from './observation-rules.ts';
import { BulkApproveInput, ObservationStepInput, ReturnObservationInput } from './observation.schemas.ts';
import { parseInput } from './parse-input.ts';
import { loadObservation } from './scopes.ts';

/** Submits a draft or returned figure for review, after checking it again (the reason of a return is cleared). */
export async function submitObservation(deps: ServiceDeps, actor: Actor, input: ObservationStepInput): Promise<Observation> {
  const args = parseInput(ObservationStepInput, input);
  const c = await loadObservation(deps.db, args.observationId);
  assertCan(actor, 'observation.submit', c.scope);
  requireChangeable(c.observation);
  requireOpen(c.period);
  if (c.observation.value === null && c.observation.valueText === null) {
    throw new ResoluteError('invalid_input', 'A figure without a value cannot be submitted', { detail: 'value', path: 'value' });
  }
  await checkEntry(deps, c.term, c.indicator, c.period, c.observation);
  return setObservationState(deps.db, writeContext(deps, actor), c.observation.id, args.version, { state: 'submitted' });
}

/** Approves a submitted figure; from then on it is locked. */
export async function approveObservation(deps: ServiceDeps, actor: Actor, input: ObservationStepInput): Promise<Observation> {
  const args = parseInput(ObservationStepInput, input);
  const c = await loadObservation(deps.db, args.observationId);
  assertCan(actor, 'observation.review', c.scope);
  requireSubmitted(c.observation);
  return setObservationState(deps.db, writeContext(deps, actor), c.observation.id, args.version, { state: 'approved' });
}

/** Returns a submitted figure to its unit with the reason; the unit corrects it and submits it again. */
export async function returnObservation(deps: ServiceDeps, actor: Actor, input: ReturnObservationInput): Promise<Observation> {
  const args = parseInput(ReturnObservationInput, input);
  const c = await loadObservation(deps.db, args.observationId);
  assertCan(actor, 'observation.review', c.scope);
  requireSubmitted(c.observation);
  return setObservationState(deps.db, writeContext(deps, actor), c.observation.id, args.version, { state: 'returned', returnReason: args.reason });
}

export interface BulkResult {
  approved: Observation[];
  /** The figures not approved, each with its error code and message (stale version, not submitted, not allowed). */
  failed: { observationId: string; code: string; message: string }[];
}

/**
 * Approves each listed figure on its own: one that changed meanwhile, is not submitted or is
 * out of the actor's reach is reported back, and the others are approved.
 */
export async function bulkApprove(deps: ServiceDeps, actor: Actor, input: BulkApproveInput): Promise<BulkResult> {
  const args = parseInput(BulkApproveInput, input);
  const result: BulkResult = { approved: [], failed: [] };
  for (const item of args.items) {
    try {
      result.approved.push(await approveObservation(deps, actor, item));
    } catch (error) {
      if (!(error instanceof ResoluteError)) throw error;
      result.failed.push({ observationId: item.observationId, code: error.code, message: error.message });
    }
  }
  return result;
}
