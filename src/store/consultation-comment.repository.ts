/**
 * Consultation comments: bulk insert (the hot path of public submission and imports), reads
 * and keyset pages by position, counts, scans for the duplicate index and the synthesis,
 * regrouping of duplicates, moderation (optimistic, audited without personal data) and reports.
 */
import type { Selectable } from 'kysely';
import type { StoredComment } from '../domain/consultation/consultation.ts';
import type { DuplicateRecord } from '../domain/consultation/duplicate-index.ts';
import type { Channel, CommentTarget, ModerationState, ModerationStateCode } from '../domain/consultation/types.ts';
import { ResoluteError } from '../domain/errors.ts';
import { appendAudit } from './audit.repository.ts';
import { auditedComment, decodeFingerprint, moderationColumns, moderationSnapshot, storedOf, toCommentRow, toStoredComment } from './consultation-comment-row.ts';
import type { NewStoredComment } from './consultation-comment-row.ts';
import type { ConsultationCommentsTable } from './consultation-tables.ts';
import type { Executor } from './database.ts';
import { isoInstant } from './iso-text.ts';
import { nfcDeep } from './nfc.ts';
import { notFound, staleVersion } from './store-errors.ts';
import { transaction } from './transaction.ts';
import type { WriteContext } from './write-context.ts';

export type { NewStoredComment } from './consultation-comment-row.ts';

/**
 * Rows a multi-row INSERT: 200 × 31 columns = 6,200 bound parameters, far below SQLite's
 * 32,766 and PostgreSQL's 65,535, and big enough that a statement's round trip is amortised.
 */
export const COMMENT_INSERT_CHUNK = 200;

const MAX_LIST_LIMIT = 1000;

export interface CommentFilter {
  consultationId: string;
  states?: readonly ModerationStateCode[];
  /** The whole draft (`id` null), a section or an indicator. */
  target?: { kind: CommentTarget['kind']; id: string | null };
  duplicateGroupId?: string;
  channel?: Channel;
  /** Only comments readers reported at least once. */
  reportedOnly?: boolean;
  /** Keyset paging: positions strictly after this one. */
  afterPosition?: number;
  /** Keyset paging: positions strictly before this one. */
  beforePosition?: number;
  /** At most this many (default 100, at most 1000). */
  limit?: number;
  /** By position; default 'asc'. */
  order?: 'asc' | 'desc';
}

export interface InsertCommentsOptions {
  /** One 'create' entry a comment (staff entry and imports); false for public submissions. */
  audit: boolean;
}

/**
 * Inserts comments in multi-row statements inside one transaction (the caller's, when open),
 * reading nothing. A `client_ref` already used in the consultation fails with `duplicate`.
 */
export async function insertComments(
  db: Executor,
  ctx: WriteContext,
  given: readonly NewStoredComment[],
  options: InsertCommentsOptions,
): Promise<StoredComment[]> {
  const comments = given.map((c) => nfcDeep({ ...c, submittedAt: isoInstant(c.submittedAt, 'submittedAt') }));
  if (comments.length === 0) return [];
  return transaction(db, async (trx) => {
    for (let start = 0; start < comments.length; start += COMMENT_INSERT_CHUNK) {
      const rows = comments.slice(start, start + COMMENT_INSERT_CHUNK).map(toCommentRow);
      await trx.insertInto('consultation_comments').values(rows).execute();
    }
    const stored = comments.map(storedOf);
    if (options.audit) {
      for (const comment of stored) {
        await appendAudit(trx, ctx, { entity: 'consultation_comment', entityId: comment.id, action: 'create', before: null, after: auditedComment(comment) });
      }
    }
    return stored;
  });
}

/** The comment with this id, or null. */
export async function getComment(db: Executor, id: string): Promise<StoredComment | null> {
  const row = await db.selectFrom('consultation_comments').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toStoredComment(row);
}

/** The comment a client's retry key already stored in this consultation, or null. */
export async function findCommentByClientRef(db: Executor, consultationId: string, clientRef: string): Promise<StoredComment | null> {
  const row = await db
    .selectFrom('consultation_comments')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .where('client_ref', '=', clientRef)
    .executeTakeFirst();
  return row === undefined ? null : toStoredComment(row);
}

/** The highest position used in the consultation; −1 when it has no comment. */
export async function maxCommentPosition(db: Executor, consultationId: string): Promise<number> {
  const row = await db
    .selectFrom('consultation_comments')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('consultation_id', '=', consultationId)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? -1 : Number(row.max);
}

function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return 100;
  if (!Number.isInteger(limit) || limit < 1) throw new ResoluteError('invalid_input', `limit must be a positive integer: ${limit}`, { detail: 'limit' });
  return Math.min(limit, MAX_LIST_LIMIT);
}

async function selectComments(db: Executor, filter: CommentFilter, limit: number): Promise<Selectable<ConsultationCommentsTable>[]> {
  if (filter.states?.length === 0) return [];
  let query = db.selectFrom('consultation_comments').selectAll().where('consultation_id', '=', filter.consultationId);
  if (filter.states !== undefined) query = query.where('moderation_state', 'in', filter.states);
  if (filter.target !== undefined) {
    query = query.where('target_kind', '=', filter.target.kind);
    query = filter.target.id === null ? query.where('target_id', 'is', null) : query.where('target_id', '=', filter.target.id);
  }
  if (filter.duplicateGroupId !== undefined) query = query.where('duplicate_group_id', '=', filter.duplicateGroupId);
  if (filter.channel !== undefined) query = query.where('channel', '=', filter.channel);
  if (filter.reportedOnly === true) query = query.where('report_count', '>', 0);
  if (filter.afterPosition !== undefined) query = query.where('position', '>', filter.afterPosition);
  if (filter.beforePosition !== undefined) query = query.where('position', '<', filter.beforePosition);
  return query.orderBy('position', filter.order ?? 'asc').limit(limit).execute();
}

/** A page of comments matching the filter, by position (keyset paging with `afterPosition`/`beforePosition`). */
export async function listComments(db: Executor, filter: CommentFilter): Promise<StoredComment[]> {
  const rows = await selectComments(db, filter, pageLimit(filter.limit));
  return rows.map(toStoredComment);
}

/** How many comments the consultation has in each moderation state (zeros included). */
export async function countCommentsByState(db: Executor, consultationId: string): Promise<Record<ModerationStateCode, number>> {
  const rows = await db
    .selectFrom('consultation_comments')
    .select((eb) => ['moderation_state', eb.fn.countAll().as('n')])
    .where('consultation_id', '=', consultationId)
    .groupBy('moderation_state')
    .execute();
  const counts: Record<ModerationStateCode, number> = { new: 0, published: 0, hidden: 0, spam: 0 };
  for (const row of rows) counts[row.moderation_state] = Number(row.n);
  return counts;
}

/** Every comment of the consultation (in these states), in position order, a page at a time. */
export async function* scanComments(
  db: Executor,
  consultationId: string,
  options: { states?: readonly ModerationStateCode[]; pageSize?: number } = {},
): AsyncGenerator<StoredComment> {
  const pageSize = options.pageSize ?? 5000;
  let afterPosition = -1;
  for (;;) {
    const filter: CommentFilter = { consultationId, afterPosition, ...(options.states === undefined ? {} : { states: options.states }) };
    const rows = await selectComments(db, filter, pageSize);
    for (const row of rows) yield toStoredComment(row);
    const last = rows.at(-1);
    if (last === undefined || rows.length < pageSize) return;
    afterPosition = last.position;
  }
}

/** The duplicate finder's records of every comment, in position order (to rebuild its index without texts). */
export async function* scanDuplicateRecords(
  db: Executor,
  consultationId: string,
  pageSize = 10000,
): AsyncGenerator<{ id: string; position: number; record: DuplicateRecord }> {
  let afterPosition = -1;
  for (;;) {
    const rows = await db
      .selectFrom('consultation_comments')
      .select(['id', 'position', 'exact_key', 'syllables', 'fingerprint'])
      .where('consultation_id', '=', consultationId)
      .where('position', '>', afterPosition)
      .orderBy('position')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      yield { id: row.id, position: row.position, record: { exactKey: row.exact_key, syllables: row.syllables, fingerprint: decodeFingerprint(row.fingerprint) } };
    }
    const last = rows.at(-1);
    if (last === undefined || rows.length < pageSize) return;
    afterPosition = last.position;
  }
}

/**
 * Moves every comment of the groups `fromGroupIds` into `toGroupId` (the duplicate finder
 * merged them). Bookkeeping, not a person's edit: no audit, no version change. Returns the rows changed.
 */
export async function regroupComments(db: Executor, consultationId: string, fromGroupIds: readonly string[], toGroupId: string): Promise<number> {
  const from = [...new Set(fromGroupIds)].filter((id) => id !== toGroupId);
  if (from.length === 0) return 0;
  return transaction(db, async (trx) => {
    let changed = 0;
    for (let start = 0; start < from.length; start += 500) {
      const result = await trx
        .updateTable('consultation_comments')
        .set({ duplicate_group_id: toGroupId })
        .where('consultation_id', '=', consultationId)
        .where('duplicate_group_id', 'in', from.slice(start, start + 500))
        .executeTakeFirst();
      changed += Number(result.numUpdatedRows);
    }
    return changed;
  });
}

/** Moves a comment still at `expectedVersion` to a moderation state; audited as a 'transition' of state, reason and note only. */
export async function moderateComment(db: Executor, ctx: WriteContext, id: string, expectedVersion: number, given: ModerationState): Promise<StoredComment> {
  const to = nfcDeep(given);
  return transaction(db, async (trx) => {
    const before = await getComment(trx, id);
    if (before === null) throw notFound('consultation_comment', id);
    if (before.version !== expectedVersion) throw staleVersion('consultation_comment', id, expectedVersion, before.version);
    const result = await trx
      .updateTable('consultation_comments')
      .set({ ...moderationColumns(to), version: expectedVersion + 1 })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    // Another writer committed between our read and this update (PostgreSQL, read committed).
    if (result.numUpdatedRows === 0n) throw staleVersion('consultation_comment', id, expectedVersion, expectedVersion + 1);
    await appendAudit(trx, ctx, {
      entity: 'consultation_comment', entityId: id, action: 'transition',
      before: moderationSnapshot(before.moderation), after: moderationSnapshot(to),
    });
    return { ...before, moderation: to, version: expectedVersion + 1 };
  });
}

/** Counts one reader's report of a comment; false when there is no such comment. Not audited. */
export async function reportComment(db: Executor, id: string): Promise<boolean> {
  const result = await db
    .updateTable('consultation_comments')
    .set((eb) => ({ report_count: eb('report_count', '+', 1) }))
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
