/**
 * Tallies of a consultation: a number of opinions entered at once for a locality and channel
 * (a meeting's or a district's "tổng hợp"), counted by locality-rollup.ts. Append or delete,
 * each audited; stance counts missing from the input are stored as 0.
 */
import type { Selectable } from 'kysely';
import type { StoredTally } from '../domain/consultation/consultation.ts';
import type { StanceTally } from '../domain/consultation/locality-rollup.ts';
import { ResoluteError } from '../domain/errors.ts';
import { appendAudit } from './audit.repository.ts';
import type { ConsultationTalliesTable } from './consultation-tables.ts';
import type { Executor } from './database.ts';
import { nfcDeep } from './nfc.ts';
import { transaction } from './transaction.ts';
import { isoAt, newId } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

export type NewTally = Omit<StoredTally, 'id' | 'createdAt' | 'enteredBy'> & { id?: string };

function toTally(row: Selectable<ConsultationTalliesTable>): StoredTally {
  return {
    id: row.id, consultationId: row.consultation_id, localityId: row.locality_id, channel: row.channel, scope: row.scope,
    counts: { agree: row.agree, disagree: row.disagree, partly: row.partly, unspecified: row.unspecified },
    note: row.note, enteredBy: row.entered_by, createdAt: row.created_at,
  };
}

/** A stance count as stored: a whole number ≥ 0, 0 when not given. */
function count(counts: Partial<StanceTally>, stance: keyof StanceTally): number {
  const value = counts[stance] ?? 0;
  if (!Number.isInteger(value) || value < 0) {
    throw new ResoluteError('invalid_input', `${stance} must be a whole number ≥ 0: ${value}`, { detail: `counts.${stance}` });
  }
  return value;
}

/** Records a tally entered by the context's actor. */
export async function addTally(db: Executor, ctx: WriteContext, given: NewTally): Promise<StoredTally> {
  const input = nfcDeep(given);
  const row: Selectable<ConsultationTalliesTable> = {
    id: newId(input.id), consultation_id: input.consultationId, locality_id: input.localityId, channel: input.channel, scope: input.scope,
    agree: count(input.counts, 'agree'), disagree: count(input.counts, 'disagree'), partly: count(input.counts, 'partly'),
    unspecified: count(input.counts, 'unspecified'), note: input.note, entered_by: ctx.actorId, created_at: isoAt(ctx),
  };
  return transaction(db, async (trx) => {
    await trx.insertInto('consultation_tallies').values(row).execute();
    const created = toTally(row);
    await appendAudit(trx, ctx, { entity: 'consultation_tally', entityId: row.id, action: 'create', before: null, after: created });
    return created;
  });
}

/** The consultation's tallies, oldest first. */
export async function listTallies(db: Executor, consultationId: string): Promise<StoredTally[]> {
  const rows = await db
    .selectFrom('consultation_tallies')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toTally);
}

/** Deletes a tally (a wrong entry is deleted and entered again); false when there is none. */
export async function deleteTally(db: Executor, ctx: WriteContext, id: string): Promise<boolean> {
  return transaction(db, async (trx) => {
    const row = await trx.selectFrom('consultation_tallies').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) return false;
    const result = await trx.deleteFrom('consultation_tallies').where('id', '=', id).executeTakeFirst();
    // A concurrent delete won the race: nothing left to audit.
    if (result.numDeletedRows === 0n) return false;
    await appendAudit(trx, ctx, { entity: 'consultation_tally', entityId: id, action: 'delete', before: toTally(row), after: null });
    return true;
  });
}
