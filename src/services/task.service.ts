/**
 * One task's life: the secretariat (task.manage) adds, edits and assigns tasks — lead and
 * supporting units, the responsible person, dates or a recurrence, the expected product,
 * the indicators served — and cancels or reopens them; the lead unit (task.update) reports
 * progress with evidence and marks the task in progress or done; supporting units comment
 * (task.comment). Status steps follow src/domain/task-status.ts. Every change is audited.
 */
import { isIsoDate, nextDueDate } from '../domain/due-date.ts';
import type { TaskEvidence, TaskUpdate } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import type { Plan, Task } from '../domain/plan.ts';
import { allowedTransitions, checkTransition, type SetTaskStatus, type TaskActorRole } from '../domain/task-status.ts';
import { occurrenceDoneText, TASK_DONE_TEXT, TASK_STATUS_WORD } from '../domain/vocabulary/index.ts';
import {
  addTaskEvidence, addTaskUpdate, createTask as storeCreateTask, deleteTask as storeDeleteTask, getIndicator, getTask as findTask,
  getTaskEvidence as findTaskEvidence, getTaskUpdate, getUser, listDescendants, listTaskEvidence, listTasks, listTaskUpdates, transaction,
  updateTask, type Executor,
} from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan, can } from './authorization.ts';
import { vietnamDate } from './due-date.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { parseInput } from './parse-input.ts';
import { canReadTask, loadPlan, loadTask, taskUnits, type TaskContext } from './task-scopes.ts';
import {
  AttachTaskEvidenceInput, CancelTaskInput, CommentInput, CreateTaskInput, TaskVersionInput, EditTaskInput, ProgressInput, SetTaskStatusInput,
  TaskEvidenceInput, TaskInput,
} from './task.schemas.ts';
import { viewTask, type TaskView } from './task-view.ts';

/** A task with its plan, updates, evidence, and what the reader may do with it. */
export interface TaskDetail {
  task: TaskView;
  plan: Plan;
  updates: TaskUpdate[];
  evidence: TaskEvidence[];
  /** Status steps the reader may take now. */
  transitions: SetTaskStatus[];
  can: { update: boolean; comment: boolean; manage: boolean };
}

function invalid(path: string, detail: string, detailVi: string): ResoluteError {
  return new ResoluteError('invalid_input', `Invalid input: ${path}: ${detail}`, { detail: `${path}: ${detail}`, detail_vi: `${path}: ${detailVi}`, path });
}

function invalidState(detail: string, detailVi: string): ResoluteError {
  return new ResoluteError('invalid_state', `Not possible: ${detail}`, { detail, detail_vi: detailVi });
}

function forbidden(permission: string, unitId: string): ResoluteError {
  return new ResoluteError('forbidden', `Not allowed: ${permission} in unit ${unitId}`, { permission, unitId });
}

/** The reader's role on a task: the manager (secretariat over the plan), the lead unit, or neither. */
function roleOn(actor: Actor, c: TaskContext): TaskActorRole | null {
  if (can(actor, 'task.manage', c.scope)) return 'manager';
  if (can(actor, 'task.update', c.taskScope)) return 'lead';
  return null;
}

function requirePublished(plan: Plan): void {
  if (plan.status !== 'published') throw invalidState('the plan is still a draft: publish it first', 'kế hoạch vẫn là dự thảo: hãy ban hành kế hoạch trước');
}

function requireOpen(task: Task): void {
  if (task.status === 'done' || task.status === 'cancelled') throw invalidState(`the task is ${task.status}`, `nhiệm vụ đang ở trạng thái "${TASK_STATUS_WORD[task.status]}"`);
}

/** Loads a task the actor may read; `forbidden` otherwise. */
async function readableTask(db: Executor, actor: Actor, taskId: string): Promise<TaskContext> {
  const c = await loadTask(db, taskId);
  if (!canReadTask(actor, c.plan, c.scope, c.taskScope)) throw forbidden('task.read', c.taskScope.unitId);
  return c;
}

async function nameLookup(db: Executor, organisationId: string): Promise<(id: string | null) => string | null> {
  const names = new Map((await listDescendants(db, organisationId)).map((unit) => [unit.id, unit.name]));
  return (id) => (id === null ? null : (names.get(id) ?? null));
}

async function isHeading(db: Executor, task: Task): Promise<boolean> {
  return (await listTasks(db, { planId: task.planId })).some((other) => other.parentId === task.id);
}

/** A task with its updates and evidence (task.read). */
export async function getTask(deps: ServiceDeps, actor: Actor, input: TaskInput): Promise<TaskDetail> {
  const { taskId } = parseInput(TaskInput, input);
  const c = await readableTask(deps.db, actor, taskId);
  const role = roleOn(actor, c);
  const open = c.plan.status === 'published';
  return {
    task: viewTask(c.task, vietnamDate(deps.clock()), await isHeading(deps.db, c.task), await nameLookup(deps.db, c.plan.organisationId)),
    plan: c.plan,
    updates: await listTaskUpdates(deps.db, taskId),
    evidence: await listTaskEvidence(deps.db, taskId),
    transitions: role === null || !open ? [] : allowedTransitions(c.task.status, role),
    can: {
      update: open && can(actor, 'task.update', c.taskScope),
      comment: open && can(actor, 'task.comment', c.taskScope),
      manage: role === 'manager',
    },
  };
}

type Assignment = Partial<Pick<Task, 'parentId' | 'leadUnitId' | 'supportingUnitIds' | 'responsibleUserId' | 'startDate' | 'dueDate' | 'indicatorIds'>>;

/** Checks what a manager sets: units of the plan's organisation, a parent in the same plan (no cycle), real people and indicators. */
async function checkAssignment(db: Executor, plan: Plan, taskId: string | null, next: Assignment, current: Task | null): Promise<void> {
  const units = new Set([plan.organisationId, ...(await listDescendants(db, plan.organisationId)).map((unit) => unit.id)]);
  if (next.leadUnitId !== undefined && next.leadUnitId !== null && !units.has(next.leadUnitId)) throw invalid('leadUnitId', 'not a unit of the plan\'s organisation', 'không phải là đơn vị thuộc tổ chức của kế hoạch');
  for (const [index, unitId] of (next.supportingUnitIds ?? []).entries()) {
    if (!units.has(unitId)) throw invalid(`supportingUnitIds.${index}`, 'not a unit of the plan\'s organisation', 'không phải là đơn vị thuộc tổ chức của kế hoạch');
  }
  if (next.parentId !== undefined && next.parentId !== null) {
    const tasks = new Map((await listTasks(db, { planId: plan.id })).map((task) => [task.id, task]));
    if (!tasks.has(next.parentId)) throw invalid('parentId', 'not a task of the same plan', 'không phải là nhiệm vụ của cùng kế hoạch');
    for (let id: string | null = next.parentId; id !== null; id = tasks.get(id)?.parentId ?? null) {
      if (id === taskId) throw invalid('parentId', 'a task cannot be placed under itself or its own sub-task', 'không thể đặt một nhiệm vụ dưới chính nó hoặc dưới nhiệm vụ con của nó');
    }
  }
  if (next.responsibleUserId !== undefined && next.responsibleUserId !== null) {
    const user = await getUser(db, next.responsibleUserId);
    if (user === null || user.disabledAt !== null) throw invalid('responsibleUserId', 'no such active user', 'không có người dùng này hoặc tài khoản đã bị khóa');
  }
  for (const [index, indicatorId] of (next.indicatorIds ?? []).entries()) {
    const indicator = await getIndicator(db, indicatorId);
    if (indicator === null || (plan.termId !== null && indicator.termId !== plan.termId)) throw invalid(`indicatorIds.${index}`, 'not an indicator of the plan\'s term', 'không phải là chỉ tiêu thuộc nhiệm kỳ của kế hoạch');
  }
  const start = next.startDate === undefined ? current?.startDate ?? null : next.startDate;
  const due = next.dueDate === undefined ? current?.dueDate ?? null : next.dueDate;
  if (start !== null && due !== null && start > due) throw invalid('dueDate', 'the due date is before the start date', 'thời hạn hoàn thành sớm hơn ngày bắt đầu');
}

/** Adds a task to a plan (task.manage). */
export async function createTask(deps: ServiceDeps, actor: Actor, input: CreateTaskInput): Promise<Task> {
  const args = parseInput(CreateTaskInput, input);
  const { plan, scope } = await loadPlan(deps.db, args.planId);
  assertCan(actor, 'task.manage', scope);
  await checkAssignment(deps.db, plan, null, args, null);
  const position = args.position ?? (await listTasks(deps.db, { planId: plan.id })).reduce((max, task) => Math.max(max, task.position), 0) + 1;
  return storeCreateTask(deps.db, writeContext(deps, actor), { ...args, position });
}

/** Edits and assigns a task (task.manage): title, kind, place in the tree, units, person, dates, recurrence, product, indicators. */
export async function editTask(deps: ServiceDeps, actor: Actor, input: EditTaskInput): Promise<Task> {
  const { taskId, version, ...patch } = parseInput(EditTaskInput, input);
  const c = await loadTask(deps.db, taskId);
  assertCan(actor, 'task.manage', c.scope);
  await checkAssignment(deps.db, c.plan, c.task.id, patch, c.task);
  return updateTask(deps.db, writeContext(deps, actor), taskId, version, patch);
}

/** Removes a task of a draft plan with its sub-tasks (task.manage): the review's "reject". */
export async function deleteTask(deps: ServiceDeps, actor: Actor, input: TaskVersionInput): Promise<void> {
  const args = parseInput(TaskVersionInput, input);
  const c = await loadTask(deps.db, args.taskId);
  assertCan(actor, 'task.manage', c.scope);
  if (c.plan.status !== 'draft') throw invalidState('a published plan\'s task is cancelled with a reason, not deleted', 'nhiệm vụ của kế hoạch đã ban hành không xóa được, chỉ hủy kèm theo lý do');
  if (c.task.version !== args.version) throw new ResoluteError('conflict', 'Stale version', { entity: 'task', id: c.task.id, expected: args.version, actual: c.task.version });
  const all = await listTasks(deps.db, { planId: c.plan.id });
  const doomed: Task[] = [];
  const collect = (id: string): void => {
    for (const child of all.filter((task) => task.parentId === id)) collect(child.id);
    const task = all.find((t) => t.id === id);
    if (task !== undefined) doomed.push(task);
  };
  collect(c.task.id);
  const ctx = writeContext(deps, actor);
  await transaction(deps.db, async (trx) => {
    for (const task of doomed) await storeDeleteTask(trx, ctx, task.id, task.version);
  });
}

/** The unit the actor writes for on a task: its own unit among the task's units (a reporter), else none. */
function writingUnit(actor: Actor, task: Task): string | null {
  if (actor.kind !== 'user') return null;
  const units = taskUnits(task);
  return actor.grants.find((grant) => grant.role === 'reporter' && units.includes(grant.unitId))?.unitId ?? null;
}

/** The lead unit reports progress (task.update): a percent and a text; a task not started is now in progress. */
export async function reportProgress(deps: ServiceDeps, actor: Actor, input: ProgressInput): Promise<{ task: Task; update: TaskUpdate }> {
  const args = parseInput(ProgressInput, input);
  const c = await readableTask(deps.db, actor, args.taskId);
  assertCan(actor, 'task.update', c.taskScope);
  requirePublished(c.plan);
  requireOpen(c.task);
  const ctx = writeContext(deps, actor);
  return transaction(deps.db, async (trx) => {
    const current = await findTask(trx, c.task.id);
    if (current === null) throw new ResoluteError('record_not_found', `No task with id ${c.task.id}`, { entity: 'task', id: c.task.id });
    const update = await addTaskUpdate(trx, ctx, { taskId: current.id, kind: 'progress', percent: args.percent, text: args.text, unitId: current.leadUnitId });
    const status = current.status === 'not_started' ? 'in_progress' : current.status;
    const task = await updateTask(trx, ctx, current.id, current.version, { progressPercent: args.percent, status });
    return { task, update };
  });
}

/** A comment on a task (task.comment: its supporting units, its lead unit, the secretariat). */
export async function commentTask(deps: ServiceDeps, actor: Actor, input: CommentInput): Promise<TaskUpdate> {
  const args = parseInput(CommentInput, input);
  const c = await readableTask(deps.db, actor, args.taskId);
  assertCan(actor, 'task.comment', c.taskScope);
  requirePublished(c.plan);
  return addTaskUpdate(deps.db, writeContext(deps, actor), { taskId: c.task.id, kind: 'comment', percent: null, text: args.text, unitId: writingUnit(actor, c.task) });
}

/**
 * Moves a task to in progress or done. Done records the day (today unless given; never in
 * the future). For a recurring duty, done closes the current occurrence — an update is
 * written and the due date moves to the next one — unless the secretariat closes the duty
 * itself (`final`). Reopening a done task is the secretariat's (task-status.ts).
 */
export async function setTaskStatus(deps: ServiceDeps, actor: Actor, input: SetTaskStatusInput): Promise<Task> {
  const args = parseInput(SetTaskStatusInput, input);
  const c = await readableTask(deps.db, actor, args.taskId);
  const role = roleOn(actor, c);
  if (role === null) throw forbidden('task.update', c.taskScope.unitId);
  requirePublished(c.plan);
  if (args.final === true && role !== 'manager') throw forbidden('task.manage', c.scope.unitId);
  const today = vietnamDate(deps.clock());
  const ctx = writeContext(deps, actor);
  const occurrence = args.status === 'done' && c.task.recurrence !== null && c.task.dueDate !== null && args.final !== true && c.task.status !== 'done';
  const check = occurrence ? checkTransition(c.task.status, 'in_progress', role) : checkTransition(c.task.status, args.status, role);
  if (!check.ok && !(occurrence && check.refusal === 'same_status')) {
    if (check.refusal === 'manager_only') throw forbidden('task.manage', c.scope.unitId);
    throw invalidState(`${c.task.status} → ${args.status} (${check.refusal})`, `không chuyển được từ "${TASK_STATUS_WORD[c.task.status]}" sang "${TASK_STATUS_WORD[args.status]}"`);
  }
  if (args.status === 'in_progress') return updateTask(deps.db, ctx, c.task.id, args.version, { status: 'in_progress', doneAt: null }, 'transition');
  const doneAt = args.doneAt ?? today;
  if (!isIsoDate(doneAt) || doneAt > today) throw invalid('doneAt', 'the day it was done cannot be after today', 'ngày hoàn thành không được sau ngày hôm nay');
  return transaction(deps.db, async (trx) => {
    if (occurrence && c.task.recurrence !== null && c.task.dueDate !== null) {
      await addTaskUpdate(trx, ctx, { taskId: c.task.id, kind: 'progress', percent: 100, text: occurrenceDoneText(c.task.dueDate, args.note), unitId: c.task.leadUnitId });
      const next = nextDueDate(c.task.recurrence, c.task.dueDate);
      return updateTask(trx, ctx, c.task.id, args.version, { status: 'in_progress', dueDate: next, progressPercent: 0 }, 'transition');
    }
    await addTaskUpdate(trx, ctx, { taskId: c.task.id, kind: 'progress', percent: 100, text: args.note ?? TASK_DONE_TEXT, unitId: c.task.leadUnitId });
    return updateTask(trx, ctx, c.task.id, args.version, { status: 'done', doneAt, progressPercent: 100, cancelReason: null }, 'transition');
  });
}

/** Cancels a task with a reason (task.manage). */
export async function cancelTask(deps: ServiceDeps, actor: Actor, input: CancelTaskInput): Promise<Task> {
  const args = parseInput(CancelTaskInput, input);
  const c = await loadTask(deps.db, args.taskId);
  assertCan(actor, 'task.manage', c.scope);
  const check = checkTransition(c.task.status, 'cancelled', 'manager');
  if (!check.ok) throw invalidState(`the task is already ${c.task.status}`, `nhiệm vụ đã ở trạng thái "${TASK_STATUS_WORD[c.task.status]}"`);
  return updateTask(deps.db, writeContext(deps, actor), c.task.id, args.version, { status: 'cancelled', cancelReason: args.reason, doneAt: null }, 'transition');
}

/** Reopens a done or cancelled task (task.manage): back in progress, its done day and reason cleared. */
export async function reopenTask(deps: ServiceDeps, actor: Actor, input: TaskVersionInput): Promise<Task> {
  const args = parseInput(TaskVersionInput, input);
  const c = await loadTask(deps.db, args.taskId);
  assertCan(actor, 'task.manage', c.scope);
  const check = checkTransition(c.task.status, 'in_progress', 'manager');
  if (!check.ok || c.task.status === 'not_started' || c.task.status === 'in_progress') throw invalidState(`a ${c.task.status} task is not reopened`, `nhiệm vụ ở trạng thái "${TASK_STATUS_WORD[c.task.status]}" không được mở lại`);
  return updateTask(deps.db, writeContext(deps, actor), c.task.id, args.version, { status: 'in_progress', doneAt: null, cancelReason: null }, 'transition');
}

/** Records an evidence file on a task (the lead unit, task.update; the bytes are already in the file store). */
export async function attachTaskEvidence(deps: ServiceDeps, actor: Actor, input: AttachTaskEvidenceInput): Promise<TaskEvidence> {
  const { updateId, ...args } = parseInput(AttachTaskEvidenceInput, input);
  const c = await readableTask(deps.db, actor, args.taskId);
  assertCan(actor, 'task.update', c.taskScope);
  requirePublished(c.plan);
  if (updateId !== undefined && (await getTaskUpdate(deps.db, updateId))?.taskId !== c.task.id) throw invalid('updateId', 'not an update of this task', 'không phải là nội dung cập nhật của nhiệm vụ này');
  return addTaskEvidence(deps.db, writeContext(deps, actor), { ...args, updateId: updateId ?? null });
}

/** An evidence record, for downloading its file (task.read on its task). */
export async function getTaskEvidence(deps: ServiceDeps, actor: Actor, input: TaskEvidenceInput): Promise<TaskEvidence> {
  const { evidenceId } = parseInput(TaskEvidenceInput, input);
  const evidence = await findTaskEvidence(deps.db, evidenceId);
  if (evidence === null) throw new ResoluteError('record_not_found', `No task evidence with id ${evidenceId}`, { entity: 'task_evidence', id: evidenceId });
  await readableTask(deps.db, actor, evidence.taskId);
  return evidence;
}
