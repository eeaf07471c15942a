/**
 * The organisation tree as admins manage it: the units under the organisation they
 * administer, a new unit (department, commune, Party body, other) under one of them, a new
 * name, code or kind. Units are never deleted: figures, tasks and the audit trail point at
 * them, so a unit that closes keeps its history.
 */
import type { Organisation } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import {
  createOrganisation, getOrganisation, listDescendants, updateOrganisation, type Executor, type OrganisationPatch,
} from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import type { Scope } from './authorization.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { CreateUnitInput, OrganisationTreeInput, UNIT_KINDS, UpdateUnitInput } from './organisation.schemas.ts';
import { parseInput } from './parse-input.ts';
import { unitScope } from './scopes.ts';

/** An organisation of a tree, with how deep it lies below the tree's root (the root: 0). */
export interface TreeOrganisation extends Organisation {
  depth: number;
}

async function loadOrganisation(db: Executor, id: string): Promise<Organisation> {
  const organisation = await getOrganisation(db, id);
  if (organisation === null) throw new ResoluteError('record_not_found', `No organisation with id ${id}`, { entity: 'organisation', id });
  return organisation;
}

/** Codes are compared as stored: upper case, so "lch-nn" and "LCH-NN" are one code. */
function normaliseCode(code: string | null | undefined): string | null | undefined {
  return code == null ? code : code.toUpperCase();
}

/** Runs a write; the organisations table's one unique key besides the id is the code, so a duplicate there means the code is taken. */
async function withUniqueCode<T>(code: string | null | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ResoluteError && error.code === 'duplicate' && code != null) {
      throw new ResoluteError('duplicate', `The organisation code ${code} is already used`, { detail: `code "${code}"`, detail_vi: `mã "${code}"`, field: 'code' });
    }
    throw error;
  }
}

/** The root first, then every unit below it, each followed by its own units (by name). */
function depthFirst(root: Organisation, below: readonly Organisation[]): TreeOrganisation[] {
  const children = new Map<string, Organisation[]>();
  for (const unit of below) {
    const key = unit.parentId ?? '';
    children.set(key, [...(children.get(key) ?? []), unit]);
  }
  const result: TreeOrganisation[] = [];
  const visit = (unit: Organisation, depth: number): void => {
    result.push({ ...unit, depth });
    for (const child of children.get(unit.id) ?? []) visit(child, depth + 1);
  };
  visit(root, 0);
  return result;
}

/** The tree under an organisation the actor administers (organisation.manage there). */
export async function listOrganisationTree(deps: ServiceDeps, actor: Actor, input: OrganisationTreeInput): Promise<TreeOrganisation[]> {
  const args = parseInput(OrganisationTreeInput, input);
  const root = await loadOrganisation(deps.db, args.organisationId);
  assertCan(actor, 'organisation.manage', await unitScope(deps.db, root.id));
  return depthFirst(root, await listDescendants(deps.db, root.id));
}

/** Creates a unit under `parentId` (organisation.manage on the parent); a code already used is `duplicate`. */
export async function createUnit(deps: ServiceDeps, actor: Actor, input: CreateUnitInput): Promise<Organisation> {
  const args = parseInput(CreateUnitInput, input);
  const parent = await loadOrganisation(deps.db, args.parentId);
  assertCan(actor, 'organisation.manage', await unitScope(deps.db, parent.id));
  const code = normaliseCode(args.code) ?? null;
  return withUniqueCode(code, () =>
    createOrganisation(deps.db, writeContext(deps, actor), { parentId: parent.id, kind: args.kind, name: args.name, code }));
}

/**
 * Who may change a unit: whoever manages its parent (a unit does not rename itself); a root
 * organisation has no parent, so its own admins may.
 */
async function editingScope(db: Executor, organisation: Organisation): Promise<Scope> {
  return unitScope(db, organisation.parentId ?? organisation.id);
}

/** Renames a unit, changes its code or its kind; a province or the nation keeps its kind. */
export async function updateUnit(deps: ServiceDeps, actor: Actor, input: UpdateUnitInput): Promise<Organisation> {
  const args = parseInput(UpdateUnitInput, input);
  const organisation = await loadOrganisation(deps.db, args.organisationId);
  assertCan(actor, 'organisation.manage', await editingScope(deps.db, organisation));
  const unitKind = (UNIT_KINDS as readonly string[]).includes(organisation.kind);
  if (args.kind !== undefined && args.kind !== organisation.kind && !unitKind) {
    const detail = `kind: a ${organisation.kind} organisation keeps its kind`;
    const detailVi = `kind: tổ chức loại ${organisation.kind} không được đổi loại`;
    throw new ResoluteError('invalid_input', `Invalid input: ${detail}`, { detail, detail_vi: detailVi, path: 'kind' });
  }
  const patch: OrganisationPatch = { name: args.name, code: normaliseCode(args.code), kind: args.kind };
  const unchanged = (Object.keys(patch) as (keyof OrganisationPatch)[]).every((key) => patch[key] === undefined || patch[key] === organisation[key]);
  if (unchanged) return organisation;
  return withUniqueCode(patch.code, () => updateOrganisation(deps.db, writeContext(deps, actor), organisation.id, patch));
}
