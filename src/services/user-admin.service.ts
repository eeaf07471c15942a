/**
 * User administration (user.manage: admins over their subtree): the accounts with their
 * roles, a new account with its first role, roles granted and revoked, accounts disabled
 * and enabled, passwords reset. Users belong to no unit; their roles do, so:
 * - an admin sees a user who holds a role in a unit the admin manages (and only those roles);
 * - an admin changes a user (name, e-mail, password, disabled) only when they manage every
 *   unit the user holds a role in: a department's admin cannot reset the province
 *   secretary's password by way of a role the secretary also holds in the department;
 * - an account always keeps a role (to take access away, disable it), and a user without
 *   any (created by other means) needs the admin role at every root organisation, as the
 *   audit trail of accounts does.
 * An admin cannot disable themself or drop their own last admin role (`self_lockout`).
 * Password hashes never leave the store's records: `AdminUser` lists the fields it shows.
 */
import type { IsoTimestamp, Membership, Role, User } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { addMembership, deleteUserSessions, getUser, listMemberships, listUsers as storeUsers, removeMembership, updateUser as storeUpdateUser } from '../store/index.ts';
import type { UserPatch } from '../store/index.ts';
import { changePassword, createAccount, type PasswordDeps } from './account.service.ts';
import type { Actor } from './actor.ts';
import { assertCan, can } from './authorization.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { loadOrganisationIndex, type OrganisationIndex } from './organisation-index.ts';
import { parseInput } from './parse-input.ts';
import { CreateUserInput, ListUsersInput, ResetPasswordInput, RoleGrantInput, UpdateUserInput } from './user-admin.schemas.ts';

/** A role of a user as the admin sees it: with the unit's name. */
export interface UserRole {
  unitId: string;
  unitName: string;
  role: Role;
  createdAt: IsoTimestamp;
}

/** A user as administration shows it: never the password hash. */
export interface AdminUser {
  id: string;
  login: string;
  displayName: string;
  email: string | null;
  /** When the account was disabled; null while it is enabled. */
  disabledAt: IsoTimestamp | null;
  version: number;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
  /** The user's roles in units the admin manages. */
  roles: UserRole[];
  /** How many roles the user holds in units the admin does not manage (not shown). */
  otherRoles: number;
  /** Whether the admin may change the account itself: they manage every unit it holds a role in. */
  manageable: boolean;
}

/** What the admin manages, asked of authorization once per unit. */
interface AdminView {
  index: OrganisationIndex;
  manages(unitId: string): boolean;
  /** Whether the admin manages users at every root organisation (users without roles are theirs). */
  managesEveryRoot: boolean;
}

async function adminView(deps: ServiceDeps, actor: Actor): Promise<AdminView> {
  const index = await loadOrganisationIndex(deps.db);
  const answers = new Map<string, boolean>();
  const manages = (unitId: string): boolean => {
    let answer = answers.get(unitId);
    if (answer === undefined) {
      const scope = index.scopeOf(unitId);
      answer = scope !== null && can(actor, 'user.manage', scope);
      answers.set(unitId, answer);
    }
    return answer;
  };
  return { index, manages, managesEveryRoot: index.roots.length > 0 && index.roots.every((root) => manages(root.id)) };
}

function forbidden(detail: string): ResoluteError {
  return new ResoluteError('forbidden', `Not allowed: user.manage (${detail})`, { permission: 'user.manage' });
}

function missing(entity: string, id: string): ResoluteError {
  return new ResoluteError('record_not_found', `No ${entity} with id ${id}`, { entity, id });
}

function mayChange(view: AdminView, memberships: readonly Membership[]): boolean {
  return memberships.length === 0 ? view.managesEveryRoot : memberships.every((m) => view.manages(m.unitId));
}

function present(view: AdminView, user: User, memberships: readonly Membership[]): AdminUser {
  const shown = memberships.filter((m) => view.manages(m.unitId));
  return {
    id: user.id, login: user.login, displayName: user.displayName, email: user.email, disabledAt: user.disabledAt,
    version: user.version, createdAt: user.createdAt, updatedAt: user.updatedAt,
    roles: shown.map((m) => ({ unitId: m.unitId, unitName: view.index.byId.get(m.unitId)?.name ?? m.unitId, role: m.role, createdAt: m.createdAt })),
    otherRoles: memberships.length - shown.length,
    manageable: mayChange(view, memberships),
  };
}

async function loadUser(deps: ServiceDeps, userId: string): Promise<User> {
  const user = await getUser(deps.db, userId);
  if (user === null) throw missing('user', userId);
  return user;
}

/** The user, their roles and the admin's view, once the admin may change the account. */
async function loadManagedUser(deps: ServiceDeps, actor: Actor, userId: string): Promise<{ user: User; memberships: Membership[]; view: AdminView }> {
  const user = await loadUser(deps, userId);
  const memberships = await listMemberships(deps.db, { userId });
  const view = await adminView(deps, actor);
  if (!mayChange(view, memberships)) throw forbidden(`user ${userId} holds roles outside the units you manage`);
  return { user, memberships, view };
}

/** A unit that exists and whose users the admin manages (record_not_found, then forbidden). */
function managedUnit(view: AdminView, actor: Actor, unitId: string): void {
  const scope = view.index.scopeOf(unitId);
  if (scope === null) throw missing('organisation', unitId);
  assertCan(actor, 'user.manage', scope);
}

function isSelf(actor: Actor, userId: string): boolean {
  return actor.kind === 'user' && actor.userId === userId;
}

function passwordDeps(deps: ServiceDeps): PasswordDeps {
  return { db: deps.db, now: deps.clock };
}

/** The users who hold a role in a unit the admin manages, by login, each with those roles. */
export async function listUsers(deps: ServiceDeps, actor: Actor, input: ListUsersInput = {}): Promise<AdminUser[]> {
  parseInput(ListUsersInput, input);
  const view = await adminView(deps, actor);
  if (![...view.index.byId.keys()].some(view.manages)) throw forbidden('no unit');
  const byUser = new Map<string, Membership[]>();
  for (const membership of await listMemberships(deps.db, {})) byUser.set(membership.userId, [...(byUser.get(membership.userId) ?? []), membership]);
  const users = await storeUsers(deps.db);
  return users
    .map((user) => ({ user, memberships: byUser.get(user.id) ?? [] }))
    .filter(({ memberships }) => (memberships.length === 0 ? view.managesEveryRoot : memberships.some((m) => view.manages(m.unitId))))
    .map(({ user, memberships }) => present(view, user, memberships));
}

/** Creates an account with its first role; a login already taken is `duplicate` (field `login`). */
export async function createUser(deps: ServiceDeps, actor: Actor, input: CreateUserInput): Promise<AdminUser> {
  const args = parseInput(CreateUserInput, input);
  const view = await adminView(deps, actor);
  managedUnit(view, actor, args.unitId);
  const ctx = writeContext(deps, actor);
  let created;
  try {
    created = await createAccount(passwordDeps(deps), ctx.actorId, { login: args.login, displayName: args.displayName, email: args.email ?? null, password: args.password });
  } catch (error) {
    if (error instanceof ResoluteError && error.code === 'duplicate') {
      const login = args.login.toLowerCase();
      throw new ResoluteError('duplicate', `The login ${login} is taken`, { detail: `login "${login}"`, detail_vi: `tên đăng nhập "${login}"`, field: 'login' });
    }
    throw error;
  }
  // Not one transaction with the account: hashing the password would hold it open (and
  // SQLite's single writer with it). The unit was checked above and units are never deleted.
  await addMembership(deps.db, ctx, { userId: created.id, unitId: args.unitId, role: args.role });
  return present(view, await loadUser(deps, created.id), await listMemberships(deps.db, { userId: created.id }));
}

/** Changes the display name or e-mail, or disables / enables the account (disabling ends its sessions). */
export async function updateUser(deps: ServiceDeps, actor: Actor, input: UpdateUserInput): Promise<AdminUser> {
  const args = parseInput(UpdateUserInput, input);
  const { user, memberships, view } = await loadManagedUser(deps, actor, args.userId);
  if (args.disabled === true && isSelf(actor, user.id)) throw new ResoluteError('self_lockout', 'An admin cannot disable their own account', { action: 'disable' });
  const disabledAt = args.disabled === undefined ? undefined : args.disabled ? (user.disabledAt ?? deps.clock().toISOString()) : null;
  const patch: UserPatch = { displayName: args.displayName, email: args.email, disabledAt };
  const unchanged = (Object.keys(patch) as (keyof UserPatch)[]).every((key) => patch[key] === undefined || patch[key] === user[key]);
  if (unchanged) return present(view, user, memberships);
  const updated = await storeUpdateUser(deps.db, writeContext(deps, actor), user.id, args.version, patch);
  if (updated.disabledAt !== null) await deleteUserSessions(deps.db, user.id);
  return present(view, updated, memberships);
}

/** Sets a new password chosen by the admin (the account service's rules) and ends the user's sessions. */
export async function resetPassword(deps: ServiceDeps, actor: Actor, input: ResetPasswordInput): Promise<void> {
  const args = parseInput(ResetPasswordInput, input);
  await loadManagedUser(deps, actor, args.userId);
  await changePassword(passwordDeps(deps), writeContext(deps, actor).actorId, args.userId, args.password);
}

/** Gives a user a role in a unit the admin manages; the same role twice is `duplicate`. */
export async function grantRole(deps: ServiceDeps, actor: Actor, input: RoleGrantInput): Promise<AdminUser> {
  const args = parseInput(RoleGrantInput, input);
  const user = await loadUser(deps, args.userId);
  const view = await adminView(deps, actor);
  managedUnit(view, actor, args.unitId);
  try {
    await addMembership(deps.db, writeContext(deps, actor), { userId: user.id, unitId: args.unitId, role: args.role });
  } catch (error) {
    if (error instanceof ResoluteError && error.code === 'duplicate') {
      throw new ResoluteError('duplicate', `The user already holds ${args.role} there`, { detail: `role "${args.role}" in unit ${args.unitId}`, detail_vi: `vai trò "${args.role}" tại đơn vị ${args.unitId}`, field: 'role' });
    }
    throw error;
  }
  return present(view, user, await listMemberships(deps.db, { userId: user.id }));
}

/** Takes a role in a unit the admin manages away; the last role of an account, and an admin's own last admin role, stay. */
export async function revokeRole(deps: ServiceDeps, actor: Actor, input: RoleGrantInput): Promise<AdminUser> {
  const args = parseInput(RoleGrantInput, input);
  const user = await loadUser(deps, args.userId);
  const view = await adminView(deps, actor);
  managedUnit(view, actor, args.unitId);
  const memberships = await listMemberships(deps.db, { userId: user.id });
  const held = memberships.some((m) => m.unitId === args.unitId && m.role === args.role);
  if (!held) throw missing('membership', `${user.id}/${args.unitId}/${args.role}`);
  const rest = memberships.filter((m) => !(m.unitId === args.unitId && m.role === args.role));
  if (isSelf(actor, user.id) && args.role === 'admin' && !rest.some((m) => m.role === 'admin')) {
    throw new ResoluteError('self_lockout', 'An admin cannot remove their own last admin role', { action: 'revoke' });
  }
  if (rest.length === 0) {
    const detail = 'an account keeps at least one role; disable the account to take its access away';
    const detailVi = 'mỗi tài khoản phải giữ ít nhất một vai trò; muốn thu hồi quyền truy cập, hãy khóa tài khoản';
    throw new ResoluteError('invalid_state', `Invalid state: ${detail}`, { detail, detail_vi: detailVi });
  }
  await removeMembership(deps.db, writeContext(deps, actor), { userId: user.id, unitId: args.unitId, role: args.role });
  return present(view, user, rest);
}
