/**
 * The records the product keeps: organisations, terms, documents, the indicator framework,
 * periods, observations, accounts and the audit trail. Plain data without behaviour; the
 * store (src/store) reads and writes them, services and the domain compute on them.
 *
 * Timestamps are ISO 8601 UTC strings ("2025-03-01T08:00:00.000Z"), dates are "YYYY-MM-DD":
 * both engines store them as text, they sort correctly as strings and survive JSON.
 */
import type { CleanLine, Footnote, Section } from './document.ts';
import type { Direction, Target } from './target.ts';
import type { DocumentKind } from './vocabulary/index.ts';

/** "2025-03-01T08:00:00.000Z" (always UTC, always with milliseconds). */
export type IsoTimestamp = string;
/** "2025-12-31". */
export type IsoDate = string;

/**
 * A node of the organisation tree. Reporting units ARE organisations: a department or a
 * commune is a child of its province, so memberships and lead units point at this table.
 */
export type OrganisationKind = 'nation' | 'province' | 'party_body' | 'department' | 'commune' | 'other';

export interface Organisation {
  id: string;
  parentId: string | null;
  kind: OrganisationKind;
  name: string;
  /** A short stable code ("LCH", "SO-TC"), unique when given. */
  code: string | null;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

/** A Congress term of one organisation: "XIV", 2020-2025. */
export interface Term {
  id: string;
  organisationId: string;
  congress: string;
  startYear: number;
  endYear: number;
  createdAt: IsoTimestamp;
}

export type DocumentFormat = 'txt' | 'docx' | 'pdf' | 'xlsx';

/** An imported document without its (large) text, outline and footnotes. */
export interface DocumentSummary {
  id: string;
  organisationId: string;
  termId: string | null;
  title: string | null;
  kind: DocumentKind;
  issuer: string | null;
  number: string | null;
  date: IsoDate | null;
  place: string | null;
  /** The term the document itself names, which may differ from the term it is filed under. */
  termStartYear: number | null;
  termEndYear: number | null;
  originalName: string;
  format: DocumentFormat;
  sha256: string;
  size: number;
  /** Where the original file's bytes are kept (file store key); null when not kept. */
  storageKey: string | null;
  createdBy: string | null;
  createdAt: IsoTimestamp;
}

/** An imported document with its cleaned text, outline and footnotes. */
export interface StoredDocument extends DocumentSummary {
  lines: CleanLine[];
  sections: Section[];
  footnotes: Footnote[];
  warnings: string[];
}

/** A heading of the framework: "Các chỉ tiêu về kinh tế". */
export interface IndicatorGroup {
  id: string;
  termId: string;
  code: string | null;
  name: string;
  position: number;
}

export type IndicatorStatus = 'draft' | 'published';

export interface Baseline {
  value: number;
  year: number | null;
  text: string;
}

/** An indicator or, when `parentId` is set, a component indicator of one term. */
export interface Indicator {
  id: string;
  termId: string;
  groupId: string | null;
  parentId: string | null;
  code: string | null;
  name: string;
  unit: string | null;
  /** The target as the document wrote it. */
  targetText: string | null;
  /** Its parsed meaning. */
  target: Target | null;
  direction: Direction;
  baseline: Baseline | null;
  leadUnitId: string | null;
  supportingUnitIds: string[];
  sourceDocumentId: string | null;
  sourceLine: number | null;
  /** The same indicator in the previous term (lineage: forest cover 50% -> 53% -> 54%). */
  previousIndicatorId: string | null;
  status: IndicatorStatus;
  /** Order inside the group or parent. */
  position: number;
  /** Optimistic concurrency: every update increments it. */
  version: number;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

export type PeriodKind = 'year' | 'mid_term' | 'term_end';
export type PeriodState = 'open' | 'closed';

/** A reporting period of a term: a year (start = end), the mid-term 2021-2023, the term end 2021-2025. */
export interface Period {
  id: string;
  termId: string;
  kind: PeriodKind;
  startYear: number;
  endYear: number;
  label: string;
  state: PeriodState;
  dueDate: IsoDate | null;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

export type ObservationKind = 'estimate' | 'official';
export type ObservationState = 'draft' | 'submitted' | 'approved' | 'returned';

/** A figure one unit reports for one indicator and period. */
export interface Observation {
  id: string;
  indicatorId: string;
  periodId: string;
  unitId: string;
  kind: ObservationKind;
  value: number | null;
  /** A result that is not a number ("Hoàn thành"), or the figure as written. */
  valueText: string | null;
  note: string | null;
  state: ObservationState;
  returnReason: string | null;
  version: number;
  createdBy: string | null;
  createdAt: IsoTimestamp;
  updatedBy: string | null;
  updatedAt: IsoTimestamp;
}

/** A file attached to an observation as evidence. The bytes live in the file store. */
export interface Evidence {
  id: string;
  observationId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  storageKey: string;
  createdBy: string | null;
  createdAt: IsoTimestamp;
}

export type Role = 'admin' | 'secretariat' | 'reporter' | 'leader' | 'inspector' | 'public';

export interface User {
  id: string;
  login: string;
  displayName: string;
  email: string | null;
  /** scrypt/argon2 hash; null for accounts that cannot log in with a password. */
  passwordHash: string | null;
  disabledAt: IsoTimestamp | null;
  version: number;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

/** A user holds a role in a unit. */
export interface Membership {
  userId: string;
  unitId: string;
  role: Role;
  createdAt: IsoTimestamp;
}

export interface Session {
  id: string;
  userId: string;
  /** Hash of the cookie token; the token itself is never stored. */
  tokenHash: string;
  createdAt: IsoTimestamp;
  expiresAt: IsoTimestamp;
}

export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  createdAt: IsoTimestamp;
  lastUsedAt: IsoTimestamp | null;
}

export type AuditEntity =
  | 'organisation'
  | 'term'
  | 'document'
  | 'indicator_group'
  | 'indicator'
  | 'period'
  | 'observation'
  | 'evidence'
  | 'user'
  | 'membership'
  | 'api_token'
  // Plans and tasks (src/domain/plan.ts): a plan, a task, a progress update, an evidence file on an update.
  | 'plan'
  | 'task'
  | 'task_update'
  | 'task_evidence'
  // Public consultations (src/domain/consultation/): a consultation, a comment, a tally, a disposition.
  | 'consultation'
  | 'consultation_comment'
  | 'consultation_tally'
  | 'consultation_disposition';

export type AuditAction = 'create' | 'update' | 'transition' | 'delete';

/** One line of the append-only audit trail: who changed what, when, before and after. */
export interface AuditEntry {
  /** Position in the log; strictly increasing. */
  seq: number;
  at: IsoTimestamp;
  actorId: string | null;
  entity: AuditEntity;
  entityId: string;
  action: AuditAction;
  /** Snapshots as JSON objects (secrets such as password hashes left out). */
  before: object | null;
  after: object | null;
}

/** A progress report on a task: a percent, a text, who and when (an update of the lead unit, or a supporting unit's comment). */
export interface TaskUpdate {
  id: string;
  taskId: string;
  /** 'progress' from the lead unit (moves the task's percent), 'comment' from a supporting unit or the secretariat. */
  kind: 'progress' | 'comment';
  /** 0-100 for progress; null for a comment. */
  percent: number | null;
  text: string;
  /** The unit the author wrote for, when they wrote as a unit. */
  unitId: string | null;
  createdBy: string | null;
  createdAt: IsoTimestamp;
}

/** A file attached to a task's progress update. The bytes live in the file store (as for figures' evidence). */
export interface TaskEvidence {
  id: string;
  taskId: string;
  updateId: string | null;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  storageKey: string;
  createdBy: string | null;
  createdAt: IsoTimestamp;
}

/** How a notification reaches its user. */
export type NotificationChannel = 'in_app' | 'email';

/** A reminder to a user about a task (not audited: it is the system's output, not a record a person edits). */
export interface Notification {
  id: string;
  userId: string;
  kind: 'due_soon' | 'overdue';
  taskId: string;
  /** The Vietnamese sentence shown in the inbox and sent by e-mail. */
  text: string;
  /** The task's due date when the reminder was made, and the days left (due_soon) or past (overdue). */
  dueDate: IsoDate;
  days: number;
  /** The day (in Vietnam) the reminder is for: one per task, user, channel and day. */
  day: IsoDate;
  channel: NotificationChannel;
  createdAt: IsoTimestamp;
  /** When it was delivered (in-app: when recorded; e-mail: when the SMTP server took it); null while not yet. */
  sentAt: IsoTimestamp | null;
  readAt: IsoTimestamp | null;
}
