/**
 * Evidence files on a figure. The caller (the server's upload route) has already checked the
 * file's type and size and stored its bytes in the file store; this records them under the
 * same rules as editing the figure: its own unit's reporter, an open period, not approved.
 * Reading one (to download it) follows the figure's read rule.
 */
import { z } from 'zod';
import type { Evidence } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { addEvidence, getEvidence as findEvidence, removeEvidence, type Executor } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { requireChangeable, requireOpen } from './observation-rules.ts';
import { parseInput } from './parse-input.ts';
import { Id, Text } from './schema-common.ts';
import { loadObservation } from './scopes.ts';

export const AttachEvidenceInput = z.strictObject({
  observationId: Id,
  fileName: Text(255),
  mediaType: z.string().trim().regex(/^[\w.+-]+\/[\w.+-]+$/, 'must be a media type such as application/pdf'),
  size: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal digits'),
  storageKey: Text(500),
});

export const EvidenceInput = z.strictObject({ evidenceId: Id });

export type AttachEvidenceInput = z.input<typeof AttachEvidenceInput>;
export type EvidenceInput = z.input<typeof EvidenceInput>;

async function loadEvidence(db: Executor, evidenceId: string): Promise<Evidence> {
  const evidence = await findEvidence(db, evidenceId);
  if (evidence === null) throw new ResoluteError('record_not_found', `No evidence with id ${evidenceId}`, { entity: 'evidence', id: evidenceId });
  return evidence;
}

async function editableObservation(deps: ServiceDeps, actor: Actor, observationId: string): Promise<void> {
  const c = await loadObservation(deps.db, observationId);
  assertCan(actor, 'observation.edit', c.scope);
  requireChangeable(c.observation);
  requireOpen(c.period);
}

/** Records an evidence file on a draft or returned figure. */
export async function attachEvidence(deps: ServiceDeps, actor: Actor, input: AttachEvidenceInput): Promise<Evidence> {
  const args = parseInput(AttachEvidenceInput, input);
  await editableObservation(deps, actor, args.observationId);
  return addEvidence(deps.db, writeContext(deps, actor), args);
}

/** An evidence record, for downloading its file: whoever may read the figure may read its evidence. */
export async function getEvidence(deps: ServiceDeps, actor: Actor, input: EvidenceInput): Promise<Evidence> {
  const args = parseInput(EvidenceInput, input);
  const evidence = await loadEvidence(deps.db, args.evidenceId);
  const c = await loadObservation(deps.db, evidence.observationId);
  assertCan(actor, 'observation.read', c.scope);
  return evidence;
}

/** Removes an evidence file from a draft or returned figure; returns what was removed (its bytes are the caller's to delete). */
export async function detachEvidence(deps: ServiceDeps, actor: Actor, input: EvidenceInput): Promise<Evidence> {
  const args = parseInput(EvidenceInput, input);
  const evidence = await loadEvidence(deps.db, args.evidenceId);
  await editableObservation(deps, actor, evidence.observationId);
  return removeEvidence(deps.db, writeContext(deps, actor), evidence.id);
}
