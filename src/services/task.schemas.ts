/**
 * Input schemas of the plan and task use cases (strict: unknown keys are refused; a bad
 * field is `invalid_input` naming its path). The HTTP routes reuse them minus what the path
 * gives (src/server/schemas/task.schemas.ts).
 */
import { z } from 'zod';
import { Id, IsoDate, Text, Version } from './schema-common.ts';

export const TASK_KINDS = ['thematic_resolution', 'project', 'key_programme', 'breakthrough', 'conclusion', 'regular', 'report_duty'] as const;

export const Recurrence = z.strictObject({
  every: z.enum(['month', 'quarter', 'half_year', 'year']),
  /** Day of the period's last month (clamped to the month); null: the period's last day. */
  day: z.number().int().min(1).max(31).nullable(),
  text: z.string().trim().max(200),
});

const Ids = z.array(Id).max(200);

export const CreatePlanInput = z.strictObject({
  organisationId: Id,
  termId: Id.nullable().optional(),
  title: Text(500),
  issuingUnitId: Id.nullable().optional(),
  number: Text(100).nullable().optional(),
  date: IsoDate.nullable().optional(),
});

export const ListPlansInput = z.strictObject({
  organisationId: Id.optional(),
  termId: Id.optional(),
});

export const PlanInput = z.strictObject({ planId: Id });

export const PublishPlanInput = z.strictObject({ planId: Id, version: Version });

export const ImportPlanInput = z.strictObject({
  termId: Id,
  /** The uploaded or local file (TXT, DOCX, PDF). */
  path: z.string().min(1).max(4096),
  originalName: Text(500).optional(),
  storageKey: Text(500).optional(),
  /** The plan's title; defaults to the document's. */
  title: Text(500).optional(),
});

/** What a secretariat sets on a task (task.manage): who, what, by when, which product, which indicators. */
export const TaskFields = {
  title: Text(1000),
  kind: z.enum(TASK_KINDS),
  number: Text(50).nullable(),
  parentId: Id.nullable(),
  position: z.number().int().min(0).max(100_000),
  leadUnitId: Id.nullable(),
  supportingUnitIds: Ids,
  responsibleUserId: Id.nullable(),
  startDate: IsoDate.nullable(),
  dueDate: IsoDate.nullable(),
  recurrence: Recurrence.nullable(),
  productText: Text(1000).nullable(),
  indicatorIds: Ids,
};

export const CreateTaskInput = z.strictObject({
  planId: Id,
  ...TaskFields,
  number: TaskFields.number.optional(),
  parentId: TaskFields.parentId.optional(),
  position: TaskFields.position.optional(),
  kind: TaskFields.kind.default('regular'),
  leadUnitId: TaskFields.leadUnitId.optional(),
  supportingUnitIds: TaskFields.supportingUnitIds.optional(),
  responsibleUserId: TaskFields.responsibleUserId.optional(),
  startDate: TaskFields.startDate.optional(),
  dueDate: TaskFields.dueDate.optional(),
  recurrence: TaskFields.recurrence.optional(),
  productText: TaskFields.productText.optional(),
  indicatorIds: TaskFields.indicatorIds.optional(),
});

export const EditTaskInput = z.strictObject({
  taskId: Id,
  version: Version,
  title: TaskFields.title.optional(),
  kind: TaskFields.kind.optional(),
  number: TaskFields.number.optional(),
  parentId: TaskFields.parentId.optional(),
  position: TaskFields.position.optional(),
  leadUnitId: TaskFields.leadUnitId.optional(),
  supportingUnitIds: TaskFields.supportingUnitIds.optional(),
  responsibleUserId: TaskFields.responsibleUserId.optional(),
  startDate: TaskFields.startDate.optional(),
  dueDate: TaskFields.dueDate.optional(),
  recurrence: TaskFields.recurrence.optional(),
  productText: TaskFields.productText.optional(),
  indicatorIds: TaskFields.indicatorIds.optional(),
});

export const TaskInput = z.strictObject({ taskId: Id });

/** A task at the version the caller read: delete (a draft plan's), reopen. */
export const TaskVersionInput = z.strictObject({ taskId: Id, version: Version });

export const ProgressInput = z.strictObject({
  taskId: Id,
  /** 0-100: how far the task is. */
  percent: z.number().int().min(0).max(100),
  text: Text(4000),
});

export const CommentInput = z.strictObject({ taskId: Id, text: Text(4000) });

export const SetTaskStatusInput = z.strictObject({
  taskId: Id,
  version: Version,
  status: z.enum(['in_progress', 'done']),
  /** The day it was done (Vietnam's calendar); defaults to today. Not after today. */
  doneAt: IsoDate.optional(),
  /**
   * For a recurring duty, done closes the current occurrence and moves the due date to the
   * next one; `final: true` (the secretariat) closes the duty itself.
   */
  final: z.boolean().optional(),
  note: Text(4000).optional(),
});

export const CancelTaskInput = z.strictObject({ taskId: Id, version: Version, reason: Text(2000) });

export const AttachTaskEvidenceInput = z.strictObject({
  taskId: Id,
  updateId: Id.optional(),
  fileName: Text(255),
  mediaType: z.string().trim().regex(/^[\w.+-]+\/[\w.+-]+$/, 'must be a media type such as application/pdf'),
  size: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal digits'),
  storageKey: Text(500),
});

export const TaskEvidenceInput = z.strictObject({ evidenceId: Id });

export const InboxInput = z.strictObject({
  /** One of the actor's units; default: every unit the actor reports for. */
  unitId: Id.optional(),
  /** Done and cancelled tasks too (default: only those still open). */
  all: z.boolean().default(false),
});

export const DueInput = z.strictObject({
  days: z.number().int().min(0).max(366).default(7),
  organisationId: Id.optional(),
});

export const OverdueInput = z.strictObject({
  organisationId: Id.optional(),
  limit: z.number().int().min(1).max(1000).default(50),
});

export const EvaluatePlanInput = z.strictObject({ planId: Id });

export const EvaluateUnitsInput = z.strictObject({
  organisationId: Id,
  /** Only the tasks of this plan; default: every published plan of the organisation. */
  planId: Id.optional(),
});

export const InspectTasksInput = z.strictObject({ planId: Id });

export const ListNotificationsInput = z.strictObject({
  unreadOnly: z.boolean().default(false),
  limit: z.number().int().min(1).max(500).default(100),
});

export const NotificationInput = z.strictObject({ notificationId: Id });

export type CreatePlanInput = z.input<typeof CreatePlanInput>;
export type ListPlansInput = z.input<typeof ListPlansInput>;
export type PlanInput = z.input<typeof PlanInput>;
export type PublishPlanInput = z.input<typeof PublishPlanInput>;
export type ImportPlanInput = z.input<typeof ImportPlanInput>;
export type CreateTaskInput = z.input<typeof CreateTaskInput>;
export type EditTaskInput = z.input<typeof EditTaskInput>;
export type TaskInput = z.input<typeof TaskInput>;
export type TaskVersionInput = z.input<typeof TaskVersionInput>;
export type ProgressInput = z.input<typeof ProgressInput>;
export type CommentInput = z.input<typeof CommentInput>;
export type SetTaskStatusInput = z.input<typeof SetTaskStatusInput>;
export type CancelTaskInput = z.input<typeof CancelTaskInput>;
export type AttachTaskEvidenceInput = z.input<typeof AttachTaskEvidenceInput>;
export type TaskEvidenceInput = z.input<typeof TaskEvidenceInput>;
export type InboxInput = z.input<typeof InboxInput>;
export type DueInput = z.input<typeof DueInput>;
export type OverdueInput = z.input<typeof OverdueInput>;
export type EvaluatePlanInput = z.input<typeof EvaluatePlanInput>;
export type EvaluateUnitsInput = z.input<typeof EvaluateUnitsInput>;
export type InspectTasksInput = z.input<typeof InspectTasksInput>;
export type ListNotificationsInput = z.input<typeof ListNotificationsInput>;
export type NotificationInput = z.input<typeof NotificationInput>;
