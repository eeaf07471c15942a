/**
 * Tallies: numbers of opinions gathered at a meeting or on paper and entered at once for a
 * locality and channel (consultation.enter), counted bottom-up by the domain's rules
 * (locality-rollup.ts: an `area` tally is the locality's consolidated figure and replaces
 * what was recorded below it in that channel).
 */
import type { z } from 'zod';
import type { StoredTally } from '../domain/consultation/consultation.ts';
import { ResoluteError } from '../domain/errors.ts';
import { addTally as storeAdd, deleteTally as storeDelete, listTallies as storeList } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan, can } from './authorization.ts';
import { localitiesOf } from './consultation-draft.ts';
import { AddTallyInput, ConsultationInput } from './consultation.schemas.ts';
import { loadConsultation } from './consultation.service.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { parseInput } from './parse-input.ts';
import { Id } from './schema-common.ts';

/** The tallies of a consultation (consultation.read or consultation.enter). */
export async function listTallies(deps: ServiceDeps, actor: Actor, input: z.input<typeof ConsultationInput>): Promise<StoredTally[]> {
  const args = parseInput(ConsultationInput, input);
  const { consultation, scope } = await loadConsultation(deps.db, args.consultationId);
  if (!can(actor, 'consultation.enter', scope)) assertCan(actor, 'consultation.read', scope);
  return storeList(deps.db, consultation.id);
}

/** Enters a tally for a locality of the consultation (consultation.enter; audited). */
export async function addTally(deps: ServiceDeps, actor: Actor, input: z.input<typeof AddTallyInput>): Promise<StoredTally> {
  const args = parseInput(AddTallyInput, input);
  const { consultation, scope } = await loadConsultation(deps.db, args.consultationId);
  assertCan(actor, 'consultation.enter', scope);
  if (!(await localitiesOf(deps.db, consultation)).some((l) => l.id === args.localityId)) {
    throw new ResoluteError('invalid_input', 'Invalid input: localityId: not a locality of this consultation', { detail: 'localityId: unknown locality', detail_vi: 'localityId: địa bàn không có trong danh mục', path: 'localityId' });
  }
  const counts = { agree: args.agree ?? 0, disagree: args.disagree ?? 0, partly: args.partly ?? 0, unspecified: args.unspecified ?? 0 };
  if (counts.agree + counts.disagree + counts.partly + counts.unspecified === 0) {
    throw new ResoluteError('invalid_input', 'Invalid input: a tally counts at least one opinion', { detail: 'counts: all zero', detail_vi: 'counts: tất cả các số đều bằng 0', path: 'agree' });
  }
  return storeAdd(deps.db, writeContext(deps, actor), {
    consultationId: consultation.id, localityId: args.localityId, channel: args.channel, scope: args.scope, counts, note: args.note ?? null,
  });
}

/** Removes a tally entered by mistake (consultation.enter; audited). */
export async function deleteTally(deps: ServiceDeps, actor: Actor, input: { consultationId: string; tallyId: string }): Promise<void> {
  const consultationId = parseInput(Id, input.consultationId);
  const tallyId = parseInput(Id, input.tallyId);
  const { consultation, scope } = await loadConsultation(deps.db, consultationId);
  assertCan(actor, 'consultation.enter', scope);
  if (!(await storeList(deps.db, consultation.id)).some((t) => t.id === tallyId)) {
    throw new ResoluteError('record_not_found', `No tally with id ${tallyId}`, { entity: 'tally', id: tallyId });
  }
  await storeDelete(deps.db, writeContext(deps, actor), tallyId);
}
