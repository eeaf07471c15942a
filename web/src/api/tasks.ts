/**
 * Plans and tasks over the API (src/server/routes/task.routes.ts and task-report.routes.ts):
 * the plans list and one plan's tree and evaluation, the plan import and publish, one task with its updates
 * and evidence, the secretariat's edits and status steps, a unit's progress reports,
 * comments and evidence, the inbox, the overdue board and the caller's reminders. Types
 * come from the server's schemas.
 */
import { useQuery } from '@tanstack/react-query';
import type { QueryClient, UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CancelTaskBody, CommentBody, EditTaskBody, InboxTask as InboxTaskSchema, ListedTask as ListedTaskSchema, Notification as NotificationSchema,
  Plan as PlanSchema, PlanEvaluation as PlanEvaluationSchema, PlanImport as PlanImportSchema, PlanSummary as PlanSummarySchema, PlanTree as PlanTreeSchema, ProgressBody,
  ProgressResult as ProgressResultSchema, ReopenTaskBody, Task as TaskSchema, TaskDetail as TaskDetailSchema, TaskEvidence as TaskEvidenceSchema,
  TaskStatusBody, TaskUpdate as TaskUpdateSchema, TaskView as TaskViewSchema,
} from '../../../src/server/schemas/task.schemas.ts';
import { apiRequest, apiUpload } from './client.ts';

export type Plan = z.output<typeof PlanSchema>;
export type PlanSummary = z.output<typeof PlanSummarySchema>;
export type PlanTree = z.output<typeof PlanTreeSchema>;
export type PlanImport = z.output<typeof PlanImportSchema>;
export type PlanEvaluation = z.output<typeof PlanEvaluationSchema>;
export type Task = z.output<typeof TaskSchema>;
export type TaskView = z.output<typeof TaskViewSchema>;
export type ListedTask = z.output<typeof ListedTaskSchema>;
export type InboxTask = z.output<typeof InboxTaskSchema>;
export type TaskDetail = z.output<typeof TaskDetailSchema>;
export type TaskUpdate = z.output<typeof TaskUpdateSchema>;
export type TaskEvidence = z.output<typeof TaskEvidenceSchema>;
export type Notification = z.output<typeof NotificationSchema>;
export type ProgressResult = z.output<typeof ProgressResultSchema>;
export type TaskStatus = TaskView['effectiveStatus'];
export type TaskKind = Task['kind'];
export type Recurrence = NonNullable<Task['recurrence']>;
export type EditTask = z.input<typeof EditTaskBody>;
export type SetTaskStatus = z.input<typeof TaskStatusBody>;
export type CancelTask = z.input<typeof CancelTaskBody>;
export type ReopenTask = z.input<typeof ReopenTaskBody>;
export type ReportProgress = z.input<typeof ProgressBody>;
export type Comment = z.input<typeof CommentBody>;

/** The formats of the task status report's download. */
export const TASK_REPORT_FORMATS = ['xlsx', 'docx', 'pdf', 'csv'] as const;
export type TaskReportFormat = (typeof TASK_REPORT_FORMATS)[number];

const id = encodeURIComponent;

/** GET /api/plans: the plans the caller may see, each with its tally. */
export function readPlans(query: { termId?: string; organisationId?: string } = {}): Promise<PlanSummary[]> {
  return apiRequest('GET', '/api/plans', { query });
}

/** GET /api/plans/:planId: the plan with the tasks the caller may read, parents first. */
export function readPlan(planId: string): Promise<PlanTree> {
  return apiRequest('GET', `/api/plans/${id(planId)}`);
}

/** GET /api/plans/:planId/evaluation: the plan's tally overall and per lead unit, and its most overdue tasks. */
export function readPlanEvaluation(planId: string): Promise<PlanEvaluation> {
  return apiRequest('GET', `/api/plans/${id(planId)}/evaluation`);
}

/** POST /api/terms/:termId/plans/import: a plan document (TXT, DOCX, PDF) becomes a draft plan. */
export function importPlan(termId: string, file: File): Promise<PlanImport> {
  return apiUpload(`/api/terms/${id(termId)}/plans/import`, file, file.name);
}

/** POST /api/plans/:planId/publish with the version read. */
export function publishPlan(planId: string, version: number): Promise<Plan> {
  return apiRequest('POST', `/api/plans/${id(planId)}/publish`, { body: { version } });
}

/** GET /api/tasks/:taskId: the task, its updates and evidence, the steps the caller may take. */
export function readTask(taskId: string): Promise<TaskDetail> {
  return apiRequest('GET', `/api/tasks/${id(taskId)}`);
}

/** PATCH /api/tasks/:taskId (the secretariat): edit and assign, with the version read. */
export function editTask(taskId: string, body: EditTask): Promise<Task> {
  return apiRequest('PATCH', `/api/tasks/${id(taskId)}`, { body });
}

/** DELETE /api/tasks/:taskId?version=: a draft plan's task with its sub-tasks (the secretariat). */
export function deleteTask(taskId: string, version: number): Promise<void> {
  return apiRequest('DELETE', `/api/tasks/${id(taskId)}`, { query: { version } });
}

/** POST /api/tasks/:taskId/status: in progress or done. */
export function setTaskStatus(taskId: string, body: SetTaskStatus): Promise<Task> {
  return apiRequest('POST', `/api/tasks/${id(taskId)}/status`, { body });
}

/** POST /api/tasks/:taskId/cancel with a reason (the secretariat). */
export function cancelTask(taskId: string, body: CancelTask): Promise<Task> {
  return apiRequest('POST', `/api/tasks/${id(taskId)}/cancel`, { body });
}

/** POST /api/tasks/:taskId/reopen (the secretariat). */
export function reopenTask(taskId: string, body: ReopenTask): Promise<Task> {
  return apiRequest('POST', `/api/tasks/${id(taskId)}/reopen`, { body });
}

/** POST /api/tasks/:taskId/updates: the lead unit's percent and text. */
export function reportProgress(taskId: string, body: ReportProgress): Promise<ProgressResult> {
  return apiRequest('POST', `/api/tasks/${id(taskId)}/updates`, { body });
}

/** POST /api/tasks/:taskId/comments. */
export function commentTask(taskId: string, body: Comment): Promise<TaskUpdate> {
  return apiRequest('POST', `/api/tasks/${id(taskId)}/comments`, { body });
}

/** POST /api/tasks/:taskId/evidence: a file, backing a progress update when given. */
export function attachTaskEvidence(taskId: string, file: File, updateId?: string): Promise<TaskEvidence> {
  return apiUpload(`/api/tasks/${id(taskId)}/evidence`, file, file.name, updateId === undefined ? {} : { updateId });
}

/** The address of an evidence file (a plain link: the browser downloads it with the session cookie). */
export function taskEvidenceUrl(evidenceId: string): string {
  return `/api/task-evidence/${id(evidenceId)}/file`;
}

/** The address of the task status report of a plan in a format. */
export function taskReportUrl(planId: string, format: TaskReportFormat): string {
  return `/api/plans/${id(planId)}/report?format=${format}`;
}

/** GET /api/tasks/inbox: the caller's units' open tasks, most urgent first. */
export function readInbox(): Promise<InboxTask[]> {
  return apiRequest('GET', '/api/tasks/inbox');
}

/** GET /api/tasks/overdue: open tasks past their due date, most days overdue first. */
export function readOverdue(query: { organisationId?: string; limit?: number } = {}): Promise<ListedTask[]> {
  return apiRequest('GET', '/api/tasks/overdue', { query });
}

/** GET /api/notifications: the caller's reminders, newest first. */
export function readNotifications(): Promise<Notification[]> {
  return apiRequest('GET', '/api/notifications', { query: { limit: 100 } });
}

/** POST /api/notifications/:id/read. */
export function markNotificationRead(notificationId: string): Promise<Notification> {
  return apiRequest('POST', `/api/notifications/${id(notificationId)}/read`);
}

export const plansKey = (termId: string | null) => ['plans', termId] as const;
export const planKey = (planId: string) => ['plan', planId] as const;
/** Under the plan's key: read again with the plan. */
export const planEvaluationKey = (planId: string) => ['plan', planId, 'evaluation'] as const;
export const taskKey = (taskId: string) => ['task', taskId] as const;
export const INBOX_KEY = ['inbox'] as const;
export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** After a change to a task or plan: every list that may show it is read again. */
export function invalidateTasks(queryClient: QueryClient): void {
  for (const key of ['plans', 'plan', 'task', 'inbox', 'overdue', 'notifications', 'audit']) void queryClient.invalidateQueries({ queryKey: [key] });
}

/** The plans of a term (all the caller sees when no term is chosen). */
export function usePlans(termId: string | null): UseQueryResult<PlanSummary[]> {
  return useQuery({ queryKey: plansKey(termId), queryFn: () => readPlans(termId === null ? {} : { termId }) });
}

/** One plan's tree. */
export function usePlan(planId: string): UseQueryResult<PlanTree> {
  return useQuery({ queryKey: planKey(planId), queryFn: () => readPlan(planId) });
}

/** One plan's evaluation. */
export function usePlanEvaluation(planId: string): UseQueryResult<PlanEvaluation> {
  return useQuery({ queryKey: planEvaluationKey(planId), queryFn: () => readPlanEvaluation(planId) });
}

/** One task with its updates. */
export function useTask(taskId: string): UseQueryResult<TaskDetail> {
  return useQuery({ queryKey: taskKey(taskId), queryFn: () => readTask(taskId) });
}

/** The caller's inbox. */
export function useInbox(enabled: boolean): UseQueryResult<InboxTask[]> {
  return useQuery({ queryKey: INBOX_KEY, queryFn: readInbox, enabled });
}

/** The caller's reminders. */
export function useNotifications(enabled: boolean): UseQueryResult<Notification[]> {
  return useQuery({ queryKey: NOTIFICATIONS_KEY, queryFn: readNotifications, enabled });
}

/** The overdue board of an organisation (disabled until it is known). */
export function useOverdue(organisationId: string | null): UseQueryResult<ListedTask[]> {
  return useQuery({ queryKey: ['overdue', organisationId], queryFn: () => readOverdue({ organisationId: organisationId ?? '', limit: 1000 }), enabled: organisationId !== null });
}
