/**
 * The consultation tables as Kysely sees them (migration 0010), apart from tables.ts to keep
 * it short; `Tables` lists them. Columns in snake_case, timestamps ISO text, JSON as text.
 */
import type { Generated } from 'kysely';
import type { VerificationMode } from '../domain/consultation/consultation.ts';
import type { SpamSignal } from '../domain/consultation/comment-rules.ts';
import type {
  Channel,
  DispositionKind,
  HiddenReason,
  ModerationStateCode,
  RespondentType,
  Stance,
} from '../domain/consultation/types.ts';

export interface ConsultationsTable {
  id: string;
  organisation_id: string;
  document_id: string;
  revised_document_id: string | null;
  slug: string;
  title: string;
  opens_at: string;
  closes_at: string;
  closed_at: string | null;
  verification: VerificationMode;
  duplicate_threshold: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ConsultationCommentsTable {
  id: string;
  consultation_id: string;
  position: number;
  target_kind: 'draft' | 'section' | 'indicator';
  /** Null exactly for the whole draft. */
  target_id: string | null;
  /** JSON string[] of the section's heading labels; null unless a section. */
  target_path_json: string | null;
  stance: Stance;
  text: string;
  reason: string | null;
  respondent_type: RespondentType;
  locality_id: string | null;
  organisation_name: string | null;
  channel: Channel;
  submitted_at: string;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  /** 0 or 1. */
  email_verified: number;
  moderation_state: ModerationStateCode;
  hidden_reason: HiddenReason | null;
  hidden_note: string | null;
  spam_signal: SpamSignal | null;
  report_count: Generated<number>;
  duplicate_group_id: string | null;
  duplicate_match: 'none' | 'exact' | 'near';
  exact_key: string | null;
  syllables: number;
  /** Base64 of the fingerprint bytes. */
  fingerprint: string | null;
  entered_by: string | null;
  client_ref: string | null;
  version: number;
}

export interface ConsultationTalliesTable {
  id: string;
  consultation_id: string;
  locality_id: string;
  channel: Channel;
  scope: 'own' | 'area';
  agree: number;
  disagree: number;
  partly: number;
  unspecified: number;
  note: string | null;
  entered_by: string | null;
  created_at: string;
}

export interface ConsultationDispositionsTable {
  consultation_id: string;
  subject_kind: 'comment' | 'cluster';
  subject_id: string;
  kind: DispositionKind;
  note: string;
  changed_section_id: string | null;
  decided_by: string | null;
  decided_at: string;
  version: number;
}

export interface ConsultationVerificationsTable {
  id: string;
  consultation_id: string;
  email: string;
  code_hash: string;
  expires_at: string;
  attempts: number;
  verified_at: string | null;
  token_hash: string | null;
  created_at: string;
}
