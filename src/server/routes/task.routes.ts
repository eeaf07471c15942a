/**
 * Plans and tasks: plans (list, create, tree, publish, import from a document), tasks (read,
 * edit and assign, status steps, cancel, reopen, progress updates, comments, evidence), the
 * lists across plans (a unit's inbox, due in N days, the overdue board, the evaluation per
 * plan and per unit, the inspector's view) and the caller's reminders. Permissions are the
 * services' (task.read, task.update, task.comment, task.manage, audit.read.tasks).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCUMENT_KINDS, EVIDENCE_KINDS, openStored, saveUpload } from '../../services/file-store.ts';
import { listMyNotifications, markRead } from '../../services/notification.service.ts';
import { createPlan, getPlan, importPlan, listPlans, publishPlan } from '../../services/plan.service.ts';
import {
  attachTaskEvidence, cancelTask, commentTask, createTask, deleteTask, editTask, getTask, getTaskEvidence, reopenTask, reportProgress,
  setTaskStatus,
} from '../../services/task.service.ts';
import { evaluatePlan, evaluateUnits, inspectPlan, listDueTasks, listInbox, listOverdueTasks } from '../../services/task-views.service.ts';
import { actorOf } from '../auth.ts';
import { downloadDocumentation, sendFile } from '../download.ts';
import { ERROR_RESPONSES, NO_CONTENT } from '../schemas/error.schemas.ts';
import { TermParams } from '../schemas/framework.schemas.ts';
import {
  CancelTaskBody, CommentBody, CreatePlanBody, CreateTaskBody, DeleteTaskQuery, DueQuery, EditTaskBody, InboxQuery, InboxTask, ListedTask,
  ListPlansQuery, Notification, NotificationParams, NotificationsQuery, OrganisationParams, OverdueQuery, Plan, PlanEvaluation, PlanImport,
  PlanInspection, PlanParams, PlanSummary, PlanTree, ProgressBody, ProgressResult, PublishPlanBody, ReopenTaskBody, Task, TaskDetail,
  TaskEvidence, TaskEvidenceParams, TaskParams, TaskStatusBody, TaskUpdate, UnitEvaluationQuery, UnitsEvaluation,
} from '../schemas/task.schemas.ts';
import { readUpload, uploadDocumentation } from '../upload.ts';

/** An audit snapshot as a plain record for the response. */
function asRecord(snapshot: object | null): Record<string, unknown> | null {
  return snapshot === null ? null : Object.fromEntries(Object.entries(snapshot));
}

export const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services, config } = app.resolute;
  const plans = ['plans'];
  const tasks = ['tasks'];
  const errors = ERROR_RESPONSES;

  app.get('/api/plans', {
    schema: { tags: plans, summary: 'Plans the caller may see (drafts: task.read over the organisation), each with the tally of the tasks it may read', querystring: ListPlansQuery, response: { 200: z.array(PlanSummary), ...errors } },
  }, async (request) => listPlans(services, actorOf(request), request.query));

  app.post('/api/plans', {
    schema: { tags: plans, summary: 'Creates an empty draft plan (task.manage)', body: CreatePlanBody, response: { 201: Plan, ...errors } },
  }, async (request, reply) => reply.code(201).send(await createPlan(services, actorOf(request), request.body)));

  app.post('/api/terms/:termId/plans/import', {
    config: { swaggerTransform: uploadDocumentation({ title: 'The plan\'s title (default: the document\'s)' }) },
    schema: { tags: plans, summary: 'Imports a plan document (TXT, DOCX, PDF) as a draft plan: headings as a tree, units matched by name (task.manage)', params: TermParams, response: { 201: PlanImport, ...errors } },
  }, async (request, reply) => {
    const upload = await readUpload(request);
    const file = await saveUpload(config.dataDir, upload.bytes, upload.fileName, DOCUMENT_KINDS);
    const title = upload.fields.title?.trim();
    const result = await importPlan(services, actorOf(request), {
      termId: request.params.termId, path: file.path, originalName: file.fileName, storageKey: file.storageKey, ...(title ? { title } : {}),
    });
    return reply.code(201).send(result);
  });

  app.get('/api/plans/:planId', {
    schema: { tags: plans, summary: 'A plan with the tasks the caller may read, as a tree (parents first)', params: PlanParams, response: { 200: PlanTree, ...errors } },
  }, async (request) => getPlan(services, actorOf(request), request.params));

  app.post('/api/plans/:planId/publish', {
    schema: { tags: plans, summary: 'Publishes a draft plan: its tasks reach their units (task.manage)', params: PlanParams, body: PublishPlanBody, response: { 200: Plan, ...errors } },
  }, async (request) => publishPlan(services, actorOf(request), { ...request.body, ...request.params }));

  app.get('/api/plans/:planId/evaluation', {
    schema: { tags: plans, summary: 'The plan\'s tally overall and per lead unit, and its most overdue tasks (over the tasks the caller may read)', params: PlanParams, response: { 200: PlanEvaluation, ...errors } },
  }, async (request) => evaluatePlan(services, actorOf(request), request.params));

  app.get('/api/plans/:planId/inspection', {
    schema: { tags: plans, summary: 'Every task of the plan with its full history, updates and evidence (audit.read.tasks: inspector, secretariat)', params: PlanParams, response: { 200: PlanInspection, ...errors } },
  }, async (request) => {
    const inspection = await inspectPlan(services, actorOf(request), request.params);
    return {
      ...inspection,
      tasks: inspection.tasks.map((item) => ({
        ...item, history: item.history.map((entry) => ({ ...entry, before: asRecord(entry.before), after: asRecord(entry.after) })),
      })),
    };
  });

  app.post('/api/plans/:planId/tasks', {
    schema: { tags: plans, summary: 'Adds a task to a plan (task.manage)', params: PlanParams, body: CreateTaskBody, response: { 201: Task, ...errors } },
  }, async (request, reply) => reply.code(201).send(await createTask(services, actorOf(request), { ...request.body, ...request.params })));

  app.get('/api/organisations/:organisationId/task-evaluation', {
    schema: { tags: plans, summary: 'Per lead unit, the tally of the organisation\'s published tasks, or of one plan\'s (task.read over the organisation)', params: OrganisationParams, querystring: UnitEvaluationQuery, response: { 200: UnitsEvaluation, ...errors } },
  }, async (request) => evaluateUnits(services, actorOf(request), { ...request.query, ...request.params }));

  app.get('/api/tasks/inbox', {
    schema: { tags: tasks, summary: 'The caller\'s units\' tasks (as lead or supporting unit) in published plans, most urgent first', querystring: InboxQuery, response: { 200: z.array(InboxTask), ...errors } },
  }, async (request) => listInbox(services, actorOf(request), request.query));

  app.get('/api/tasks/due', {
    schema: { tags: tasks, summary: 'Open tasks due within N days (?days=7) that the caller may read, soonest first', querystring: DueQuery, response: { 200: z.array(ListedTask), ...errors } },
  }, async (request) => listDueTasks(services, actorOf(request), request.query));

  app.get('/api/tasks/overdue', {
    schema: { tags: tasks, summary: 'The overdue board: open tasks past their due date that the caller may read, most days overdue first', querystring: OverdueQuery, response: { 200: z.array(ListedTask), ...errors } },
  }, async (request) => listOverdueTasks(services, actorOf(request), request.query));

  app.get('/api/tasks/:taskId', {
    schema: { tags: tasks, summary: 'A task with its updates, evidence, and the steps the caller may take (task.read)', params: TaskParams, response: { 200: TaskDetail, ...errors } },
  }, async (request) => getTask(services, actorOf(request), request.params));

  app.patch('/api/tasks/:taskId', {
    schema: { tags: tasks, summary: 'Edits and assigns a task: units, person, dates or recurrence, product, indicators, place in the tree (task.manage)', params: TaskParams, body: EditTaskBody, response: { 200: Task, ...errors } },
  }, async (request) => editTask(services, actorOf(request), { ...request.body, ...request.params }));

  app.delete('/api/tasks/:taskId', {
    schema: { tags: tasks, summary: 'Deletes a draft plan\'s task with its sub-tasks (?version=; task.manage); a published one is cancelled instead', params: TaskParams, querystring: DeleteTaskQuery, response: { ...NO_CONTENT, ...errors } },
  }, async (request, reply) => {
    await deleteTask(services, actorOf(request), { ...request.query, ...request.params });
    return reply.code(204).send(null);
  });

  app.post('/api/tasks/:taskId/status', {
    schema: { tags: tasks, summary: 'Marks a task in progress or done (its lead unit: task.update; the secretariat); a recurring duty moves to its next due date', params: TaskParams, body: TaskStatusBody, response: { 200: Task, ...errors } },
  }, async (request) => setTaskStatus(services, actorOf(request), { ...request.body, ...request.params }));

  app.post('/api/tasks/:taskId/cancel', {
    schema: { tags: tasks, summary: 'Cancels a task with a reason (task.manage)', params: TaskParams, body: CancelTaskBody, response: { 200: Task, ...errors } },
  }, async (request) => cancelTask(services, actorOf(request), { ...request.body, ...request.params }));

  app.post('/api/tasks/:taskId/reopen', {
    schema: { tags: tasks, summary: 'Reopens a done or cancelled task (task.manage)', params: TaskParams, body: ReopenTaskBody, response: { 200: Task, ...errors } },
  }, async (request) => reopenTask(services, actorOf(request), { ...request.body, ...request.params }));

  app.post('/api/tasks/:taskId/updates', {
    schema: { tags: tasks, summary: 'Reports progress: a percent and a text (the lead unit: task.update)', params: TaskParams, body: ProgressBody, response: { 201: ProgressResult, ...errors } },
  }, async (request, reply) => reply.code(201).send(await reportProgress(services, actorOf(request), { ...request.body, ...request.params })));

  app.post('/api/tasks/:taskId/comments', {
    schema: { tags: tasks, summary: 'Comments on a task (supporting units, the lead unit, the secretariat: task.comment)', params: TaskParams, body: CommentBody, response: { 201: TaskUpdate, ...errors } },
  }, async (request, reply) => reply.code(201).send(await commentTask(services, actorOf(request), { ...request.body, ...request.params })));

  app.post('/api/tasks/:taskId/evidence', {
    config: { swaggerTransform: uploadDocumentation({ updateId: 'The progress update the file backs (optional)' }) },
    schema: { tags: tasks, summary: 'Attaches a file (PDF, DOCX, XLSX, TXT, PNG, JPEG; UPLOAD_LIMIT_MB) to a task (the lead unit: task.update)', params: TaskParams, response: { 201: TaskEvidence, ...errors } },
  }, async (request, reply) => {
    const upload = await readUpload(request);
    const file = await saveUpload(config.dataDir, upload.bytes, upload.fileName, EVIDENCE_KINDS);
    const updateId = upload.fields.updateId?.trim();
    const evidence = await attachTaskEvidence(services, actorOf(request), {
      taskId: request.params.taskId, fileName: file.fileName, mediaType: file.mediaType, size: file.size, sha256: file.sha256,
      storageKey: file.storageKey, ...(updateId ? { updateId } : {}),
    });
    return reply.code(201).send(evidence);
  });

  app.get('/api/task-evidence/:evidenceId/file', {
    config: { swaggerTransform: downloadDocumentation('The file as uploaded, with its name as an attachment') },
    schema: { tags: tasks, summary: 'Downloads a task\'s evidence file (task.read)', params: TaskEvidenceParams, response: { 200: z.unknown(), ...errors } },
  }, async (request, reply) => {
    const evidence = await getTaskEvidence(services, actorOf(request), request.params);
    return sendFile(reply, await openStored(config.dataDir, evidence.storageKey), evidence.fileName, evidence.mediaType);
  });

  app.get('/api/notifications', {
    schema: { tags: tasks, summary: 'The caller\'s own task reminders (in-app), newest first', querystring: NotificationsQuery, response: { 200: z.array(Notification), ...errors } },
  }, async (request) => listMyNotifications(services, actorOf(request), request.query));

  app.post('/api/notifications/:notificationId/read', {
    schema: { tags: tasks, summary: 'Marks one of the caller\'s reminders read', params: NotificationParams, response: { 200: Notification, ...errors } },
  }, async (request) => markRead(services, actorOf(request), request.params));
};
