/**
 * The moderation queue and the public list. Moderators (consultation.moderate) read the
 * queue with the commenters' contact, publish, hide with a reason or mark spam, one comment
 * (optimistic version, audited) or a whole duplicate group; readers of the public page see
 * published comments only, a duplicate group once with its size, never a contact; anyone may
 * report a published comment.
 */
import type { z } from 'zod';
import type { Consultation, StoredComment } from '../domain/consultation/consultation.ts';
import { checkModeration } from '../domain/consultation/moderation.ts';
import type { CommentTarget, HiddenReason, ModerationState, ModerationStateCode } from '../domain/consultation/types.ts';
import { ResoluteError } from '../domain/errors.ts';
import {
  countCommentsByState, countCommentsByTarget, countGroupMembers, getComment, listComments, listPublishedOncePerGroup, moderateComment,
  reportComment as storeReport, transaction, type Executor,
} from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import { loadDraft, localitiesOf, targetLabel, type Draft } from './consultation-draft.ts';
import { CommentQueueInput, ModerateCommentInput, ModerateGroupInput, PublicCommentsInput, ReportCommentInput } from './consultation.schemas.ts';
import { loadBySlug, loadConsultation } from './consultation.service.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { parseInput } from './parse-input.ts';

/** The moderation state flat, as screens read it: the reason and note are null unless hidden. */
export interface FlatModeration {
  state: ModerationStateCode;
  reason: HiddenReason | null;
  note: string | null;
}

export interface QueueItem extends Omit<StoredComment, 'moderation'> {
  moderation: FlatModeration;
  targetLabel: string;
  localityName: string | null;
  groupSize: number;
}

export interface CommentQueue {
  items: QueueItem[];
  nextBefore: number | null;
  counts: Record<ModerationStateCode, number>;
}

export interface PublicCommentItem {
  id: string;
  target: CommentTarget;
  stance: StoredComment['stance'];
  text: string;
  reason: string | null;
  respondentType: StoredComment['respondentType'];
  localityName: string | null;
  organisation: string | null;
  channel: StoredComment['channel'];
  submittedAt: string;
  groupSize: number;
}

/** "draft", "section:ID", "indicator:ID" → the store's target filter; `invalid_input` otherwise. */
export function targetFilter(key: string | undefined): { kind: CommentTarget['kind']; id: string | null } | undefined {
  if (key === undefined || key === '') return undefined;
  if (key === 'draft') return { kind: 'draft', id: null };
  const match = /^(section|indicator):(.+)$/.exec(key);
  if (match === null) throw new ResoluteError('invalid_input', 'Invalid input: target: "draft", "section:ID" or "indicator:ID"', { detail: 'target: "draft", "section:ID" or "indicator:ID"', detail_vi: 'target: chỉ nhận "draft", "section:ID" hoặc "indicator:ID"', path: 'target' });
  return { kind: match[1] as 'section' | 'indicator', id: match[2] ?? null };
}

async function localityNames(db: Executor, consultation: Consultation): Promise<Map<string, string>> {
  return new Map((await localitiesOf(db, consultation)).map((l) => [l.id, l.name]));
}

async function withContext(db: Executor, consultation: Consultation, draft: Draft, comments: StoredComment[]): Promise<QueueItem[]> {
  const [names, sizes] = await Promise.all([
    localityNames(db, consultation),
    countGroupMembers(db, consultation.id, comments.map((c) => c.duplicateGroupId ?? c.id)),
  ]);
  return comments.map((c) => ({
    ...c, moderation: c.moderation.state === 'hidden' ? { state: 'hidden', reason: c.moderation.reason, note: c.moderation.note } : { state: c.moderation.state, reason: null, note: null },
    targetLabel: targetLabel(draft, c.target), localityName: c.localityId === null ? null : (names.get(c.localityId) ?? null),
    groupSize: sizes.get(c.duplicateGroupId ?? c.id) ?? 1,
  }));
}

/** One stored comment as the queue shows it (after an offline entry). */
export async function queueItemOf(deps: ServiceDeps, comment: StoredComment): Promise<QueueItem> {
  const { consultation } = await loadConsultation(deps.db, comment.consultationId);
  const [item] = await withContext(deps.db, consultation, await loadDraft(deps.db, consultation.documentId), [comment]);
  return item as QueueItem;
}

/** A page of the moderation queue, newest first (consultation.moderate). */
export async function listQueue(deps: ServiceDeps, actor: Actor, input: z.input<typeof CommentQueueInput>): Promise<CommentQueue> {
  const args = parseInput(CommentQueueInput, input);
  const { consultation, scope } = await loadConsultation(deps.db, args.consultationId);
  assertCan(actor, 'consultation.moderate', scope);
  const limit = args.limit ?? 50;
  const target = targetFilter(args.target);
  const comments = await listComments(deps.db, {
    consultationId: consultation.id, order: 'desc', limit,
    ...(args.state === undefined ? {} : { states: [args.state] }), ...(target === undefined ? {} : { target }),
    ...(args.duplicateGroupId === undefined ? {} : { duplicateGroupId: args.duplicateGroupId }), ...(args.channel === undefined ? {} : { channel: args.channel }),
    ...(args.reportedOnly === true ? { reportedOnly: true } : {}), ...(args.before === undefined ? {} : { beforePosition: args.before }),
  });
  const draft = await loadDraft(deps.db, consultation.documentId);
  const items = await withContext(deps.db, consultation, draft, comments);
  const last = comments.at(-1);
  return { items, nextBefore: comments.length === limit && last !== undefined ? last.position : null, counts: await countCommentsByState(deps.db, consultation.id) };
}

function stateOf(args: z.output<typeof ModerateCommentInput>): ModerationState {
  if (args.state === 'hidden') {
    if (args.reason === undefined) throw new ResoluteError('invalid_input', 'Invalid input: reason: required to hide a comment', { detail: 'reason: required to hide a comment', detail_vi: 'reason: cần nêu lý do khi ẩn ý kiến góp ý', path: 'reason' });
    return { state: 'hidden', reason: args.reason, note: args.note ?? null };
  }
  return { state: args.state };
}

async function loadComment(db: Executor, commentId: string): Promise<StoredComment> {
  const comment = await getComment(db, commentId);
  if (comment === null) throw new ResoluteError('record_not_found', `No comment with id ${commentId}`, { entity: 'comment', id: commentId });
  return comment;
}

/** Publishes, hides (with a reason) or marks one comment as spam (consultation.moderate; audited). */
export async function moderate(deps: ServiceDeps, actor: Actor, input: z.input<typeof ModerateCommentInput>): Promise<QueueItem> {
  const args = parseInput(ModerateCommentInput, input);
  const comment = await loadComment(deps.db, args.commentId);
  const { consultation, scope } = await loadConsultation(deps.db, comment.consultationId);
  assertCan(actor, 'consultation.moderate', scope);
  const to = stateOf(args);
  const check = checkModeration(comment.moderation, to);
  if (!check.ok) throw new ResoluteError('invalid_state', `Not possible: the comment is ${comment.moderation.state} already`, { detail: `${comment.moderation.state} → ${to.state}` });
  const updated = await moderateComment(deps.db, writeContext(deps, actor), comment.id, args.version, to);
  const [item] = await withContext(deps.db, consultation, await loadDraft(deps.db, consultation.documentId), [updated]);
  return item as QueueItem;
}

/** Publishes or marks as spam every comment of a duplicate group that is not in that state yet (consultation.moderate; each audited). */
export async function moderateGroup(deps: ServiceDeps, actor: Actor, input: z.input<typeof ModerateGroupInput>): Promise<{ changed: number }> {
  const args = parseInput(ModerateGroupInput, input);
  const { consultation, scope } = await loadConsultation(deps.db, args.consultationId);
  assertCan(actor, 'consultation.moderate', scope);
  const ctx = writeContext(deps, actor);
  let changed = 0;
  let before: number | undefined;
  for (;;) {
    const page = await listComments(deps.db, { consultationId: consultation.id, duplicateGroupId: args.duplicateGroupId, order: 'desc', limit: 500, ...(before === undefined ? {} : { beforePosition: before }) });
    await transaction(deps.db, async (trx) => {
      for (const comment of page) {
        if (comment.moderation.state === args.state) continue;
        await moderateComment(trx, ctx, comment.id, comment.version, { state: args.state });
        changed += 1;
      }
    });
    const last = page.at(-1);
    if (last === undefined || page.length < 500) break;
    before = last.position;
  }
  return { changed };
}

/** A reader reports a published comment (anyone); `record_not_found` for a comment that is not published. */
export async function reportComment(deps: ServiceDeps, input: z.input<typeof ReportCommentInput>): Promise<void> {
  const args = parseInput(ReportCommentInput, input);
  const comment = await getComment(deps.db, args.commentId);
  if (comment === null || comment.moderation.state !== 'published') throw new ResoluteError('record_not_found', `No comment with id ${args.commentId}`, { entity: 'comment', id: args.commentId });
  await storeReport(deps.db, comment.id);
}

/** Published comments by target key, for the public page's buttons. */
export async function publishedByTarget(deps: ServiceDeps, slug: string): Promise<Record<string, number>> {
  const consultation = await loadBySlug(deps.db, slug);
  return countCommentsByTarget(deps.db, consultation.id, 'published');
}

/** A page of published comments for anyone, newest first, a duplicate group once with its size; no contact. */
export async function listPublicComments(deps: ServiceDeps, input: z.input<typeof PublicCommentsInput>): Promise<{ items: PublicCommentItem[]; nextBefore: number | null }> {
  const args = parseInput(PublicCommentsInput, input);
  const consultation = await loadBySlug(deps.db, args.slug);
  const limit = args.limit ?? 20;
  const target = targetFilter(args.target);
  const comments = await listPublishedOncePerGroup(deps.db, {
    consultationId: consultation.id, limit, ...(target === undefined ? {} : { target }), ...(args.before === undefined ? {} : { beforePosition: args.before }),
  });
  const [names, sizes] = await Promise.all([
    localityNames(deps.db, consultation),
    countGroupMembers(deps.db, consultation.id, comments.map((c) => c.duplicateGroupId ?? c.id), ['published']),
  ]);
  const items = comments.map((c) => ({
    id: c.id, target: c.target, stance: c.stance, text: c.text, reason: c.reason, respondentType: c.respondentType,
    localityName: c.localityId === null ? null : (names.get(c.localityId) ?? null), organisation: c.organisation, channel: c.channel,
    submittedAt: c.submittedAt, groupSize: sizes.get(c.duplicateGroupId ?? c.id) ?? 1,
  }));
  const last = comments.at(-1);
  return { items, nextBefore: comments.length === limit && last !== undefined ? last.position : null };
}
