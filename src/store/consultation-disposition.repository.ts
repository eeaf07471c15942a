/**
 * The drafting team's dispositions: one answer (accepted, explained, not accepted) per
 * subject (a comment or a cluster) of a consultation, versioned and audited. The audit entry
 * names the disposition `<consultationId>:<subject kind>:<subject id>` (`dispositionAuditId`),
 * since a disposition has no id of its own and cluster ids are only unique within a consultation.
 */
import type { Selectable } from 'kysely';
import type { StoredDisposition } from '../domain/consultation/consultation.ts';
import type { Disposition, DispositionSubject } from '../domain/consultation/types.ts';
import { appendAudit } from './audit.repository.ts';
import type { ConsultationDispositionsTable } from './consultation-tables.ts';
import type { Executor } from './database.ts';
import { nfcDeep } from './nfc.ts';
import { notFound, staleVersion } from './store-errors.ts';
import { transaction } from './transaction.ts';
import { isoAt } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

const ENTITY = 'consultation_disposition';

function subjectColumns(subject: DispositionSubject): Pick<ConsultationDispositionsTable, 'subject_kind' | 'subject_id'> {
  return subject.kind === 'comment'
    ? { subject_kind: 'comment', subject_id: subject.commentId }
    : { subject_kind: 'cluster', subject_id: subject.clusterId };
}

function toDisposition(row: Selectable<ConsultationDispositionsTable>): StoredDisposition {
  const subject: DispositionSubject = row.subject_kind === 'comment'
    ? { kind: 'comment', commentId: row.subject_id }
    : { kind: 'cluster', clusterId: row.subject_id };
  return {
    subject, kind: row.kind, note: row.note, changedSectionId: row.changed_section_id, consultationId: row.consultation_id,
    decidedBy: row.decided_by, decidedAt: row.decided_at, version: row.version,
  };
}

function toRow(d: StoredDisposition): Selectable<ConsultationDispositionsTable> {
  return {
    consultation_id: d.consultationId, ...subjectColumns(d.subject), kind: d.kind, note: d.note, changed_section_id: d.changedSectionId,
    decided_by: d.decidedBy, decided_at: d.decidedAt, version: d.version,
  };
}

/** The audit log's entity id of a disposition. */
export function dispositionAuditId(consultationId: string, subject: DispositionSubject): string {
  const { subject_kind: kind, subject_id: id } = subjectColumns(subject);
  return `${consultationId}:${kind}:${id}`;
}

/** The disposition of this subject, or null. */
export async function getDisposition(db: Executor, consultationId: string, subject: DispositionSubject): Promise<StoredDisposition | null> {
  const { subject_kind, subject_id } = subjectColumns(nfcDeep(subject));
  const row = await db
    .selectFrom('consultation_dispositions')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .where('subject_kind', '=', subject_kind)
    .where('subject_id', '=', subject_id)
    .executeTakeFirst();
  return row === undefined ? null : toDisposition(row);
}

/** The consultation's dispositions, in decision order. */
export async function listDispositions(db: Executor, consultationId: string): Promise<StoredDisposition[]> {
  const rows = await db
    .selectFrom('consultation_dispositions')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .orderBy('decided_at')
    .orderBy('subject_kind')
    .orderBy('subject_id')
    .execute();
  return rows.map(toDisposition);
}

/**
 * Records the answer to a subject: a new one when `expectedVersion` is null (`conflict` when
 * one exists already), else an update of the one at that version. decidedBy/At come from `ctx`.
 */
export async function setDisposition(
  db: Executor,
  ctx: WriteContext,
  consultationId: string,
  given: Disposition,
  expectedVersion: number | null,
): Promise<StoredDisposition> {
  const input = nfcDeep(given);
  const key = dispositionAuditId(consultationId, input.subject);
  return transaction(db, async (trx) => {
    const before = await getDisposition(trx, consultationId, input.subject);
    const after: StoredDisposition = {
      subject: input.subject, kind: input.kind, note: input.note, changedSectionId: input.changedSectionId, consultationId,
      decidedBy: ctx.actorId, decidedAt: isoAt(ctx), version: (expectedVersion ?? 0) + 1,
    };
    if (expectedVersion === null) {
      if (before !== null) throw staleVersion(ENTITY, key, 0, before.version);
      // A concurrent first answer inserts nothing here (no PostgreSQL error to poison the transaction).
      const result = await trx.insertInto('consultation_dispositions').values(toRow(after)).onConflict((oc) => oc.doNothing()).executeTakeFirst();
      if (result.numInsertedOrUpdatedRows === 0n) throw staleVersion(ENTITY, key, 0, 1);
      await appendAudit(trx, ctx, { entity: ENTITY, entityId: key, action: 'create', before: null, after });
      return after;
    }
    if (before === null) throw notFound(ENTITY, key);
    if (before.version !== expectedVersion) throw staleVersion(ENTITY, key, expectedVersion, before.version);
    const { consultation_id, subject_kind, subject_id, ...changes } = toRow(after);
    const result = await trx
      .updateTable('consultation_dispositions')
      .set(changes)
      .where('consultation_id', '=', consultation_id)
      .where('subject_kind', '=', subject_kind)
      .where('subject_id', '=', subject_id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    // Another writer committed between our read and this update (PostgreSQL, read committed).
    if (result.numUpdatedRows === 0n) throw staleVersion(ENTITY, key, expectedVersion, expectedVersion + 1);
    await appendAudit(trx, ctx, { entity: ENTITY, entityId: key, action: 'update', before, after });
    return after;
  });
}

/** Deletes the disposition of a subject still at `expectedVersion`. */
export async function deleteDisposition(
  db: Executor,
  ctx: WriteContext,
  consultationId: string,
  subject: DispositionSubject,
  expectedVersion: number,
): Promise<void> {
  const key = dispositionAuditId(consultationId, nfcDeep(subject));
  await transaction(db, async (trx) => {
    const before = await getDisposition(trx, consultationId, subject);
    if (before === null) throw notFound(ENTITY, key);
    if (before.version !== expectedVersion) throw staleVersion(ENTITY, key, expectedVersion, before.version);
    const { subject_kind, subject_id } = subjectColumns(before.subject);
    const result = await trx
      .deleteFrom('consultation_dispositions')
      .where('consultation_id', '=', consultationId)
      .where('subject_kind', '=', subject_kind)
      .where('subject_id', '=', subject_id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (result.numDeletedRows === 0n) throw staleVersion(ENTITY, key, expectedVersion, expectedVersion + 1);
    await appendAudit(trx, ctx, { entity: ENTITY, entityId: key, action: 'delete', before, after: null });
  });
}
