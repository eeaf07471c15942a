/** Reporting periods of a term: years, the mid-term, the term end; opened and closed by the secretariat. */
import type { Selectable } from 'kysely';
import type { IsoDate, Period, PeriodKind, PeriodState } from '../domain/entities.ts';
import { appendAudit } from './audit.repository.ts';
import type { Executor } from './database.ts';
import { notFound } from './store-errors.ts';
import type { PeriodsTable } from './tables.ts';
import { nfcDeep } from './nfc.ts';
import { transaction } from './transaction.ts';
import { applyPatch, isoAt, newId } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

export interface NewPeriod {
  id?: string;
  termId: string;
  kind: PeriodKind;
  startYear: number;
  endYear: number;
  label: string;
  state?: PeriodState;
  dueDate?: IsoDate | null;
}

export type PeriodPatch = Partial<Pick<Period, 'label' | 'state' | 'dueDate'>>;

function toPeriod(row: Selectable<PeriodsTable>): Period {
  return {
    id: row.id,
    termId: row.term_id,
    kind: row.kind,
    startYear: row.start_year,
    endYear: row.end_year,
    label: row.label,
    state: row.state,
    dueDate: row.due_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Creates a period; one per term, kind and span of years. */
export async function createPeriod(db: Executor, ctx: WriteContext, given: NewPeriod): Promise<Period> {
  const input = nfcDeep(given);
  const at = isoAt(ctx);
  const row = {
    id: newId(input.id),
    term_id: input.termId,
    kind: input.kind,
    start_year: input.startYear,
    end_year: input.endYear,
    label: input.label,
    state: input.state ?? 'open',
    due_date: input.dueDate ?? null,
    created_at: at,
    updated_at: at,
  };
  return transaction(db, async (trx) => {
    await trx.insertInto('periods').values(row).execute();
    const created = toPeriod(row);
    await appendAudit(trx, ctx, { entity: 'period', entityId: row.id, action: 'create', before: null, after: created });
    return created;
  });
}

/** The period with this id, or null. */
export async function getPeriod(db: Executor, id: string): Promise<Period | null> {
  const row = await db.selectFrom('periods').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toPeriod(row);
}

/** A term's periods in time order (by end year; a year before the span that ends with it). */
export async function listPeriods(db: Executor, termId: string): Promise<Period[]> {
  const rows = await db
    .selectFrom('periods')
    .selectAll()
    .where('term_id', '=', termId)
    .orderBy('end_year')
    .orderBy('start_year', 'desc')
    .orderBy('kind')
    .execute();
  return rows.map(toPeriod);
}

/** Relabels, opens or closes a period, or moves its due date. */
export async function updatePeriod(db: Executor, ctx: WriteContext, id: string, patch: PeriodPatch): Promise<Period> {
  return transaction(db, async (trx) => {
    const before = await getPeriod(trx, id);
    if (before === null) throw notFound('period', id);
    const after = applyPatch(before, { ...nfcDeep(patch), updatedAt: isoAt(ctx) });
    await trx
      .updateTable('periods')
      .set({ label: after.label, state: after.state, due_date: after.dueDate, updated_at: after.updatedAt })
      .where('id', '=', id)
      .execute();
    const action = after.state === before.state ? 'update' : 'transition';
    await appendAudit(trx, ctx, { entity: 'period', entityId: id, action, before, after });
    return after;
  });
}
