/**
 * The database as Kysely sees it: one interface per table, columns in snake_case.
 * Timestamps and dates are ISO text, JSON is text, numbers are `numeric` (see README.md).
 */
import type { Generated } from 'kysely';
import type {
  AuditAction,
  AuditEntity,
  DocumentFormat,
  IndicatorStatus,
  ObservationKind,
  ObservationState,
  OrganisationKind,
  PeriodKind,
  PeriodState,
  Role,
} from '../domain/entities.ts';
import type { NotificationChannel } from '../domain/entities.ts';
import type {
  ConsultationCommentsTable,
  ConsultationDispositionsTable,
  ConsultationsTable,
  ConsultationTalliesTable,
  ConsultationVerificationsTable,
} from './consultation-tables.ts';
import type { TaskKind } from '../domain/plan.ts';
import type { Direction } from '../domain/target.ts';
import type { DocumentKind } from '../domain/vocabulary/index.ts';

export interface OrganisationsTable {
  id: string;
  parent_id: string | null;
  kind: OrganisationKind;
  name: string;
  code: string | null;
  created_at: string;
  updated_at: string;
}

export interface TermsTable {
  id: string;
  organisation_id: string;
  congress: string;
  start_year: number;
  end_year: number;
  created_at: string;
}

export interface DocumentsTable {
  id: string;
  organisation_id: string;
  term_id: string | null;
  title: string | null;
  kind: DocumentKind;
  issuer: string | null;
  number: string | null;
  date: string | null;
  place: string | null;
  term_start_year: number | null;
  term_end_year: number | null;
  original_name: string;
  format: DocumentFormat;
  sha256: string;
  size: number;
  storage_key: string | null;
  /** Cleaned lines joined with "\n". */
  clean_text: string;
  /** JSON [[line, endLine], ...], one pair per cleaned line. */
  line_spans_json: string;
  outline_json: string;
  footnotes_json: string;
  warnings_json: string;
  created_by: string | null;
  created_at: string;
}

export interface IndicatorGroupsTable {
  id: string;
  term_id: string;
  code: string | null;
  name: string;
  position: number;
}

export interface IndicatorsTable {
  id: string;
  term_id: string;
  group_id: string | null;
  parent_id: string | null;
  code: string | null;
  name: string;
  unit: string | null;
  target_text: string | null;
  target_json: string | null;
  direction: Direction;
  baseline_json: string | null;
  lead_unit_id: string | null;
  source_document_id: string | null;
  source_line: number | null;
  previous_indicator_id: string | null;
  status: IndicatorStatus;
  position: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface IndicatorSupportingUnitsTable {
  indicator_id: string;
  unit_id: string;
}

export interface PeriodsTable {
  id: string;
  term_id: string;
  kind: PeriodKind;
  start_year: number;
  end_year: number;
  label: string;
  state: PeriodState;
  due_date: string | null;
  created_at: string;
  updated_at: string;
}

export interface ObservationsTable {
  id: string;
  indicator_id: string;
  period_id: string;
  unit_id: string;
  kind: ObservationKind;
  value: number | null;
  value_text: string | null;
  note: string | null;
  state: ObservationState;
  return_reason: string | null;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
}

export interface EvidenceTable {
  id: string;
  observation_id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  created_by: string | null;
  created_at: string;
}

export interface UsersTable {
  id: string;
  login: string;
  display_name: string;
  email: string | null;
  password_hash: string | null;
  disabled_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RolesTable {
  code: Role;
}

export interface MembershipsTable {
  user_id: string;
  unit_id: string;
  role: Role;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  actor_id: string | null;
  entity: AuditEntity;
  entity_id: string;
  action: AuditAction;
  before_json: string | null;
  after_json: string | null;
}

export interface DataVersionTable {
  id: number;
  version: number;
}

export interface LoginAttemptsTable {
  login: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

export interface PlansTable {
  id: string;
  organisation_id: string;
  term_id: string | null;
  title: string;
  issuing_unit_id: string | null;
  number: string | null;
  date: string | null;
  source_document_id: string | null;
  status: 'draft' | 'published';
  version: number;
  created_at: string;
  updated_at: string;
}

export interface TasksTable {
  id: string;
  plan_id: string;
  parent_id: string | null;
  position: number;
  number: string | null;
  title: string;
  kind: TaskKind;
  lead_unit_id: string | null;
  responsible_user_id: string | null;
  start_date: string | null;
  due_date: string | null;
  /** JSON Recurrence, or null. */
  recurrence_json: string | null;
  product_text: string | null;
  status: 'not_started' | 'in_progress' | 'done' | 'cancelled';
  done_at: string | null;
  cancel_reason: string | null;
  progress_percent: number;
  source_line: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface TaskUnitsTable {
  task_id: string;
  unit_id: string;
}

export interface TaskIndicatorsTable {
  task_id: string;
  indicator_id: string;
}

export interface TaskUpdatesTable {
  id: string;
  task_id: string;
  kind: 'progress' | 'comment';
  percent: number | null;
  text: string;
  unit_id: string | null;
  created_by: string | null;
  created_at: string;
}

export interface TaskEvidenceTable {
  id: string;
  task_id: string;
  update_id: string | null;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  created_by: string | null;
  created_at: string;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: 'due_soon' | 'overdue';
  task_id: string;
  text: string;
  due_date: string;
  days: number;
  day: string;
  channel: NotificationChannel;
  created_at: string;
  sent_at: string | null;
  read_at: string | null;
}

/** Every table, by name. */
export interface Tables {
  organisations: OrganisationsTable;
  terms: TermsTable;
  documents: DocumentsTable;
  indicator_groups: IndicatorGroupsTable;
  indicators: IndicatorsTable;
  indicator_supporting_units: IndicatorSupportingUnitsTable;
  periods: PeriodsTable;
  observations: ObservationsTable;
  evidence: EvidenceTable;
  users: UsersTable;
  roles: RolesTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  login_attempts: LoginAttemptsTable;
  data_version: DataVersionTable;
  plans: PlansTable;
  tasks: TasksTable;
  task_units: TaskUnitsTable;
  task_indicators: TaskIndicatorsTable;
  task_updates: TaskUpdatesTable;
  task_evidence: TaskEvidenceTable;
  notifications: NotificationsTable;
  consultations: ConsultationsTable;
  consultation_comments: ConsultationCommentsTable;
  consultation_tallies: ConsultationTalliesTable;
  consultation_dispositions: ConsultationDispositionsTable;
  consultation_verifications: ConsultationVerificationsTable;
}
