/**
 * A consultation: one draft version (an imported document) opened for comment by an
 * organisation, with its public address, schedule, whether commenters must verify an
 * e-mail address first, and the duplicate finder's threshold. When the drafting team imports
 * the next version, `revisedDocumentId` links it, and the section diff compares the two.
 */
import type { IsoTimestamp } from '../entities.ts';
import type { SpamSignal } from './comment-rules.ts';
import type { TallyRecord } from './locality-rollup.ts';
import type { CommentContact, Disposition, ModerationState, PublicComment } from './types.ts';

/** No verification, or a one-time code sent to the commenter's e-mail address. */
export const VERIFICATION_MODES = ['none', 'email'] as const;
export type VerificationMode = (typeof VERIFICATION_MODES)[number];

export interface Consultation {
  id: string;
  organisationId: string;
  /** The draft under consultation (a stored document version). */
  documentId: string;
  /** The next version, once imported; null before. */
  revisedDocumentId: string | null;
  /** The public page's address key: lower-case letters, digits and hyphens ("du-thao-bao-cao-chinh-tri"). */
  slug: string;
  title: string;
  opensAt: IsoTimestamp;
  closesAt: IsoTimestamp;
  /** When the secretariat closed it before `closesAt`; null otherwise. */
  closedAt: IsoTimestamp | null;
  verification: VerificationMode;
  /** The duplicate finder's near-duplicate threshold (0,5-1). */
  duplicateThreshold: number;
  version: number;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

/** A section id within a document version: the heading's line ("s12"); versions never change, so it is stable. */
export function sectionIdOf(line: number): string {
  return `s${line}`;
}

/** The heading line of a section id, or null when it is not one. */
export function sectionLineOf(sectionId: string): number | null {
  const match = /^s(\d+)$/.exec(sectionId);
  return match === null ? null : Number(match[1]);
}

/** A comment as stored: the secretariat's view plus what the store keeps for moderation, duplicates and retries. */
export interface StoredComment extends PublicComment {
  /** Insertion order within the consultation (0, 1, 2, …): the duplicate index is rebuilt in this order. */
  position: number;
  contact: CommentContact;
  /** The commenter proved the e-mail address with a one-time code. */
  emailVerified: boolean;
  moderation: ModerationState;
  /** Why an online comment was filed as spam on arrival; null otherwise. */
  spamSignal: SpamSignal | null;
  /** How many times readers reported it. */
  reportCount: number;
  /** How the duplicate finder placed it on arrival. */
  duplicateMatch: 'none' | 'exact' | 'near';
  /** The user who entered an offline comment or imported it; null for the public. */
  enteredBy: string | null;
  /** A key the client sends so that a retried submission is stored once. */
  clientRef: string | null;
  version: number;
}

/** A tally stored for a consultation (locality-rollup.ts counts it). */
export interface StoredTally extends TallyRecord {
  id: string;
  consultationId: string;
  note: string | null;
  enteredBy: string | null;
  createdAt: IsoTimestamp;
}

/** A disposition as stored: one per subject (comment or cluster) of a consultation. */
export interface StoredDisposition extends Disposition {
  consultationId: string;
  decidedBy: string | null;
  decidedAt: IsoTimestamp;
  version: number;
}

/** A one-time code sent to an e-mail address, and the token it gives once confirmed. Only hashes are kept. */
export interface EmailVerification {
  id: string;
  consultationId: string;
  /** Lower-cased, NFC. */
  email: string;
  codeHash: string;
  expiresAt: IsoTimestamp;
  attempts: number;
  verifiedAt: IsoTimestamp | null;
  tokenHash: string | null;
  createdAt: IsoTimestamp;
}
