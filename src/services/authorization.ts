/**
 * THE authorization module: what each role may do, and where. Every service asks here
 * before it reads or writes; nothing else decides. Deny by default: a role reaches a
 * permission only where the table below says so, and the switch over permissions is
 * checked for exhaustiveness, so a new permission cannot be added without deciding it
 * for every role.
 */
import type { Role } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import type { Actor, Grant } from './actor.ts';

export const PERMISSIONS = [
  'organisation.manage',
  'user.manage',
  'period.manage',
  'document.import',
  'framework.read',
  'framework.edit',
  'observation.read',
  'observation.edit',
  'observation.submit',
  'observation.review',
  'evaluation.read',
  'audit.read.framework',
  'audit.read.collection',
  'audit.read.accounts',
  // Plans and tasks (task.service.ts): read, the lead unit's updates, supporting units' comments, the secretariat's management, the tasks' history.
  'task.read',
  'task.update',
  'task.comment',
  'task.manage',
  'audit.read.tasks',
  // Consultations on drafts (consultation*.service.ts): read the internal views, open/close/dispose, moderate, enter offline comments.
  'consultation.read',
  'consultation.manage',
  'consultation.moderate',
  'consultation.enter',
  'audit.read.consultations',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Where a resource lives, as far as authorization needs to know. */
export interface Scope {
  /** The unit the resource belongs to: a term's organisation, an observation's reporting unit. */
  unitId: string;
  /** That unit's ancestors, root first. */
  ancestorIds: readonly string[];
  /** For observations: the units the indicator is assigned to (lead and supporting); for tasks: the task's lead and supporting units. */
  assignedUnitIds?: readonly string[];
}

/**
 * How far a role held in unit U reaches:
 * - subtree: resources of U and of every unit below it (a province secretariat covers its departments);
 * - subtree_or_enclosing: also the resources of U's ancestors (a commune reads its province's framework);
 * - own_unit: resources of U only;
 * - own_assigned_unit: resources of U only, and only for indicators assigned to U;
 * - assigned_unit: resources assigned to U, as lead or supporting unit, wherever they live (a task of the province's plan that U supports).
 */
export type Reach = 'none' | 'subtree' | 'subtree_or_enclosing' | 'own_unit' | 'own_assigned_unit' | 'assigned_unit';

const NOBODY: Record<Role, Reach> = { admin: 'none', secretariat: 'none', reporter: 'none', leader: 'none', inspector: 'none', public: 'none' };

/** Every role's reach for a permission. The public reaches nothing in these services yet. */
function reachTable(permission: Permission): Record<Role, Reach> {
  switch (permission) {
    case 'organisation.manage':
    case 'user.manage':
      return { ...NOBODY, admin: 'subtree' };
    case 'period.manage':
      return { ...NOBODY, admin: 'subtree', secretariat: 'subtree' };
    case 'document.import':
    case 'framework.edit':
    case 'observation.review':
      return { ...NOBODY, secretariat: 'subtree' };
    case 'framework.read': {
      const reads: Reach = 'subtree_or_enclosing';
      return { ...NOBODY, admin: reads, secretariat: reads, reporter: reads, leader: reads, inspector: reads };
    }
    case 'observation.read':
      return { ...NOBODY, secretariat: 'subtree', leader: 'subtree', inspector: 'subtree', reporter: 'own_unit' };
    case 'observation.edit':
    case 'observation.submit':
      return { ...NOBODY, reporter: 'own_assigned_unit' };
    case 'evaluation.read':
      return { ...NOBODY, secretariat: 'subtree', leader: 'subtree', inspector: 'subtree' };
    case 'audit.read.framework':
    case 'audit.read.collection':
      return { ...NOBODY, secretariat: 'subtree', inspector: 'subtree' };
    case 'audit.read.accounts':
      return { ...NOBODY, admin: 'subtree', inspector: 'subtree' };
    // A task's scope is its lead unit (the plan's organisation while unassigned) with its lead and supporting units assigned.
    case 'task.read':
      return { ...NOBODY, secretariat: 'subtree', leader: 'subtree', inspector: 'subtree', reporter: 'assigned_unit' };
    case 'task.update':
      return { ...NOBODY, reporter: 'own_assigned_unit' };
    case 'task.comment':
      return { ...NOBODY, secretariat: 'subtree', reporter: 'assigned_unit' };
    case 'task.manage':
      return { ...NOBODY, secretariat: 'subtree' };
    case 'audit.read.tasks':
      return { ...NOBODY, secretariat: 'subtree', inspector: 'subtree' };
    // A consultation's scope is its organisation; units below it enter the comments of their meetings.
    case 'consultation.read':
      return { ...NOBODY, secretariat: 'subtree', leader: 'subtree', inspector: 'subtree' };
    case 'consultation.manage':
    case 'consultation.moderate':
      return { ...NOBODY, secretariat: 'subtree' };
    case 'consultation.enter':
      return { ...NOBODY, secretariat: 'subtree', reporter: 'subtree_or_enclosing' };
    case 'audit.read.consultations':
      return { ...NOBODY, secretariat: 'subtree', inspector: 'subtree' };
    default:
      return unreachable(permission);
  }
}

function unreachable(value: never): never {
  throw new Error(`Unhandled permission: ${String(value)}`);
}

/** How far `role` reaches for `permission`. */
export function reachOf(role: Role, permission: Permission): Reach {
  return reachTable(permission)[role];
}

function covers(grant: Grant, scope: Scope): boolean {
  return grant.unitId === scope.unitId || scope.ancestorIds.includes(grant.unitId);
}

function grantAllows(grant: Grant, permission: Permission, scope: Scope): boolean {
  const reach = reachOf(grant.role, permission);
  switch (reach) {
    case 'none':
      return false;
    case 'subtree':
      return covers(grant, scope);
    case 'subtree_or_enclosing':
      return covers(grant, scope) || grant.unitAncestorIds.includes(scope.unitId);
    case 'own_unit':
      return grant.unitId === scope.unitId;
    case 'own_assigned_unit':
      return grant.unitId === scope.unitId && (scope.assignedUnitIds ?? []).includes(grant.unitId);
    case 'assigned_unit':
      return (scope.assignedUnitIds ?? []).includes(grant.unitId);
    default:
      return unreachable(reach);
  }
}

/** Whether the actor may do `permission` on a resource in `scope`. */
export function can(actor: Actor, permission: Permission, scope: Scope): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind === 'anonymous') return false;
  return actor.grants.some((grant) => grantAllows(grant, permission, scope));
}

/** Throws `forbidden` unless the actor may do `permission` in `scope`. */
export function assertCan(actor: Actor, permission: Permission, scope: Scope): void {
  if (!can(actor, permission, scope)) {
    throw new ResoluteError('forbidden', `Not allowed: ${permission} in unit ${scope.unitId}`, { permission, unitId: scope.unitId });
  }
}
