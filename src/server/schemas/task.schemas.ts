/**
 * Request and response schemas of the plan and task routes (task.routes.ts): the services'
 * input schemas minus what the path gives, and the records they return (src/domain/plan.ts,
 * src/domain/entities.ts). The web application derives its types from these.
 */
import { z } from 'zod';
import {
  CancelTaskInput, CommentInput, CreatePlanInput, CreateTaskInput, EditTaskInput, ProgressInput, PublishPlanInput, SetTaskStatusInput,
  TASK_KINDS, TaskVersionInput,
} from '../../services/task.schemas.ts';
import { AuditEntry } from './entity.schemas.ts';

const IdParam = z.string().min(1).max(200);
const Timestamp = z.string().describe('ISO 8601 UTC, e.g. 2026-03-01T08:00:00.000Z');
const DateOnly = z.string().describe('YYYY-MM-DD');
/** Query strings carry text: "true"/"false" for flags, digits for numbers. */
const QueryFlag = z.enum(['true', 'false']).transform((value) => value === 'true');
const QueryInt = (min: number, max: number) => z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));

export const PlanParams = z.strictObject({ planId: IdParam });
export const TaskParams = z.strictObject({ taskId: IdParam });
export const TaskEvidenceParams = z.strictObject({ evidenceId: IdParam });
export const NotificationParams = z.strictObject({ notificationId: IdParam });
export const OrganisationParams = z.strictObject({ organisationId: IdParam });

export const ListPlansQuery = z.strictObject({ organisationId: IdParam.optional(), termId: IdParam.optional() });
export const InboxQuery = z.strictObject({
  unitId: IdParam.optional().describe('One of the caller\'s units; default: every unit the caller reports for'),
  all: QueryFlag.optional().describe('true: done and cancelled tasks too'),
});
export const DueQuery = z.strictObject({
  days: QueryInt(0, 366).optional().describe('Due within this many days, today included (default 7)'),
  organisationId: IdParam.optional(),
});
export const OverdueQuery = z.strictObject({ organisationId: IdParam.optional(), limit: QueryInt(1, 1000).optional() });
export const UnitEvaluationQuery = z.strictObject({ planId: IdParam.optional() });
export const DeleteTaskQuery = z.strictObject({ version: QueryInt(1, Number.MAX_SAFE_INTEGER) });
export const NotificationsQuery = z.strictObject({ unreadOnly: QueryFlag.optional(), limit: QueryInt(1, 500).optional() });

export const CreatePlanBody = CreatePlanInput;
export const PublishPlanBody = PublishPlanInput.omit({ planId: true });
export const CreateTaskBody = CreateTaskInput.omit({ planId: true });
export const EditTaskBody = EditTaskInput.omit({ taskId: true });
export const TaskStatusBody = SetTaskStatusInput.omit({ taskId: true });
export const CancelTaskBody = CancelTaskInput.omit({ taskId: true });
export const ReopenTaskBody = TaskVersionInput.omit({ taskId: true });
export const ProgressBody = ProgressInput.omit({ taskId: true });
export const CommentBody = CommentInput.omit({ taskId: true });

const TaskKind = z.enum(TASK_KINDS);
const SetStatus = z.enum(['not_started', 'in_progress', 'done', 'cancelled']);
const TaskStatus = z.enum(['not_started', 'in_progress', 'done', 'done_late', 'overdue', 'cancelled']);

export const Recurrence = z
  .object({ every: z.enum(['month', 'quarter', 'half_year', 'year']), day: z.number().nullable(), text: z.string() })
  .meta({ id: 'Recurrence' });

export const Plan = z
  .object({
    id: z.string(), organisationId: z.string(), termId: z.string().nullable(), title: z.string(), issuingUnitId: z.string().nullable(),
    number: z.string().nullable(), date: DateOnly.nullable(), sourceDocumentId: z.string().nullable(), status: z.enum(['draft', 'published']),
    version: z.number(), createdAt: Timestamp, updatedAt: Timestamp,
  })
  .meta({ id: 'Plan' });

export const Task = z
  .object({
    id: z.string(), planId: z.string(), parentId: z.string().nullable(), position: z.number(), number: z.string().nullable(), title: z.string(),
    kind: TaskKind, leadUnitId: z.string().nullable(), supportingUnitIds: z.array(z.string()), responsibleUserId: z.string().nullable(),
    startDate: DateOnly.nullable(), dueDate: DateOnly.nullable(), recurrence: Recurrence.nullable(), productText: z.string().nullable(),
    indicatorIds: z.array(z.string()), status: SetStatus.describe('The status a person set'), doneAt: DateOnly.nullable(),
    cancelReason: z.string().nullable(), progressPercent: z.number(), sourceLine: z.number().nullable(), version: z.number(),
    createdAt: Timestamp, updatedAt: Timestamp,
  })
  .meta({ id: 'Task' });

export const TaskView = Task.extend({
  effectiveStatus: TaskStatus.describe('The status at today\'s date (Vietnam): overdue and done_late are derived'),
  daysLeft: z.number().nullable().describe('Days to the due date; negative once passed'),
  heading: z.boolean().describe('It has sub-tasks: shown in the tree, not counted'),
  leadUnitName: z.string().nullable(),
  supportingUnitNames: z.array(z.string()),
}).meta({ id: 'TaskView' });

export const ListedTask = TaskView.extend({ planTitle: z.string() }).meta({ id: 'ListedTask' });
export const InboxTask = ListedTask.extend({ unitId: z.string(), role: z.enum(['lead', 'supporting']) }).meta({ id: 'InboxTask' });

const Tally = z
  .object({
    total: z.number(),
    counts: z.record(TaskStatus, z.number()),
    shares: z.object({ done: z.number(), doneLate: z.number(), overdue: z.number(), inProgress: z.number(), notStarted: z.number() }).nullable()
      .describe('Shares (0-1) of the tasks that count (all but the cancelled); null when none counts'),
  })
  .meta({ id: 'TaskTally' });

const UnitTally = z.object({ unitId: z.string().nullable(), unitName: z.string().nullable(), tally: Tally }).meta({ id: 'UnitTaskTally' });

export const PlanSummary = Plan.extend({ tally: Tally }).meta({ id: 'PlanSummary' });
export const PlanTree = z
  .object({ plan: Plan, tasks: z.array(TaskView).describe('Parents before their sub-tasks'), tally: Tally, canManage: z.boolean() })
  .meta({ id: 'PlanTree' });

export const PlanImport = z
  .object({ plan: Plan, tasks: z.number(), headings: z.number(), assigned: z.number(), unmatchedUnits: z.array(z.string()) })
  .meta({ id: 'PlanImport' });

export const TaskUpdate = z
  .object({
    id: z.string(), taskId: z.string(), kind: z.enum(['progress', 'comment']), percent: z.number().nullable(), text: z.string(),
    unitId: z.string().nullable(), createdBy: z.string().nullable(), createdAt: Timestamp,
  })
  .meta({ id: 'TaskUpdate' });

export const TaskEvidence = z
  .object({
    id: z.string(), taskId: z.string(), updateId: z.string().nullable(), fileName: z.string(), mediaType: z.string(), size: z.number(),
    sha256: z.string(), storageKey: z.string(), createdBy: z.string().nullable(), createdAt: Timestamp,
  })
  .meta({ id: 'TaskEvidence' });

export const TaskDetail = z
  .object({
    task: TaskView, plan: Plan, updates: z.array(TaskUpdate), evidence: z.array(TaskEvidence), transitions: z.array(SetStatus),
    can: z.object({ update: z.boolean(), comment: z.boolean(), manage: z.boolean() }),
  })
  .meta({ id: 'TaskDetail' });

export const ProgressResult = z.object({ task: Task, update: TaskUpdate }).meta({ id: 'ProgressResult' });

export const PlanEvaluation = z
  .object({ plan: Plan, tally: Tally, units: z.array(UnitTally), mostOverdue: z.array(ListedTask) })
  .meta({ id: 'PlanEvaluation' });

export const UnitsEvaluation = z.object({ tally: Tally, units: z.array(UnitTally) }).meta({ id: 'UnitsTaskEvaluation' });

export const PlanInspection = z
  .object({
    plan: Plan,
    tasks: z.array(z.object({ task: TaskView, history: z.array(AuditEntry), updates: z.array(TaskUpdate), evidence: z.array(TaskEvidence) })),
  })
  .meta({ id: 'PlanInspection' });

export const Notification = z
  .object({
    id: z.string(), userId: z.string(), kind: z.enum(['due_soon', 'overdue']), taskId: z.string(), text: z.string(), dueDate: DateOnly,
    days: z.number(), day: DateOnly, channel: z.enum(['in_app', 'email']), createdAt: Timestamp, sentAt: Timestamp.nullable(),
    readAt: Timestamp.nullable(),
  })
  .meta({ id: 'Notification' });
