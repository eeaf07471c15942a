/**
 * A consultation comment and its row: the target in three columns, the contact in three, the
 * moderation state flattened, e-mail verification as 0/1, and the duplicate finder's record
 * (fingerprint bytes as base64 text, the same on both engines).
 */
import type { Insertable, Selectable } from 'kysely';
import type { StoredComment } from '../domain/consultation/consultation.ts';
import type { DuplicateRecord } from '../domain/consultation/duplicate-index.ts';
import type { CommentTarget, ModerationState } from '../domain/consultation/types.ts';
import type { ConsultationCommentsTable } from './consultation-tables.ts';
import { fromJson } from './json-column.ts';

/** A comment to insert: stored as given, with version 1 and no reports, and its duplicate record. */
export type NewStoredComment = Omit<StoredComment, 'version' | 'reportCount'> & { duplicateRecord: DuplicateRecord };

/** The fingerprint bytes as base64 text (null stays null). */
export function encodeFingerprint(bytes: Uint8Array | null): string | null {
  return bytes === null ? null : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** The fingerprint bytes back from base64 text, as a plain Uint8Array (not a pooled Buffer). */
export function decodeFingerprint(text: string | null): Uint8Array | null {
  return text === null ? null : new Uint8Array(Buffer.from(text, 'base64'));
}

function targetColumns(target: CommentTarget): Pick<ConsultationCommentsTable, 'target_kind' | 'target_id' | 'target_path_json'> {
  switch (target.kind) {
    case 'draft':
      return { target_kind: 'draft', target_id: null, target_path_json: null };
    case 'section':
      return { target_kind: 'section', target_id: target.sectionId, target_path_json: JSON.stringify(target.path) };
    case 'indicator':
      return { target_kind: 'indicator', target_id: target.indicatorId, target_path_json: null };
  }
}

function targetOf(row: Pick<ConsultationCommentsTable, 'target_kind' | 'target_id' | 'target_path_json'>): CommentTarget {
  // The CHECKs of 0010 keep target_id non-null for sections and indicators.
  const id = row.target_id ?? '';
  switch (row.target_kind) {
    case 'draft':
      return { kind: 'draft' };
    case 'section':
      return { kind: 'section', sectionId: id, path: fromJson<string[]>(row.target_path_json) ?? [] };
    case 'indicator':
      return { kind: 'indicator', indicatorId: id };
  }
}

/** The moderation columns of a state. */
export function moderationColumns(moderation: ModerationState): Pick<ConsultationCommentsTable, 'moderation_state' | 'hidden_reason' | 'hidden_note'> {
  return moderation.state === 'hidden'
    ? { moderation_state: 'hidden', hidden_reason: moderation.reason, hidden_note: moderation.note }
    : { moderation_state: moderation.state, hidden_reason: null, hidden_note: null };
}

function moderationOf(row: Pick<ConsultationCommentsTable, 'moderation_state' | 'hidden_reason' | 'hidden_note'>): ModerationState {
  if (row.moderation_state !== 'hidden') return { state: row.moderation_state };
  // The CHECKs of 0010 keep a reason on every hidden comment.
  return { state: 'hidden', reason: row.hidden_reason ?? 'other', note: row.hidden_note };
}

/** The moderation state as the audit log keeps it: the state, reason and note only. */
export function moderationSnapshot(moderation: ModerationState): { state: string; reason: string | null; note: string | null } {
  const { moderation_state: state, hidden_reason: reason, hidden_note: note } = moderationColumns(moderation);
  return { state, reason, note };
}

/** The row of a new comment (version 1, no reports). */
export function toCommentRow(c: NewStoredComment): Insertable<ConsultationCommentsTable> {
  return {
    id: c.id, consultation_id: c.consultationId, position: c.position, ...targetColumns(c.target), stance: c.stance, text: c.text,
    reason: c.reason, respondent_type: c.respondentType, locality_id: c.localityId, organisation_name: c.organisation,
    channel: c.channel, submitted_at: c.submittedAt, contact_name: c.contact.name, contact_email: c.contact.email,
    contact_phone: c.contact.phone, email_verified: c.emailVerified ? 1 : 0, ...moderationColumns(c.moderation),
    spam_signal: c.spamSignal, report_count: 0, duplicate_group_id: c.duplicateGroupId, duplicate_match: c.duplicateMatch,
    exact_key: c.duplicateRecord.exactKey, syllables: c.duplicateRecord.syllables,
    fingerprint: encodeFingerprint(c.duplicateRecord.fingerprint), entered_by: c.enteredBy, client_ref: c.clientRef, version: 1,
  };
}

/** The stored comment of a row. */
export function toStoredComment(row: Selectable<ConsultationCommentsTable>): StoredComment {
  return {
    id: row.id, consultationId: row.consultation_id, target: targetOf(row), stance: row.stance, text: row.text, reason: row.reason,
    respondentType: row.respondent_type, localityId: row.locality_id, organisation: row.organisation_name, channel: row.channel,
    submittedAt: row.submitted_at, duplicateGroupId: row.duplicate_group_id, position: row.position,
    contact: { name: row.contact_name, email: row.contact_email, phone: row.contact_phone },
    emailVerified: row.email_verified === 1, moderation: moderationOf(row), spamSignal: row.spam_signal,
    reportCount: row.report_count, duplicateMatch: row.duplicate_match, enteredBy: row.entered_by, clientRef: row.client_ref,
    version: row.version,
  };
}

/** The stored comment a new one becomes (what a read returns after the insert). */
export function storedOf(c: NewStoredComment): StoredComment {
  const { duplicateRecord: _record, ...comment } = c;
  return { ...comment, reportCount: 0, version: 1 };
}

/** What the audit log keeps of a comment: everything but the contact (personal data stays out of the log). */
export function auditedComment(c: StoredComment): Omit<StoredComment, 'contact'> {
  const { contact: _contact, ...rest } = c;
  return rest;
}
