/**
 * Public consultation on a draft ("lấy ý kiến vào dự thảo"), as plain data: what a comment
 * says and about what, who gave it through which channel, what only moderators may see, where
 * it stands in moderation and what the drafting team did with it. The Vietnamese words are in
 * src/domain/vocabulary/consultation.ts; the code lists (`STANCES`, ...) feed the services'
 * zod schemas (`z.enum(STANCES)`), so a code is written once.
 */
import type { IsoTimestamp } from '../entities.ts';

/** Tán thành / Không tán thành / Đồng ý một phần. */
export const STANCES = ['agree', 'disagree', 'partly'] as const;
export type Stance = (typeof STANCES)[number];

/** Who comments: cán bộ, đảng viên; người dân; doanh nghiệp; tổ chức; khác. */
export const RESPONDENT_TYPES = ['party_member', 'citizen', 'business', 'organisation', 'other'] as const;
export type RespondentType = (typeof RESPONDENT_TYPES)[number];

/**
 * How a comment arrived: the public page, a meeting (hội nghị, tọa đàm), a paper form or
 * letter, or a file import (XLSX/CSV of comments gathered elsewhere).
 */
export const CHANNELS = ['online', 'meeting', 'paper', 'import'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * What a comment is about: the whole draft, one section of its outline, or one indicator
 * (target) of its list. `path` is the section's heading labels from the top ("Phần thứ nhất",
 * "I", "2") for people; `sectionId` is the stable key the services give the outline's node.
 */
export type CommentTarget =
  | { kind: 'draft' }
  | { kind: 'section'; sectionId: string; path: readonly string[] }
  | { kind: 'indicator'; indicatorId: string };

/** A one-string key of a target (or anything naming one: a report's unit) for grouping and maps: "draft", "section:ID", "indicator:ID". */
export function targetKey(target: { kind: 'draft' } | { kind: 'section'; sectionId: string } | { kind: 'indicator'; indicatorId: string }): string {
  switch (target.kind) {
    case 'draft':
      return 'draft';
    case 'section':
      return `section:${target.sectionId}`;
    case 'indicator':
      return `indicator:${target.indicatorId}`;
  }
}

/**
 * The commenter's personal data: for the secretariat only (verification, follow-up), never
 * shown on a public page or in a public export.
 */
export interface CommentContact {
  name: string | null;
  email: string | null;
  phone: string | null;
}

/** Why a moderator hid a comment. */
export const HIDDEN_REASONS = ['offensive', 'personal_data', 'off_topic', 'advertising', 'other'] as const;
export type HiddenReason = (typeof HIDDEN_REASONS)[number];

/** Moderation: new (in the queue), published, hidden with a reason, or spam. */
export const MODERATION_STATES = ['new', 'published', 'hidden', 'spam'] as const;
export type ModerationStateCode = (typeof MODERATION_STATES)[number];
export type ModerationState =
  | { state: 'new' }
  | { state: 'published' }
  | { state: 'hidden'; reason: HiddenReason; note: string | null }
  | { state: 'spam' };

/** Tiếp thu (taken in), giải trình (explained), không tiếp thu (not taken in). */
export const DISPOSITION_KINDS = ['accepted', 'explained', 'not_accepted'] as const;
export type DispositionKind = (typeof DISPOSITION_KINDS)[number];

/** What a disposition answers: one comment, or a cluster of similar ones (a main point). */
export type DispositionSubject = { kind: 'comment'; commentId: string } | { kind: 'cluster'; clusterId: string };

/**
 * The drafting team's answer to a comment or a cluster: the kind, a note (the explanation),
 * and the section of the next version that it changed, when it changed one.
 */
export interface Disposition {
  subject: DispositionSubject;
  kind: DispositionKind;
  note: string;
  /** A section id of the next document version; only for `accepted`. */
  changedSectionId: string | null;
}

/** What anyone may see of a comment (the public page, public exports). */
export interface PublicComment {
  id: string;
  consultationId: string;
  target: CommentTarget;
  stance: Stance;
  /** The comment itself ("ý kiến góp ý"); may be empty for a plain Tán thành. */
  text: string;
  /** Why the commenter disagrees: required for, and only for, Không tán thành. */
  reason: string | null;
  respondentType: RespondentType;
  /** The commenter's locality (province or commune id), or null when not given. */
  localityId: string | null;
  /** The body a business or an organisation comments for, as it gave it. */
  organisation: string | null;
  channel: Channel;
  submittedAt: IsoTimestamp;
  /** The duplicate group (its earliest comment's id), when the comment belongs to one. */
  duplicateGroupId: string | null;
}

/** A comment as the secretariat keeps it: the public part, the contact, moderation and disposition. */
export interface ConsultationComment extends PublicComment {
  contact: CommentContact;
  moderation: ModerationState;
  disposition: Disposition | null;
}

/** Only the public fields, built field by field so that a field added later stays private until listed here. */
export function publicComment(comment: ConsultationComment): PublicComment {
  return {
    id: comment.id,
    consultationId: comment.consultationId,
    target: comment.target,
    stance: comment.stance,
    text: comment.text,
    reason: comment.reason,
    respondentType: comment.respondentType,
    localityId: comment.localityId,
    organisation: comment.organisation,
    channel: comment.channel,
    submittedAt: comment.submittedAt,
    duplicateGroupId: comment.duplicateGroupId,
  };
}

/** Only published comments appear publicly. */
export function isPubliclyVisible(moderation: ModerationState): boolean {
  return moderation.state === 'published';
}

/**
 * When a consultation takes comments: from `opensAt` (inclusive) to `closesAt` (exclusive),
 * unless the secretariat closed it early at `closedAt`. Instants are UTC; Vietnam's clock
 * is applied when they are entered and shown (consultation-window.ts).
 */
export interface ConsultationSchedule {
  opensAt: IsoTimestamp;
  closesAt: IsoTimestamp;
  closedAt: IsoTimestamp | null;
}
