/**
 * Reading tasks across plans: a unit's inbox, what falls due in N days, the overdue board
 * (the leader's most overdue first), the evaluation per plan and per unit ("5 rõ": the
 * shares done on time, done late, overdue, in progress), and the inspector's view of every
 * task with its history. Lists hold what the reader may read (task-scopes.ts) of published
 * plans, and count tasks without sub-tasks only (a heading is shown, not counted).
 */
import { isDueWithin } from '../domain/due-date.ts';
import type { AuditEntry, TaskEvidence, TaskUpdate } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import type { Plan, Task } from '../domain/plan.ts';
import { mostOverdue, tallyByUnit, tallyTasks, type TaskTally } from '../domain/task-evaluation.ts';
import { getUser, listAudit, listPlans, listTaskEvidence, listTasks, listTaskUpdates, type Executor } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import { vietnamDate } from './due-date.ts';
import type { ServiceDeps } from './deps.ts';
import { parseInput } from './parse-input.ts';
import { assertSeePlan, loadPlan, TaskVisibility } from './task-scopes.ts';
import { DueInput, EvaluatePlanInput, EvaluateUnitsInput, InboxInput, InspectTasksInput, OverdueInput } from './task.schemas.ts';
import { parentIds, viewTask, type TaskView } from './task-view.ts';

/** A task in a list across plans: the view with its plan's title. */
export interface ListedTask extends TaskView {
  planTitle: string;
}

/** A task in a unit's inbox: as its lead or a supporting unit. */
export interface InboxTask extends ListedTask {
  unitId: string;
  role: 'lead' | 'supporting';
}

export interface UnitTally {
  unitId: string | null;
  unitName: string | null;
  tally: TaskTally;
}

export interface PlanEvaluation {
  plan: Plan;
  tally: TaskTally;
  units: UnitTally[];
  /** The most overdue tasks (at most 10). */
  mostOverdue: ListedTask[];
}

/** A history entry of a task, with its author's name. */
export interface TaskHistoryEntry extends AuditEntry {
  actorName: string | null;
}

export interface InspectedTask {
  task: TaskView;
  history: TaskHistoryEntry[];
  updates: TaskUpdate[];
  evidence: TaskEvidence[];
}

interface Loaded {
  visibility: TaskVisibility;
  today: string;
  tasks: ListedTask[];
}

/**
 * The tasks the actor may read of published plans (of one organisation's subtree when
 * given), without headings, as views at today's date.
 */
async function readableTasks(deps: ServiceDeps, actor: Actor, organisationId?: string): Promise<Loaded> {
  const visibility = await TaskVisibility.load(deps.db, actor);
  const today = vietnamDate(deps.clock());
  const organisations = organisationId === undefined ? undefined : visibility.subtreeOf(organisationId);
  const plans = new Map((await listPlans(deps.db, { status: 'published' })).map((plan) => [plan.id, plan]));
  const all = await listTasks(deps.db, { planStatus: 'published', organisationIds: organisations });
  const parents = parentIds(all);
  const tasks: ListedTask[] = [];
  for (const task of all) {
    const plan = plans.get(task.planId);
    if (plan === undefined || parents.has(task.id) || !visibility.readsTask(plan, task)) continue;
    tasks.push({ ...viewTask(task, today, false, (id) => visibility.nameOf(id)), planTitle: plan.title });
  }
  return { visibility, today, tasks };
}

const isOpen = (task: Task): boolean => task.status === 'not_started' || task.status === 'in_progress';

/** Earliest due date first (so the most overdue lead), undated last. */
function byUrgency(a: TaskView, b: TaskView): number {
  return (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
}

/** The units the actor's inbox covers: the one asked for (the actor must hold a role there), else every unit it reports for. */
function inboxUnits(actor: Actor, unitId: string | undefined): string[] {
  if (actor.kind !== 'user') return unitId === undefined ? [] : [unitId];
  if (unitId !== undefined) {
    if (!actor.grants.some((grant) => grant.unitId === unitId)) {
      throw new ResoluteError('forbidden', `Not allowed: task.read in unit ${unitId}`, { permission: 'task.read', unitId });
    }
    return [unitId];
  }
  return [...new Set(actor.grants.filter((grant) => grant.role === 'reporter').map((grant) => grant.unitId))];
}

/** A unit's inbox: the tasks it leads or supports in published plans, open ones unless `all`, most urgent first. */
export async function listInbox(deps: ServiceDeps, actor: Actor, input: InboxInput): Promise<InboxTask[]> {
  const args = parseInput(InboxInput, input);
  const units = inboxUnits(actor, args.unitId);
  const { tasks } = await readableTasks(deps, actor);
  const result: InboxTask[] = [];
  for (const task of tasks) {
    if (!args.all && !isOpen(task)) continue;
    const lead = task.leadUnitId !== null && units.includes(task.leadUnitId) ? task.leadUnitId : null;
    const supporting = task.supportingUnitIds.find((id) => units.includes(id));
    if (lead !== null) result.push({ ...task, unitId: lead, role: 'lead' });
    else if (supporting !== undefined) result.push({ ...task, unitId: supporting, role: 'supporting' });
  }
  return result.sort(byUrgency);
}

/** Open tasks due within `days` days (today included) that the actor may read, soonest first. */
export async function listDueTasks(deps: ServiceDeps, actor: Actor, input: DueInput): Promise<ListedTask[]> {
  const args = parseInput(DueInput, input);
  const { tasks, today } = await readableTasks(deps, actor, args.organisationId);
  return tasks.filter((task) => isOpen(task) && task.dueDate !== null && isDueWithin(task.dueDate, today, args.days)).sort(byUrgency);
}

/** The overdue board: open tasks past their due date that the actor may read, most days overdue first. */
export async function listOverdueTasks(deps: ServiceDeps, actor: Actor, input: OverdueInput): Promise<ListedTask[]> {
  const args = parseInput(OverdueInput, input);
  const { tasks, today } = await readableTasks(deps, actor, args.organisationId);
  return mostOverdue(tasks, today, args.limit).map(({ task }) => task);
}

function unitTallies(tasks: readonly ListedTask[], today: string, visibility: TaskVisibility): UnitTally[] {
  return tallyByUnit(tasks, today).map(({ unitId, tally }) => ({ unitId, unitName: visibility.nameOf(unitId), tally }));
}

/** A published or draft plan's evaluation over the tasks the actor may read: overall, per lead unit, the most overdue. */
export async function evaluatePlan(deps: ServiceDeps, actor: Actor, input: EvaluatePlanInput): Promise<PlanEvaluation> {
  const { planId } = parseInput(EvaluatePlanInput, input);
  const { plan, scope } = await loadPlan(deps.db, planId);
  assertSeePlan(actor, plan, scope);
  const visibility = await TaskVisibility.load(deps.db, actor);
  const today = vietnamDate(deps.clock());
  const all = await listTasks(deps.db, { planId });
  const parents = parentIds(all);
  const tasks = all
    .filter((task) => !parents.has(task.id) && visibility.readsTask(plan, task))
    .map((task) => ({ ...viewTask(task, today, false, (id) => visibility.nameOf(id)), planTitle: plan.title }));
  return {
    plan, tally: tallyTasks(tasks, today), units: unitTallies(tasks, today, visibility),
    mostOverdue: mostOverdue(tasks, today, 10).map(({ task }) => task),
  };
}

/** Per lead unit, the tally of the published tasks of an organisation (task.read over it), or of one of its plans. */
export async function evaluateUnits(deps: ServiceDeps, actor: Actor, input: EvaluateUnitsInput): Promise<{ tally: TaskTally; units: UnitTally[] }> {
  const args = parseInput(EvaluateUnitsInput, input);
  const loaded = await readableTasks(deps, actor, args.organisationId);
  assertCan(actor, 'task.read', loaded.visibility.scopeOf(args.organisationId));
  const tasks = args.planId === undefined ? loaded.tasks : loaded.tasks.filter((task) => task.planId === args.planId);
  return { tally: tallyTasks(tasks, loaded.today), units: unitTallies(tasks, loaded.today, loaded.visibility) };
}

async function withNames(db: Executor, entries: readonly AuditEntry[], names: Map<string, string | null>): Promise<TaskHistoryEntry[]> {
  for (const id of new Set(entries.map((entry) => entry.actorId))) {
    if (id !== null && !names.has(id)) names.set(id, (await getUser(db, id))?.displayName ?? null);
  }
  return entries.map((entry) => ({ ...entry, actorName: entry.actorId === null ? null : (names.get(entry.actorId) ?? null) }));
}

/**
 * The inspector's view (audit.read.tasks over the plan's organisation: the inspection
 * committee, the secretariat): every task of the plan, draft or published, with its full
 * history (each audited change, before and after), its updates and its evidence.
 */
export async function inspectPlan(deps: ServiceDeps, actor: Actor, input: InspectTasksInput): Promise<{ plan: Plan; tasks: InspectedTask[] }> {
  const { planId } = parseInput(InspectTasksInput, input);
  const { plan, scope } = await loadPlan(deps.db, planId);
  assertCan(actor, 'audit.read.tasks', scope);
  const visibility = await TaskVisibility.load(deps.db, actor);
  const today = vietnamDate(deps.clock());
  const all = await listTasks(deps.db, { planId });
  const parents = parentIds(all);
  const names = new Map<string, string | null>();
  const tasks: InspectedTask[] = [];
  for (const task of all) {
    tasks.push({
      task: viewTask(task, today, parents.has(task.id), (id) => visibility.nameOf(id)),
      history: await withNames(deps.db, await listAudit(deps.db, { entity: 'task', entityId: task.id }), names),
      updates: await listTaskUpdates(deps.db, task.id),
      evidence: await listTaskEvidence(deps.db, task.id),
    });
  }
  return { plan, tasks };
}
