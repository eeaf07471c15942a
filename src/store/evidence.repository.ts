/** Evidence files attached to observations: their identity and where the bytes are kept. */
import type { Selectable } from 'kysely';
import type { Evidence } from '../domain/entities.ts';
import { appendAudit } from './audit.repository.ts';
import type { Executor } from './database.ts';
import { notFound } from './store-errors.ts';
import type { EvidenceTable } from './tables.ts';
import { nfcDeep } from './nfc.ts';
import { transaction } from './transaction.ts';
import { isoAt, newId } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

/** An attachment to record: everything but who and when, which the write context gives. */
export type NewEvidence = Omit<Evidence, 'id' | 'createdBy' | 'createdAt'> & { id?: string };

function toEvidence(row: Selectable<EvidenceTable>): Evidence {
  return {
    id: row.id,
    observationId: row.observation_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    storageKey: row.storage_key,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/** Records an evidence file for an observation. */
export async function addEvidence(db: Executor, ctx: WriteContext, given: NewEvidence): Promise<Evidence> {
  const input = nfcDeep(given);
  const row = {
    id: newId(input.id),
    observation_id: input.observationId,
    file_name: input.fileName,
    media_type: input.mediaType,
    size: input.size,
    sha256: input.sha256,
    storage_key: input.storageKey,
    created_by: ctx.actorId,
    created_at: isoAt(ctx),
  };
  return transaction(db, async (trx) => {
    await trx.insertInto('evidence').values(row).execute();
    const created = toEvidence(row);
    await appendAudit(trx, ctx, { entity: 'evidence', entityId: row.id, action: 'create', before: null, after: created });
    return created;
  });
}

/** The evidence record with this id, or null. */
export async function getEvidence(db: Executor, id: string): Promise<Evidence | null> {
  const row = await db.selectFrom('evidence').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toEvidence(row);
}

/** An observation's evidence, oldest first. */
export async function listEvidence(db: Executor, observationId: string): Promise<Evidence[]> {
  const rows = await db
    .selectFrom('evidence')
    .selectAll()
    .where('observation_id', '=', observationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toEvidence);
}

/** Removes an evidence record (the file store deletes the bytes). */
export async function removeEvidence(db: Executor, ctx: WriteContext, id: string): Promise<Evidence> {
  return transaction(db, async (trx) => {
    const before = await getEvidence(trx, id);
    if (before === null) throw notFound('evidence', id);
    await trx.deleteFrom('evidence').where('id', '=', id).execute();
    await appendAudit(trx, ctx, { entity: 'evidence', entityId: id, action: 'delete', before, after: null });
    return before;
  });
}
