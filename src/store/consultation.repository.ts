/**
 * Consultations: a draft (a stored document version) opened for public comment by an
 * organisation, with its public slug, schedule, verification mode and duplicate threshold.
 * Edits use optimistic concurrency (`version`); every change is audited in its transaction.
 */
import type { Selectable } from 'kysely';
import type { Consultation, VerificationMode } from '../domain/consultation/consultation.ts';
import { appendAudit } from './audit.repository.ts';
import type { ConsultationsTable } from './consultation-tables.ts';
import type { Executor } from './database.ts';
import { isoInstant, isoInstantOrNull } from './iso-text.ts';
import { nfcDeep } from './nfc.ts';
import { notFound, staleVersion } from './store-errors.ts';
import { transaction } from './transaction.ts';
import { applyPatch, finiteOrNull, isoAt, newId } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

export interface NewConsultation {
  id?: string;
  organisationId: string;
  documentId: string;
  slug: string;
  title: string;
  opensAt: string;
  closesAt: string;
  verification: VerificationMode;
  duplicateThreshold: number;
}

export type ConsultationPatch = Partial<
  Pick<Consultation, 'title' | 'closesAt' | 'closedAt' | 'revisedDocumentId' | 'verification' | 'duplicateThreshold'>
>;

export interface ConsultationFilter {
  /** Only consultations of these organisations (an empty list gives none). */
  organisationIds?: readonly string[];
}

function toConsultation(row: Selectable<ConsultationsTable>): Consultation {
  return {
    id: row.id, organisationId: row.organisation_id, documentId: row.document_id, revisedDocumentId: row.revised_document_id,
    slug: row.slug, title: row.title, opensAt: row.opens_at, closesAt: row.closes_at, closedAt: row.closed_at,
    verification: row.verification, duplicateThreshold: row.duplicate_threshold, version: row.version,
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

function toRow(c: Consultation): Selectable<ConsultationsTable> {
  return {
    id: c.id, organisation_id: c.organisationId, document_id: c.documentId, revised_document_id: c.revisedDocumentId,
    slug: c.slug, title: c.title, opens_at: c.opensAt, closes_at: c.closesAt, closed_at: c.closedAt,
    verification: c.verification, duplicate_threshold: c.duplicateThreshold, version: c.version,
    created_at: c.createdAt, updated_at: c.updatedAt,
  };
}

/** The threshold, refused when the engines would store it differently (NaN, ±Infinity). */
function threshold(value: number): number {
  return finiteOrNull(value, 'duplicateThreshold') ?? value;
}

/** Creates a consultation (version 1, no revised document, not closed early). */
export async function createConsultation(db: Executor, ctx: WriteContext, given: NewConsultation): Promise<Consultation> {
  const input = nfcDeep(given);
  const at = isoAt(ctx);
  const created: Consultation = {
    id: newId(input.id), organisationId: input.organisationId, documentId: input.documentId, revisedDocumentId: null,
    slug: input.slug, title: input.title, opensAt: isoInstant(input.opensAt, 'opensAt'), closesAt: isoInstant(input.closesAt, 'closesAt'),
    closedAt: null, verification: input.verification, duplicateThreshold: threshold(input.duplicateThreshold), version: 1,
    createdAt: at, updatedAt: at,
  };
  return transaction(db, async (trx) => {
    await trx.insertInto('consultations').values(toRow(created)).execute();
    await appendAudit(trx, ctx, { entity: 'consultation', entityId: created.id, action: 'create', before: null, after: created });
    return created;
  });
}

/** The consultation with this id, or null. */
export async function getConsultation(db: Executor, id: string): Promise<Consultation | null> {
  const row = await db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toConsultation(row);
}

/** The consultation at this public slug, or null. */
export async function getConsultationBySlug(db: Executor, slug: string): Promise<Consultation | null> {
  const row = await db.selectFrom('consultations').selectAll().where('slug', '=', slug.normalize('NFC')).executeTakeFirst();
  return row === undefined ? null : toConsultation(row);
}

/** Consultations matching the filter, the latest to open first. */
export async function listConsultations(db: Executor, filter: ConsultationFilter = {}): Promise<Consultation[]> {
  if (filter.organisationIds?.length === 0) return [];
  let query = db.selectFrom('consultations').selectAll();
  if (filter.organisationIds !== undefined) query = query.where('organisation_id', 'in', filter.organisationIds);
  const rows = await query.orderBy('opens_at', 'desc').orderBy('id').execute();
  return rows.map(toConsultation);
}

/** Updates a consultation still at `expectedVersion`. */
export async function updateConsultation(
  db: Executor,
  ctx: WriteContext,
  id: string,
  expectedVersion: number,
  given: ConsultationPatch,
): Promise<Consultation> {
  const patch = nfcDeep(given);
  const checked: ConsultationPatch = {
    ...patch,
    ...(patch.closesAt === undefined ? {} : { closesAt: isoInstant(patch.closesAt, 'closesAt') }),
    ...(patch.closedAt === undefined ? {} : { closedAt: isoInstantOrNull(patch.closedAt, 'closedAt') }),
    ...(patch.duplicateThreshold === undefined ? {} : { duplicateThreshold: threshold(patch.duplicateThreshold) }),
  };
  return transaction(db, async (trx) => {
    const before = await getConsultation(trx, id);
    if (before === null) throw notFound('consultation', id);
    if (before.version !== expectedVersion) throw staleVersion('consultation', id, expectedVersion, before.version);
    const after = applyPatch(before, { ...checked, version: before.version + 1, updatedAt: isoAt(ctx) });
    const { id: _id, created_at: _at, ...changes } = toRow(after);
    const result = await trx.updateTable('consultations').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    // Another writer committed between our read and this update (PostgreSQL, read committed).
    if (result.numUpdatedRows === 0n) throw staleVersion('consultation', id, expectedVersion, expectedVersion + 1);
    await appendAudit(trx, ctx, { entity: 'consultation', entityId: id, action: 'update', before, after });
    return after;
  });
}
