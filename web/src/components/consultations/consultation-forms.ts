/**
 * The consultation forms' rules, pure: what each form holds, what it still lacks (checks that
 * mirror the server's, so the user hears of them before sending) and the request body it sends.
 * Forms: opening a consultation (draft document, title, Vietnam dates and times, verification),
 * a comment entered from a meeting or a paper form, and a tally of opinions by stance.
 */
import { vietnamInstant } from '../../../../src/domain/consultation/consultation-window.ts';
import type { RespondentType, Stance } from '../../../../src/domain/consultation/types.ts';
import type { AddTally, OfflineChannel, OfflineComment, OpenConsultation } from '../../api/consultations.ts';
import { targetOf } from './consultation-model.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/u;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

/** The "Mở lấy ý kiến" form. Dates are ISO days ("2026-12-01"), times "HH:MM", both Vietnam time. */
export interface OpenValues {
  documentId: string | null;
  title: string;
  slug: string;
  opensOn: string | null;
  openTime: string;
  closesOn: string | null;
  closeTime: string;
  verification: 'none' | 'email';
}

export type OpenProblem = 'documentRequired' | 'opensRequired' | 'closesRequired' | 'timeInvalid' | 'closesBeforeOpening' | 'closesInPast' | 'slugInvalid';

/** The form as it opens: office hours, no verification. */
export const EMPTY_OPEN: OpenValues = {
  documentId: null, title: '', slug: '', opensOn: null, openTime: '08:00', closesOn: null, closeTime: '17:00', verification: 'none',
};

/** What keeps the consultation from being opened at `now`. */
export function openProblems(values: OpenValues, now: Date): OpenProblem[] {
  const problems: OpenProblem[] = [];
  if (values.documentId === null) problems.push('documentRequired');
  if (values.opensOn === null) problems.push('opensRequired');
  if (values.closesOn === null) problems.push('closesRequired');
  if (!TIME.test(values.openTime) || !TIME.test(values.closeTime)) problems.push('timeInvalid');
  if (values.slug.trim() !== '' && !SLUG.test(values.slug.trim())) problems.push('slugInvalid');
  if (values.opensOn !== null && values.closesOn !== null && !problems.includes('timeInvalid')) {
    const opens = Date.parse(vietnamInstant(values.opensOn, values.openTime));
    const closes = Date.parse(vietnamInstant(values.closesOn, values.closeTime));
    if (closes <= opens) problems.push('closesBeforeOpening');
    else if (closes <= now.getTime()) problems.push('closesInPast');
  }
  return problems;
}

/** The POST /api/consultations body, or null while the form has problems. */
export function openBody(values: OpenValues, now: Date): OpenConsultation | null {
  if (openProblems(values, now).length > 0 || values.documentId === null || values.opensOn === null || values.closesOn === null) return null;
  return {
    documentId: values.documentId,
    ...(values.title.trim() === '' ? {} : { title: values.title.trim() }),
    ...(values.slug.trim() === '' ? {} : { slug: values.slug.trim() }),
    opensOn: values.opensOn,
    openTime: values.openTime,
    closesOn: values.closesOn,
    closeTime: values.closeTime,
    verification: values.verification,
  };
}

/** A comment from a meeting or a paper form, as typed. */
export interface OfflineValues {
  channel: Exclude<OfflineChannel, 'import'>;
  target: string;
  stance: Stance | null;
  text: string;
  reason: string;
  respondentType: RespondentType | null;
  localityId: string | null;
  organisation: string;
  name: string;
  email: string;
  phone: string;
  /** The day it was said or written (ISO); null: today, as the server records it. */
  submittedOn: string | null;
}

export type OfflineProblem = 'stanceRequired' | 'respondentTypeRequired' | 'reasonRequired' | 'textRequired' | 'targetInvalid';

export const EMPTY_OFFLINE: OfflineValues = {
  channel: 'meeting', target: 'draft', stance: null, text: '', reason: '', respondentType: null, localityId: null,
  organisation: '', name: '', email: '', phone: '', submittedOn: null,
};

/**
 * What the comment still lacks, as the domain's comment rules say: a disagreement needs its
 * reason, a partial agreement its text; agreement may come without text.
 */
export function offlineProblems(values: OfflineValues): OfflineProblem[] {
  const problems: OfflineProblem[] = [];
  if (values.stance === null) problems.push('stanceRequired');
  if (values.respondentType === null) problems.push('respondentTypeRequired');
  if (values.stance === 'disagree' && values.reason.trim() === '') problems.push('reasonRequired');
  if (values.stance === 'partly' && values.text.trim() === '') problems.push('textRequired');
  if (targetOf(values.target) === null) problems.push('targetInvalid');
  return problems;
}

const optional = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The POST …/comments body, or null while the comment has problems. Only a disagreement sends its reason. */
export function offlineBody(values: OfflineValues): OfflineComment | null {
  const target = targetOf(values.target);
  if (offlineProblems(values).length > 0 || target === null || values.stance === null || values.respondentType === null) return null;
  return {
    channel: values.channel,
    target,
    stance: values.stance,
    text: values.text.trim(),
    reason: values.stance === 'disagree' ? values.reason.trim() : null,
    respondentType: values.respondentType,
    localityId: values.localityId,
    organisation: optional(values.organisation),
    name: optional(values.name),
    email: optional(values.email),
    phone: optional(values.phone),
    ...(values.submittedOn === null ? {} : { submittedOn: values.submittedOn }),
  };
}

/** Counts a tally can hold, by stance ("unspecified": opinions without a stated stance). */
export const TALLY_STANCES = ['agree', 'disagree', 'partly', 'unspecified'] as const;
export type TallyStance = (typeof TALLY_STANCES)[number];

/** A tally as typed: counts as text, so a half-typed number is kept. */
export interface TallyValues {
  localityId: string | null;
  channel: OfflineChannel;
  scope: 'own' | 'area';
  counts: Record<TallyStance, string>;
  note: string;
}

export type TallyProblem = 'localityRequired' | 'countInvalid' | 'countsEmpty';

export const EMPTY_TALLY: TallyValues = {
  localityId: null, channel: 'meeting', scope: 'own', counts: { agree: '', disagree: '', partly: '', unspecified: '' }, note: '',
};

/** A typed count: a whole number written with or without thousands dots ("1.200"); null when empty; NaN when not a count. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/u.test(trimmed)) return Number.NaN;
  const value = Number(trimmed.replace(/\./gu, ''));
  return value <= 10_000_000 ? value : Number.NaN;
}

/** What the tally still lacks: a locality and at least one count, every count a whole number. */
export function tallyProblems(values: TallyValues): TallyProblem[] {
  const problems: TallyProblem[] = [];
  if (values.localityId === null) problems.push('localityRequired');
  const counts = TALLY_STANCES.map((stance) => parseCount(values.counts[stance]));
  if (counts.some((count) => count !== null && Number.isNaN(count))) problems.push('countInvalid');
  else if (counts.every((count) => count === null)) problems.push('countsEmpty');
  return problems;
}

/** The POST …/tallies body, or null while the tally has problems. */
export function tallyBody(values: TallyValues): AddTally | null {
  if (tallyProblems(values).length > 0 || values.localityId === null) return null;
  const counts: Partial<Record<TallyStance, number>> = {};
  for (const stance of TALLY_STANCES) {
    const count = parseCount(values.counts[stance]);
    if (count !== null) counts[stance] = count;
  }
  return { localityId: values.localityId, channel: values.channel, scope: values.scope, ...counts, note: optional(values.note) };
}
