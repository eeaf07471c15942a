/** Congress terms of an organisation ("XIV", 2020-2025). */
import type { Selectable } from 'kysely';
import type { Term } from '../domain/entities.ts';
import { appendAudit } from './audit.repository.ts';
import type { Executor } from './database.ts';
import type { TermsTable } from './tables.ts';
import { nfcDeep } from './nfc.ts';
import { transaction } from './transaction.ts';
import { isoAt, newId } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

export interface NewTerm {
  id?: string;
  organisationId: string;
  congress: string;
  startYear: number;
  endYear: number;
}

function toTerm(row: Selectable<TermsTable>): Term {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    congress: row.congress,
    startYear: row.start_year,
    endYear: row.end_year,
    createdAt: row.created_at,
  };
}

/** Creates a term; one per organisation and congress number. */
export async function createTerm(db: Executor, ctx: WriteContext, given: NewTerm): Promise<Term> {
  const input = nfcDeep(given);
  const row = {
    id: newId(input.id),
    organisation_id: input.organisationId,
    congress: input.congress,
    start_year: input.startYear,
    end_year: input.endYear,
    created_at: isoAt(ctx),
  };
  return transaction(db, async (trx) => {
    await trx.insertInto('terms').values(row).execute();
    const created = toTerm(row);
    await appendAudit(trx, ctx, { entity: 'term', entityId: row.id, action: 'create', before: null, after: created });
    return created;
  });
}

/** The term with this id, or null. */
export async function getTerm(db: Executor, id: string): Promise<Term | null> {
  const row = await db.selectFrom('terms').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toTerm(row);
}

/** An organisation's terms, oldest first. */
export async function listTerms(db: Executor, organisationId: string): Promise<Term[]> {
  const rows = await db.selectFrom('terms').selectAll().where('organisation_id', '=', organisationId).orderBy('start_year').execute();
  return rows.map(toTerm);
}
