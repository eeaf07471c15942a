/**
 * The append-only audit log. There is no update or delete here, and triggers in the
 * database refuse both (migration 0006), so history cannot be rewritten through the store.
 */
import type { AuditAction, AuditEntity, AuditEntry } from '../domain/entities.ts';
import { bumpDataVersion } from './data-version.repository.ts';
import type { Executor } from './database.ts';
import { fromJson, toJson } from './json-column.ts';
import type { AuditLogTable } from './tables.ts';
import type { Selectable } from 'kysely';
import { isoAt } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

export interface AuditInput {
  entity: AuditEntity;
  entityId: string;
  action: AuditAction;
  before: object | null;
  after: object | null;
}

export interface AuditFilter {
  entity?: AuditEntity;
  entityId?: string;
  actorId?: string;
  /** Inclusive lower bound on `at`. */
  from?: Date;
  /** Exclusive upper bound on `at`. */
  to?: Date;
  /** Entries after this sequence number (for paging). */
  afterSeq?: number;
  /** At most this many entries (default 1000). */
  limit?: number;
}

function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    before: fromJson<object>(row.before_json),
    after: fromJson<object>(row.after_json),
  };
}

/**
 * Appends one entry; call it with the transaction of the change it records. It also bumps the
 * data version (migration 0008) in that transaction, so every audited change moves it.
 */
export async function appendAudit(db: Executor, ctx: WriteContext, input: AuditInput): Promise<void> {
  await bumpDataVersion(db);
  await db
    .insertInto('audit_log')
    .values({
      at: isoAt(ctx),
      actor_id: ctx.actorId,
      entity: input.entity,
      entity_id: input.entityId,
      action: input.action,
      before_json: toJson(input.before),
      after_json: toJson(input.after),
    })
    .execute();
}

/** Lists entries in log order, filtered. */
export async function listAudit(db: Executor, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.entity !== undefined) query = query.where('entity', '=', filter.entity);
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
  if (filter.actorId !== undefined) query = query.where('actor_id', '=', filter.actorId);
  if (filter.from !== undefined) query = query.where('at', '>=', filter.from.toISOString());
  if (filter.to !== undefined) query = query.where('at', '<', filter.to.toISOString());
  if (filter.afterSeq !== undefined) query = query.where('seq', '>', filter.afterSeq);
  const rows = await query.orderBy('seq').limit(filter.limit ?? 1000).execute();
  return rows.map(toEntry);
}
