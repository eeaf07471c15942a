/**
 * The rules a comment must meet before it is stored, pure: the services check the
 * consultation is open (consultation-window.ts) and then call `validateComment`.
 *
 * - Stance: Không tán thành needs a reason, and only it has one; Đồng ý một phần needs the
 *   comment text; Tán thành may come without text.
 * - Size: each field has a limit in characters (`DEFAULT_COMMENT_LIMITS`).
 * - Content: plain text only (text-safety.ts): binary, control characters, script and HTML
 *   tags are refused with a message naming what was found.
 * - Bots (online channel only): a filled honeypot field, a form sent sooner than
 *   `minFillSeconds` after the server issued it, or without the form's time, make the comment
 *   spam. Spam is not refused (the bot learns nothing): the service stores it in the spam
 *   state, where a moderator can still publish a person who was only quick.
 *
 * Fields are cleaned first: Unicode NFC, line breaks as "\n", surrounding spaces trimmed,
 * empty optional fields as null. That the target and the locality exist is the services'
 * check: they hold the outline and the locality list.
 */
import type { IsoTimestamp } from '../entities.ts';
import { COMMENT_PROBLEM_TEXT } from '../vocabulary/index.ts';
import type { CommentField, ProblemDetails } from '../vocabulary/index.ts';
import { findUnsafeText } from './text-safety.ts';
import type { Channel, CommentContact, CommentTarget, RespondentType, Stance } from './types.ts';

/** A comment as the form (or a unit entering a meeting's comments) sends it. */
export interface CommentSubmission {
  target: CommentTarget;
  stance: Stance;
  text: string;
  reason: string | null;
  respondentType: RespondentType;
  localityId: string | null;
  organisation: string | null;
  contact: CommentContact;
  channel: Channel;
  /** The public form's hidden field: people leave it empty, simple bots fill it in. */
  honeypot?: string | null;
  /** When the server issued the form this comment was written in (online only). */
  formIssuedAt?: IsoTimestamp | null;
}

/** A submission cleaned and checked, without the anti-bot fields. */
export type CleanComment = Omit<CommentSubmission, 'honeypot' | 'formIssuedAt'>;

/** Limits in characters (code points), and the shortest time a person takes to fill the form. */
export interface CommentLimits {
  text: number;
  reason: number;
  name: number;
  organisation: number;
  email: number;
  phone: number;
  minFillSeconds: number;
}

export const DEFAULT_COMMENT_LIMITS: CommentLimits = { text: 5000, reason: 2000, name: 200, organisation: 300, email: 254, phone: 30, minFillSeconds: 3 };

export type CommentProblemCode = keyof typeof COMMENT_PROBLEM_TEXT;

export interface CommentProblem {
  code: CommentProblemCode;
  details: ProblemDetails;
}

/** Why an online comment is taken for a bot's. */
export type SpamSignal = 'honeypot' | 'too_fast' | 'no_form_time';

export type CommentVerdict =
  | { verdict: 'accept'; comment: CleanComment }
  | { verdict: 'spam'; comment: CleanComment; signal: SpamSignal }
  | { verdict: 'refuse'; problems: CommentProblem[] };

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/u;

/**
 * Checks and cleans a submission at `now` (the server's clock). Content problems refuse the
 * comment, all of them listed; otherwise bot signals make it spam; otherwise it is accepted.
 */
export function validateComment(submission: CommentSubmission, now: Date, limits: CommentLimits = DEFAULT_COMMENT_LIMITS): CommentVerdict {
  const comment = cleanSubmission(submission);
  const problems = [...stanceProblems(comment), ...contentProblems(comment, limits)];
  if (problems.length > 0) return { verdict: 'refuse', problems };
  const signal = submission.channel === 'online' ? spamSignal(submission, now, limits) : null;
  return signal === null ? { verdict: 'accept', comment } : { verdict: 'spam', comment, signal };
}

/** The refusal message of a problem in the commenter's language. */
export function commentProblemMessage(problem: CommentProblem, lang: 'vi' | 'en'): string {
  return COMMENT_PROBLEM_TEXT[problem.code](problem.details)[lang];
}

function stanceProblems(comment: CleanComment): CommentProblem[] {
  const problems: CommentProblem[] = [];
  if (comment.stance === 'disagree' && comment.reason === null) problems.push({ code: 'reason_required', details: { field: 'reason' } });
  if (comment.stance !== 'disagree' && comment.reason !== null) problems.push({ code: 'reason_not_allowed', details: { field: 'reason' } });
  if (comment.stance === 'partly' && comment.text === '') problems.push({ code: 'text_required', details: { field: 'text' } });
  return problems;
}

function contentProblems(comment: CleanComment, limits: CommentLimits): CommentProblem[] {
  const fields: [CommentField, string | null][] = [
    ['text', comment.text],
    ['reason', comment.reason],
    ['name', comment.contact.name],
    ['organisation', comment.organisation],
    ['email', comment.contact.email],
    ['phone', comment.contact.phone],
  ];
  const problems: CommentProblem[] = [];
  for (const [field, value] of fields) {
    if (value === null || value === '') continue;
    const length = [...value].length;
    if (length > limits[field]) {
      problems.push({ code: 'too_long', details: { field, limit: limits[field], length } });
      continue;
    }
    const unsafe = findUnsafeText(value);
    if (unsafe !== null) problems.push({ code: unsafe.problem, details: { field, found: unsafe.found } });
  }
  const email = comment.contact.email;
  if (email !== null && [...email].length <= limits.email && !EMAIL.test(email)) problems.push({ code: 'invalid_email', details: { field: 'email' } });
  return problems;
}

function spamSignal(submission: CommentSubmission, now: Date, limits: CommentLimits): SpamSignal | null {
  if ((submission.honeypot ?? '').trim() !== '') return 'honeypot';
  if (submission.formIssuedAt === undefined || submission.formIssuedAt === null) return 'no_form_time';
  const issued = Date.parse(submission.formIssuedAt);
  if (Number.isNaN(issued)) return 'no_form_time';
  return now.getTime() - issued < limits.minFillSeconds * 1000 ? 'too_fast' : null;
}

function cleanSubmission(submission: CommentSubmission): CleanComment {
  return {
    target: submission.target,
    stance: submission.stance,
    text: cleanText(submission.text) ?? '',
    reason: cleanText(submission.reason),
    respondentType: submission.respondentType,
    localityId: submission.localityId,
    organisation: cleanText(submission.organisation),
    contact: { name: cleanText(submission.contact.name), email: cleanText(submission.contact.email), phone: cleanText(submission.contact.phone) },
    channel: submission.channel,
  };
}

/** NFC, "\r\n" and "\r" as "\n", trimmed; null when nothing is left. */
export function cleanText(value: string | null): string | null {
  if (value === null) return null;
  const clean = value.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  return clean === '' ? null : clean;
}
