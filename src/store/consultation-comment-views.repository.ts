/**
 * Grouped reads of consultation comments for the screens: sizes of duplicate groups, counts
 * of comments by target, and the public page's list, where a duplicate group shows once (as
 * its earliest published comment).
 */
import type { StoredComment } from '../domain/consultation/consultation.ts';
import type { CommentTarget, ModerationStateCode } from '../domain/consultation/types.ts';
import { toStoredComment } from './consultation-comment-row.ts';
import type { Executor } from './database.ts';

/** Comments in each of these duplicate groups (in these states, when given). */
export async function countGroupMembers(
  db: Executor,
  consultationId: string,
  groupIds: readonly string[],
  states?: readonly ModerationStateCode[],
): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const ids = [...new Set(groupIds)];
  for (let start = 0; start < ids.length; start += 500) {
    let query = db
      .selectFrom('consultation_comments')
      .select((eb) => ['duplicate_group_id', eb.fn.countAll().as('n')])
      .where('consultation_id', '=', consultationId)
      .where('duplicate_group_id', 'in', ids.slice(start, start + 500));
    if (states !== undefined) query = query.where('moderation_state', 'in', states);
    for (const row of await query.groupBy('duplicate_group_id').execute()) {
      if (row.duplicate_group_id !== null) sizes.set(row.duplicate_group_id, Number(row.n));
    }
  }
  return sizes;
}

/** Comments in a state by target key ("draft", "section:ID", "indicator:ID"). */
export async function countCommentsByTarget(db: Executor, consultationId: string, state: ModerationStateCode): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('consultation_comments')
    .select((eb) => ['target_kind', 'target_id', eb.fn.countAll().as('n')])
    .where('consultation_id', '=', consultationId)
    .where('moderation_state', '=', state)
    .groupBy(['target_kind', 'target_id'])
    .execute();
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.target_id === null ? row.target_kind : `${row.target_kind}:${row.target_id}`] = Number(row.n);
  return counts;
}

export interface PublicPageFilter {
  consultationId: string;
  target?: { kind: CommentTarget['kind']; id: string | null };
  beforePosition?: number;
  limit: number;
}

/**
 * Published comments, newest first, each duplicate group once: a comment is listed unless an
 * earlier comment of its group is published too.
 */
export async function listPublishedOncePerGroup(db: Executor, filter: PublicPageFilter): Promise<StoredComment[]> {
  let query = db
    .selectFrom('consultation_comments as c')
    .selectAll('c')
    .where('c.consultation_id', '=', filter.consultationId)
    .where('c.moderation_state', '=', 'published')
    .where(({ not, exists, selectFrom }) =>
      not(exists(
        selectFrom('consultation_comments as d')
          .select('d.id')
          .whereRef('d.consultation_id', '=', 'c.consultation_id')
          .whereRef('d.duplicate_group_id', '=', 'c.duplicate_group_id')
          .where('d.moderation_state', '=', 'published')
          .whereRef('d.position', '<', 'c.position'),
      )),
    );
  if (filter.target !== undefined) {
    query = query.where('c.target_kind', '=', filter.target.kind);
    query = filter.target.id === null ? query.where('c.target_id', 'is', null) : query.where('c.target_id', '=', filter.target.id);
  }
  if (filter.beforePosition !== undefined) query = query.where('c.position', '<', filter.beforePosition);
  const rows = await query.orderBy('c.position', 'desc').limit(filter.limit).execute();
  return rows.map(toStoredComment);
}

/** The stored comments of these client keys in a consultation, by key (one query a few hundred keys). */
export async function findCommentsByClientRefs(db: Executor, consultationId: string, clientRefs: readonly string[]): Promise<Map<string, StoredComment>> {
  const found = new Map<string, StoredComment>();
  const refs = [...new Set(clientRefs)];
  for (let start = 0; start < refs.length; start += 500) {
    const rows = await db
      .selectFrom('consultation_comments')
      .selectAll()
      .where('consultation_id', '=', consultationId)
      .where('client_ref', 'in', refs.slice(start, start + 500))
      .execute();
    for (const row of rows) if (row.client_ref !== null) found.set(row.client_ref, toStoredComment(row));
  }
  return found;
}
