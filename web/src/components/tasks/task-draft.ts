/**
 * The draft plan's review: what the secretariat changed on one task (title, kind, lead and
 * supporting units, start and due date, recurrence, product) before saving it, the values it
 * now reads with those edits, what is wrong with them, and the PATCH that saves them with the
 * version read. Pure, so it is tested without a browser.
 */
import { RECURRENCE_WORD } from '../../../../src/domain/vocabulary/index.ts';
import type { EditTask, Recurrence, Task, TaskKind } from '../../api/tasks.ts';

export type RecurrenceEvery = Recurrence['every'];

/** A row's edits; a field left out is unchanged. */
export interface TaskEdits {
  title?: string;
  kind?: TaskKind;
  leadUnitId?: string | null;
  supportingUnitIds?: string[];
  startDate?: string | null;
  dueDate?: string | null;
  /** The period of a repeating duty, or null for none. */
  recurrence?: RecurrenceEvery | null;
  productText?: string;
}

export interface TaskValues {
  title: string;
  kind: TaskKind;
  leadUnitId: string | null;
  supportingUnitIds: string[];
  startDate: string | null;
  dueDate: string | null;
  recurrence: RecurrenceEvery | null;
  productText: string;
}

export type TaskEditProblem = 'titleRequired' | 'dueBeforeStart' | 'leadAmongSupporting';

/** The values a task reads with its edits. */
export function taskValues(task: Task, edits: TaskEdits | undefined): TaskValues {
  return {
    title: edits?.title ?? task.title,
    kind: edits?.kind ?? task.kind,
    leadUnitId: edits?.leadUnitId === undefined ? task.leadUnitId : edits.leadUnitId,
    supportingUnitIds: edits?.supportingUnitIds ?? task.supportingUnitIds,
    startDate: edits?.startDate === undefined ? task.startDate : edits.startDate,
    dueDate: edits?.dueDate === undefined ? task.dueDate : edits.dueDate,
    recurrence: edits?.recurrence === undefined ? (task.recurrence?.every ?? null) : edits.recurrence,
    productText: edits?.productText ?? task.productText ?? '',
  };
}

/** What stops the edits from being saved. */
export function taskProblems(values: TaskValues): TaskEditProblem[] {
  const problems: TaskEditProblem[] = [];
  if (values.title.trim() === '') problems.push('titleRequired');
  if (values.startDate !== null && values.dueDate !== null && values.startDate > values.dueDate) problems.push('dueBeforeStart');
  if (values.leadUnitId !== null && values.supportingUnitIds.includes(values.leadUnitId)) problems.push('leadAmongSupporting');
  return problems;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((value, index) => value === b[index]);

/** The recurrence saved for a period: the words users read ("hằng quý"), due on the period's last day. */
export function recurrenceOf(every: RecurrenceEvery): Recurrence {
  return { every, day: null, text: RECURRENCE_WORD[every] };
}

/** The PATCH body of the changed fields with the version read; null when nothing changed. */
export function taskPatch(task: Task, edits: TaskEdits | undefined): EditTask | null {
  const values = taskValues(task, edits);
  const patch: EditTask = { version: task.version };
  if (values.title.trim() !== task.title) patch.title = values.title.trim();
  if (values.kind !== task.kind) patch.kind = values.kind;
  if (values.leadUnitId !== task.leadUnitId) patch.leadUnitId = values.leadUnitId;
  if (!sameList(values.supportingUnitIds, task.supportingUnitIds)) patch.supportingUnitIds = values.supportingUnitIds;
  if (values.startDate !== task.startDate) patch.startDate = values.startDate;
  if (values.dueDate !== task.dueDate) patch.dueDate = values.dueDate;
  if (values.recurrence !== (task.recurrence?.every ?? null)) patch.recurrence = values.recurrence === null ? null : recurrenceOf(values.recurrence);
  const product = values.productText.trim();
  if (product !== (task.productText ?? '')) patch.productText = product === '' ? null : product;
  return Object.keys(patch).length === 1 ? null : patch;
}

/** Whether a row has edits not saved yet. */
export function isEdited(task: Task, edits: TaskEdits | undefined): boolean {
  return taskPatch(task, edits) !== null;
}

/** What a draft plan still lacks before it reaches the units: tasks without a lead unit, or without a due date or recurrence. */
export function draftGaps(tasks: readonly (Task & { heading: boolean })[]): { unassigned: number; undated: number } {
  const leaves = tasks.filter((task) => !task.heading && task.status !== 'cancelled');
  return {
    unassigned: leaves.filter((task) => task.leadUnitId === null).length,
    undated: leaves.filter((task) => task.dueDate === null && task.recurrence === null).length,
  };
}
