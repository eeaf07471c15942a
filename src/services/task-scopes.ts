/**
 * Where plans and tasks live, for authorization. A plan lives in its organisation. A task
 * lives in its lead unit (in the plan's organisation while nobody leads it), with its lead
 * and supporting units as the assigned units: so the province's secretariat, leader and
 * inspector reach every task below them, a unit's reporter reaches the tasks it leads or
 * supports (`task.read`, `task.comment`) and updates only those it leads (`task.update`).
 * Who may read what is decided here once, for single records and for whole lists.
 */
import type { Plan, Task } from '../domain/plan.ts';
import { ResoluteError } from '../domain/errors.ts';
import { getPlan, getTask, type Executor } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { can, type Scope } from './authorization.ts';
import { loadOrganisationIndex, type OrganisationIndex } from './organisation-index.ts';
import { unitScope } from './scopes.ts';

function missing(entity: string, id: string): ResoluteError {
  return new ResoluteError('record_not_found', `No ${entity} with id ${id}`, { entity, id });
}

/** The units assigned to a task: its lead unit, then its supporting units. */
export function taskUnits(task: Pick<Task, 'leadUnitId' | 'supportingUnitIds'>): string[] {
  return [...(task.leadUnitId === null ? [] : [task.leadUnitId]), ...task.supportingUnitIds];
}

/** A task's scope from the scope of the unit it lives in. */
export function taskScopeFrom(unit: Scope, task: Pick<Task, 'leadUnitId' | 'supportingUnitIds'>): Scope {
  return { ...unit, assignedUnitIds: taskUnits(task) };
}

export interface PlanContext {
  plan: Plan;
  /** The plan's organisation. */
  scope: Scope;
}

export interface TaskContext extends PlanContext {
  task: Task;
  /** The task's own scope (lead unit, assigned units). */
  taskScope: Scope;
}

/** A plan and its organisation's scope; `record_not_found` when there is none. */
export async function loadPlan(db: Executor, planId: string): Promise<PlanContext> {
  const plan = await getPlan(db, planId);
  if (plan === null) throw missing('plan', planId);
  return { plan, scope: await unitScope(db, plan.organisationId) };
}

/** A task, its plan and both scopes. */
export async function loadTask(db: Executor, taskId: string): Promise<TaskContext> {
  const task = await getTask(db, taskId);
  if (task === null) throw missing('task', taskId);
  const { plan, scope } = await loadPlan(db, task.planId);
  const unit = task.leadUnitId === null ? scope : await unitScope(db, task.leadUnitId);
  return { plan, scope, task, taskScope: taskScopeFrom(unit, task) };
}

/**
 * Whether the actor may see the plan itself: a draft only with task.read over its organisation
 * (secretariat, leader, inspector); a published one also by whoever reads the organisation's
 * framework (a department reads its province's plan, and then only the tasks it may read).
 */
export function canSeePlan(actor: Actor, plan: Plan, scope: Scope): boolean {
  if (can(actor, 'task.read', scope)) return true;
  return plan.status === 'published' && can(actor, 'framework.read', scope);
}

/** Throws `forbidden` unless the actor may see the plan. */
export function assertSeePlan(actor: Actor, plan: Plan, scope: Scope): void {
  if (!canSeePlan(actor, plan, scope)) {
    throw new ResoluteError('forbidden', `Not allowed: task.read in unit ${scope.unitId}`, { permission: 'task.read', unitId: scope.unitId });
  }
}

/**
 * Whether the actor may read a task: task.read in the task's scope, and a draft plan's tasks
 * only by those who see the draft (task.read over the plan's organisation).
 */
export function canReadTask(actor: Actor, plan: Plan, planScope: Scope, taskScope: Scope): boolean {
  if (plan.status === 'draft') return can(actor, 'task.read', planScope);
  return can(actor, 'task.read', taskScope);
}

/** Answers "may this actor read this task?" for many tasks of many plans with one read of the organisations. */
export class TaskVisibility {
  private constructor(private readonly actor: Actor, private readonly index: OrganisationIndex) {}

  static async load(db: Executor, actor: Actor): Promise<TaskVisibility> {
    return new TaskVisibility(actor, await loadOrganisationIndex(db));
  }

  /** The scope of a unit (an unknown unit: a scope no grant covers). */
  scopeOf(unitId: string): Scope {
    return this.index.scopeOf(unitId) ?? { unitId, ancestorIds: [] };
  }

  /** The name of a unit, or null. */
  nameOf(unitId: string | null): string | null {
    return unitId === null ? null : (this.index.byId.get(unitId)?.name ?? null);
  }

  /** The ids of a unit and every unit below it. */
  subtreeOf(unitId: string): string[] {
    const result: string[] = [];
    for (const unit of this.index.byId.values()) {
      if (unit.id === unitId || (this.index.scopeOf(unit.id)?.ancestorIds ?? []).includes(unitId)) result.push(unit.id);
    }
    return result;
  }

  taskScope(plan: Plan, task: Task): Scope {
    return taskScopeFrom(this.scopeOf(task.leadUnitId ?? plan.organisationId), task);
  }

  seesPlan(plan: Plan): boolean {
    return canSeePlan(this.actor, plan, this.scopeOf(plan.organisationId));
  }

  /** The actor manages the plan (task.manage over its organisation). */
  canManage(plan: Plan): boolean {
    return can(this.actor, 'task.manage', this.scopeOf(plan.organisationId));
  }

  readsTask(plan: Plan, task: Task): boolean {
    return canReadTask(this.actor, plan, this.scopeOf(plan.organisationId), this.taskScope(plan, task));
  }
}
