/**
 * Comments coming in: from the public page (anyone, while the consultation is open: the
 * domain's rules, the bot signals of the form token and honeypot, an e-mail verification
 * when the consultation asks for one), entered by a unit or the secretariat from a meeting
 * or a paper form (consultation.enter; published at once, audited), or imported from a
 * sheet. Every comment goes through the intake (comment-intake.ts): duplicate grouping and
 * batched, durable writes.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { commentProblemMessage, validateComment, type CommentProblem, type CommentSubmission } from '../domain/consultation/comment-rules.ts';
import type { Consultation } from '../domain/consultation/consultation.ts';
import { isOpen, vietnamInstant } from '../domain/consultation/consultation-window.ts';
import type { Channel, ModerationState } from '../domain/consultation/types.ts';
import { ResoluteError } from '../domain/errors.ts';
import { findCommentByClientRef, findVerificationByToken, type WriteContext } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { actorUserId } from './actor.ts';
import { assertCan } from './authorization.ts';
import { takeAddressSlot } from './comment-address-limit.ts';
import { takeComment, type IntakeResult, type PreparedComment } from './comment-intake.ts';
import { cachedBySlug, cachedLocalities } from './consultation-cache.ts';
import { loadDraft, resolveTarget, type Draft } from './consultation-draft.ts';
import { OfflineCommentInput, PublicCommentInput } from './consultation.schemas.ts';
import { formIssuedAt, loadConsultation } from './consultation.service.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { parseInput } from './parse-input.ts';

export interface CommentReceipt {
  id: string;
  receivedAt: string;
  verified: boolean;
  repeated: boolean;
}

/** The refusal of a comment: every problem, in both languages, and the fields to fix. */
export function refusal(problems: readonly CommentProblem[]): ResoluteError {
  const vi = problems.map((p) => commentProblemMessage(p, 'vi')).join(' ');
  const en = problems.map((p) => commentProblemMessage(p, 'en')).join(' ');
  const fields = [...new Set(problems.map((p) => p.details.field))].join(',');
  return new ResoluteError('comment_refused', `Comment refused: ${en}`, { problems_vi: vi, problems_en: en, fields });
}

/** `consultation_closed` with the window's message when the consultation takes no comment at `now`. */
export function assertOpen(consultation: Consultation, now: Date): void {
  const check = isOpen(consultation, now);
  if (!check.open) throw new ResoluteError('consultation_closed', check.message.en, { when_vi: check.message.vi, when_en: check.message.en, reason: check.reason });
}

/** Hash of a verification token as stored. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(`token:${token}`).digest('hex');
}

async function checkLocality(deps: ServiceDeps, consultation: Consultation, localityId: string | null | undefined): Promise<string | null> {
  if (localityId === undefined || localityId === null) return null;
  const known = (await cachedLocalities(deps.db, consultation)).some((l) => l.id === localityId);
  if (!known) throw new ResoluteError('invalid_input', 'Invalid input: localityId: not a locality of this consultation', { detail: 'localityId: unknown locality', detail_vi: 'localityId: địa bàn không có trong danh mục', path: 'localityId' });
  return localityId;
}

/** The verified e-mail of a token, or a refusal. */
async function verifiedEmail(deps: ServiceDeps, consultation: Consultation, token: string | null | undefined): Promise<string> {
  const found = token === undefined || token === null ? null : await findVerificationByToken(deps.db, consultation.id, tokenHash(token));
  if (found === null || found.verifiedAt === null) {
    throw new ResoluteError('comment_refused', 'Comment refused: verify your e-mail address first', {
      problems_vi: 'Cần xác thực địa chỉ thư điện tử bằng mã được gửi đến trước khi gửi ý kiến.',
      problems_en: 'Please verify your e-mail address with the code sent to it before sending the comment.',
      fields: 'email',
    });
  }
  return found.email;
}

/** Validates a submission and builds what the intake stores; refuses with every problem. */
function prepare(submission: CommentSubmission, now: Date, extra: { emailVerified: boolean; enteredBy: string | null; clientRef: string | null; publish: boolean; consultationId: string; submittedAt?: string }): PreparedComment {
  const verdict = validateComment(submission, now);
  if (verdict.verdict === 'refuse') throw refusal(verdict.problems);
  const c = verdict.comment;
  const moderation: ModerationState = verdict.verdict === 'spam' ? { state: 'spam' } : extra.publish ? { state: 'published' } : { state: 'new' };
  return {
    consultationId: extra.consultationId, target: c.target, stance: c.stance, text: c.text, reason: c.reason, respondentType: c.respondentType,
    localityId: c.localityId, organisation: c.organisation, channel: c.channel, submittedAt: extra.submittedAt ?? now.toISOString(), contact: c.contact,
    emailVerified: extra.emailVerified, moderation, spamSignal: verdict.verdict === 'spam' ? verdict.signal : null, enteredBy: extra.enteredBy, clientRef: extra.clientRef,
  };
}

function receipt(result: IntakeResult): CommentReceipt {
  return { id: result.comment.id, receivedAt: result.comment.submittedAt, verified: result.comment.emailVerified, repeated: result.repeated };
}

/**
 * A comment from the public page. Refused with `comment_refused` (the rules), `consultation_closed`
 * (the window, to the second), `invalid_input` (an unknown target or locality). A bot's comment is
 * accepted as spam: it learns nothing.
 */
export async function submitPublicComment(deps: ServiceDeps, input: z.input<typeof PublicCommentInput>): Promise<CommentReceipt> {
  const args = parseInput(PublicCommentInput, input);
  const now = deps.clock();
  const consultation = await cachedBySlug(deps.db, args.slug);
  assertOpen(consultation, now);
  const draft = await loadDraft(deps.db, consultation.documentId);
  const target = resolveTarget(draft, args.target);
  const localityId = await checkLocality(deps, consultation, args.localityId);
  const email = consultation.verification === 'email' ? await verifiedEmail(deps, consultation, args.verificationToken) : (args.email ?? null);
  const submission: CommentSubmission = {
    target, stance: args.stance, text: args.text, reason: args.reason ?? null, respondentType: args.respondentType, localityId,
    organisation: args.organisation ?? null, contact: { name: args.name ?? null, email, phone: null }, channel: 'online',
    honeypot: args.website ?? null, formIssuedAt: formIssuedAt(consultation.id, args.formToken),
  };
  const prepared = prepare(submission, now, {
    consultationId: consultation.id, emailVerified: consultation.verification === 'email', enteredBy: null, clientRef: args.clientRef ?? null, publish: false,
  });
  const ctx: WriteContext = { actorId: null, at: now };
  let release: (() => void) | null = null;
  if (email !== null) {
    try {
      release = takeAddressSlot(deps.db, consultation.id, email, now, deps.config.commentsPerAddressPerHour);
    } catch (error) {
      // At the limit, a retry of a comment already stored still gets its receipt.
      const stored = args.clientRef === undefined ? null : await findCommentByClientRef(deps.db, consultation.id, args.clientRef);
      if (stored === null) throw error;
      return receipt({ comment: stored, repeated: true, mergedGroupIds: [] });
    }
  }
  try {
    const result = await takeComment(deps.db, consultation, prepared, ctx, { audit: false });
    // A retry of a stored comment is not another comment.
    if (result.repeated) release?.();
    return receipt(result);
  } catch (error) {
    release?.();
    throw error;
  }
}

/** What an offline comment or an imported row carries, before the rules. */
export interface OfflineFields {
  target: CommentSubmission['target'];
  stance: CommentSubmission['stance'];
  text: string;
  reason: string | null;
  respondentType: CommentSubmission['respondentType'];
  localityId: string | null;
  organisation: string | null;
  contact: CommentSubmission['contact'];
  channel: Exclude<Channel, 'online'>;
  submittedOn: string | null;
}

/** Stores an offline comment already resolved against the draft (entry and import share it). */
export async function storeOfflineComment(deps: ServiceDeps, actor: Actor, consultation: Consultation, fields: OfflineFields): Promise<IntakeResult> {
  const now = deps.clock();
  const { submittedOn, ...submission } = fields;
  const prepared = prepare(submission, now, {
    consultationId: consultation.id, emailVerified: false, enteredBy: actorUserId(actor), clientRef: null, publish: true,
    ...(submittedOn === null ? {} : { submittedAt: vietnamInstant(submittedOn, '12:00') }),
  });
  return takeComment(deps.db, consultation, prepared, writeContext(deps, actor), { audit: true });
}

/** A comment from a meeting or a paper form, entered by a unit or the secretariat (consultation.enter); published at once. */
export async function enterOfflineComment(deps: ServiceDeps, actor: Actor, input: z.input<typeof OfflineCommentInput>): Promise<IntakeResult> {
  const args = parseInput(OfflineCommentInput, input);
  const { consultation, scope } = await loadConsultation(deps.db, args.consultationId);
  assertCan(actor, 'consultation.enter', scope);
  const draft: Draft = await loadDraft(deps.db, consultation.documentId);
  return storeOfflineComment(deps, actor, consultation, {
    target: resolveTarget(draft, args.target), stance: args.stance, text: args.text, reason: args.reason ?? null, respondentType: args.respondentType,
    localityId: await checkLocality(deps, consultation, args.localityId), organisation: args.organisation ?? null,
    contact: { name: args.name ?? null, email: args.email ?? null, phone: args.phone ?? null }, channel: args.channel, submittedOn: args.submittedOn ?? null,
  });
}
