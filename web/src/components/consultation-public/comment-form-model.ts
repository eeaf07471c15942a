/**
 * The public comment form's rules, pure so they are tested without a browser: what the form
 * holds, which fields show for a stance and a respondent type, the instant checks (the
 * domain's own `validateComment`, the rules the server applies, run on the typed values so a
 * problem shows before sending — the server still decides), character counters, the request
 * body, the fields a refusal names, and the `clientRef` that makes a retry after a network
 * failure store the comment once.
 */
import { DEFAULT_COMMENT_LIMITS, validateComment } from '../../../../src/domain/consultation/comment-rules.ts';
import type { CommentProblem } from '../../../../src/domain/consultation/comment-rules.ts';
import type { RespondentType, Stance } from '../../../../src/domain/consultation/types.ts';
import type { CommentLimits, CommentTargetRef, PublicComment } from '../../api/public-consultation.ts';
import { chosenLocality } from './draft-model.ts';

/** What a comment says: kept per target, so switching targets loses nothing typed. */
export interface CommentDraft {
  stance: Stance | null;
  text: string;
  /** Kept while another stance is chosen; sent only with Không tán thành. */
  reason: string;
}

/** Who comments: shared by every target's form. */
export interface PersonDraft {
  respondentType: RespondentType | null;
  provinceId: string;
  communeId: string;
  /** Sent only for a business or an organisation. */
  organisation: string;
  name: string;
  email: string;
  /** The honeypot: people never see it, so it stays empty. */
  website: string;
}

export const emptyDraft = (): CommentDraft => ({ stance: null, text: '', reason: '' });
export const emptyPerson = (): PersonDraft => ({ respondentType: null, provinceId: '', communeId: '', organisation: '', name: '', email: '', website: '' });

/** The form's fields, as the problems and the server's `details.fields` name them. */
export const FORM_FIELDS = ['stance', 'text', 'reason', 'respondentType', 'localityId', 'organisation', 'name', 'email'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** A field left unchosen, or one of the domain's rules broken. */
export type FieldProblem = { kind: 'choose' } | { kind: 'rule'; problem: CommentProblem };
export type FormProblems = Partial<Record<FormField, FieldProblem>>;

/** The reason field shows (and is required) only for Không tán thành. */
export const reasonShown = (stance: Stance | null): boolean => stance === 'disagree';
/** The comment text is required only for Đồng ý một phần. */
export const textRequired = (stance: Stance | null): boolean => stance === 'partly';
/** The organisation field shows for a business or an organisation. */
export const organisationShown = (type: RespondentType | null): boolean => type === 'business' || type === 'organisation';

/** The server's limits plus the domain's for what the public form does not ask (the phone). */
function allLimits(limits: CommentLimits) {
  return { ...DEFAULT_COMMENT_LIMITS, ...limits };
}

/**
 * The problems of the typed values, by field: unchosen stance and respondent type, then the
 * domain's rules (reason and text by stance, sizes, plain text, e-mail form). `verifiedEmail`
 * is the address proved by a code, sent instead of the typed one.
 */
export function formProblems(draft: CommentDraft, person: PersonDraft, limits: CommentLimits, verifiedEmail: string | null = null): FormProblems {
  const problems: FormProblems = {};
  if (draft.stance === null) problems.stance = { kind: 'choose' };
  if (person.respondentType === null) problems.respondentType = { kind: 'choose' };
  const stance = draft.stance ?? 'agree';
  const verdict = validateComment({
    target: { kind: 'draft' },
    stance,
    text: draft.text,
    reason: reasonShown(stance) ? draft.reason : null,
    respondentType: person.respondentType ?? 'other',
    localityId: null,
    organisation: organisationShown(person.respondentType) ? person.organisation : null,
    contact: { name: person.name, email: verifiedEmail ?? person.email, phone: null },
    // The channel's bot checks only decide spam, never a refusal: they do not matter here.
    channel: 'online',
  }, new Date(0), allLimits(limits));
  if (verdict.verdict !== 'refuse') return problems;
  for (const problem of verdict.problems) {
    const field = problem.details.field;
    if (field === 'phone' || problems[field] !== undefined) continue;
    problems[field] = { kind: 'rule', problem };
  }
  return problems;
}

/** The domain's problem with an e-mail address typed for the code step, or null. */
export function emailProblem(email: string, limits: CommentLimits): CommentProblem | null {
  const problems = formProblems({ stance: 'agree', text: '', reason: '' }, { ...emptyPerson(), respondentType: 'other', email }, limits);
  const problem = problems.email;
  return problem?.kind === 'rule' ? problem.problem : null;
}

/** Characters as the server counts them (code points after NFC), against the field's limit. */
export function counter(value: string, limit: number): { count: number; limit: number; over: boolean } {
  const count = [...value.normalize('NFC')].length;
  return { count, limit, over: count > limit };
}

/** The tokens and key of one sending attempt. */
export interface SendContext {
  formToken: string;
  verificationToken: string | null;
  /** The address proved by a code: it replaces the typed one. */
  verifiedEmail: string | null;
  clientRef: string;
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

/** The request body of a comment on `target` (the fields a stance or type hides are not sent). */
export function commentBody(target: CommentTargetRef, draft: CommentDraft, person: PersonDraft, context: SendContext): PublicComment {
  if (draft.stance === null || person.respondentType === null) throw new Error('commentBody needs a stance and a respondent type');
  return {
    target,
    stance: draft.stance,
    text: draft.text,
    reason: reasonShown(draft.stance) ? orNull(draft.reason) : null,
    respondentType: person.respondentType,
    localityId: chosenLocality(person.provinceId, person.communeId),
    organisation: organisationShown(person.respondentType) ? orNull(person.organisation) : null,
    name: orNull(person.name),
    email: context.verifiedEmail ?? orNull(person.email),
    website: person.website,
    formToken: context.formToken,
    verificationToken: context.verificationToken,
    clientRef: context.clientRef,
  };
}

/** What a comment says and who says it, without the attempt's tokens: the same text means the same comment. */
export function attemptFingerprint(target: CommentTargetRef, draft: CommentDraft, person: PersonDraft, verifiedEmail: string | null): string {
  const body = commentBody(target, draft, person, { formToken: '', verificationToken: null, verifiedEmail, clientRef: '' });
  return JSON.stringify({ ...body, formToken: undefined, verificationToken: undefined, clientRef: undefined });
}

/** A sending attempt that may have reached the server: its key and what it sent. */
export interface PendingAttempt {
  clientRef: string;
  fingerprint: string;
}

/** A clientRef from a random UUID: 32 hex digits, no dashes. */
export function clientRefFrom(uuid: string): string {
  return uuid.replace(/-/g, '');
}

/** A clientRef from random bytes (where `crypto.randomUUID` is missing: pages served over plain HTTP): their hex digits. */
export function clientRefFromBytes(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The clientRef of a new attempt: the pending attempt's when the same comment is sent again
 * (the server then keeps one copy), a new one otherwise.
 */
export function attemptClientRef(pending: PendingAttempt | null, fingerprint: string, newRef: () => string): string {
  return pending !== null && pending.fingerprint === fingerprint ? pending.clientRef : newRef();
}

/** Whether a failed send may have been stored anyway (no answer, or a server failure): a retry must reuse its clientRef. */
export function mayHaveArrived(status: number): boolean {
  return status === 0 || status >= 500;
}

/** The names a refusal gives: `details.fields` ("reason,text") of a refused comment, `details.path` ("body.text", "localityId") of invalid input. */
function namedInRefusal(details: Readonly<Record<string, string | number>>): string[] {
  const names: string[] = [];
  if (typeof details.fields === 'string') names.push(...details.fields.split(','));
  if (typeof details.path === 'string') names.push(details.path);
  return names.map((name) => name.trim().replace(/^body\./, '')).map((name) => (name === 'contact.email' ? 'email' : name));
}

/** The form fields a refusal names; unknown names are left out. */
export function refusedFields(details: Readonly<Record<string, string | number>>): FormField[] {
  const known = new Set<string>(FORM_FIELDS);
  return [...new Set(namedInRefusal(details))].filter((name): name is FormField => known.has(name));
}

/**
 * Whether a refusal is about the e-mail verification, so the code step starts again: it names
 * the token, or — when the address was verified, so the form shows no e-mail field to fix —
 * the e-mail (the server's word for a missing, wrong or expired verification).
 */
export function verificationRefused(details: Readonly<Record<string, string | number>>, verified: boolean): boolean {
  const names = namedInRefusal(details);
  return names.includes('verificationToken') || (verified && names.includes('email'));
}

/** Six digits typed or pasted, with anything else dropped ("123 456" → "123456"). */
export function cleanCode(typed: string): string {
  return typed.replace(/\D/g, '').slice(0, 6);
}
