/**
 * The task status report of a plan: reads the plan as the caller may see it (the plan
 * service's tree: a unit's reporter gets only the tasks it may read), each task's latest
 * progress report and the plan's organisation for the header, assembles TaskReportData
 * (src/reports/task-model.ts) and has src/reports write it. The CLI and the HTTP download
 * call the same functions; reading needs task.read (the plan service checks it).
 */
import { daysBetween } from '../domain/due-date.ts';
import { ResoluteError } from '../domain/errors.ts';
import { renderTaskStatus, type RenderedReport, type TaskReportData, type TaskReportRow } from '../reports/index.ts';
import { getOrganisation, listTaskUpdates } from '../store/index.ts';
import type { Actor } from './actor.ts';
import type { ServiceDeps } from './deps.ts';
import { vietnamDate } from './due-date.ts';
import { parseInput } from './parse-input.ts';
import { getPlan } from './plan.service.ts';
import { reportHeader } from './report-header.ts';
import type { TaskView } from './task-view.ts';
import { TaskReportInput } from './task-report.schemas.ts';

/** Days past the due date: of an overdue task today, of a done task on the day it was done; else null. */
function daysLate(task: TaskView): number | null {
  if (task.effectiveStatus === 'overdue' && task.daysLeft !== null) return Math.max(0, -task.daysLeft);
  if (task.effectiveStatus === 'done_late' && task.dueDate !== null && task.doneAt !== null) return Math.max(0, daysBetween(task.dueDate, task.doneAt));
  return null;
}

/** The depth of each task among those shown (a task whose parent is hidden starts at the top). */
function levels(tasks: readonly TaskView[]): Map<string, number> {
  const depth = new Map<string, number>();
  // Parents come before their sub-tasks (the plan service's tree order).
  for (const task of tasks) depth.set(task.id, task.parentId === null ? 0 : (depth.get(task.parentId) ?? -1) + 1);
  return depth;
}

/** The text of the latest progress report of a task, or null. */
async function latestProgress(deps: ServiceDeps, taskId: string): Promise<string | null> {
  const updates = await listTaskUpdates(deps.db, taskId);
  return updates.filter((update) => update.kind === 'progress').at(-1)?.text ?? null;
}

/** The task status report's data for a plan, as the actor may see it (task.read). */
export async function taskReportData(deps: ServiceDeps, actor: Actor, input: { planId: string }): Promise<TaskReportData> {
  const { planId } = parseInput(TaskReportInput, { ...input, format: 'json' });
  const tree = await getPlan(deps, actor, { planId });
  const organisation = await getOrganisation(deps.db, tree.plan.organisationId);
  if (organisation === null) throw new ResoluteError('record_not_found', `No organisation ${tree.plan.organisationId}`, { entity: 'organisation', id: tree.plan.organisationId });
  const parent = organisation.parentId === null ? null : await getOrganisation(deps.db, organisation.parentId);
  const asOf = vietnamDate(deps.clock());
  const depth = levels(tree.tasks);
  const rows: TaskReportRow[] = [];
  for (const task of tree.tasks) {
    rows.push({
      id: task.id, parentId: task.parentId, number: task.number, level: depth.get(task.id) ?? 0, heading: task.heading, title: task.title, kind: task.kind,
      leadUnit: task.leadUnitName, supportingUnits: task.supportingUnitNames, dueDate: task.dueDate, recurrence: task.recurrence, product: task.productText,
      progressPercent: task.progressPercent, progressText: task.heading ? null : await latestProgress(deps, task.id), doneAt: task.doneAt,
      cancelReason: task.cancelReason, status: task.heading ? null : task.effectiveStatus, daysLate: task.heading ? null : daysLate(task),
    });
  }
  const { plan } = tree;
  return {
    header: reportHeader(organisation, parent, asOf),
    organisationName: organisation.name,
    plan: { id: plan.id, title: plan.title, number: plan.number, date: plan.date, status: plan.status },
    asOf,
    rows,
  };
}

/** The task status report of a plan in a format: the bytes, their content type and an ASCII file name (task.read). */
export async function renderTaskReport(deps: ServiceDeps, actor: Actor, input: TaskReportInput): Promise<RenderedReport> {
  const args = parseInput(TaskReportInput, input);
  return renderTaskStatus(await taskReportData(deps, actor, { planId: args.planId }), args.format);
}
