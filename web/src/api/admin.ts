/**
 * Administration over the API: the organisation tree and its units, users and their roles,
 * Congress terms, and the period changes (create, open, close, due date). Types come from the
 * server's schemas.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AdminUser as AdminUserSchema, CreateTermBody, CreateUnitBody, CreateUserBody, ResetPasswordBody, RoleBody, RoleQuery, TreeOrganisation as TreeOrganisationSchema,
  UpdateUnitBody, UpdateUserBody,
} from '../../../src/server/schemas/admin.schemas.ts';
import type { CreatePeriodBody, DueDateBody } from '../../../src/server/schemas/collection.schemas.ts';
import type { Organisation, Period as PeriodSchema, Term } from '../../../src/server/schemas/entity.schemas.ts';
import { apiRequest } from './client.ts';

export type TreeOrganisation = z.output<typeof TreeOrganisationSchema>;
export type OrganisationKind = TreeOrganisation['kind'];
export type AdminUser = z.output<typeof AdminUserSchema>;
export type UserRole = AdminUser['roles'][number];
export type NewUnit = z.input<typeof CreateUnitBody>;
export type UnitKind = NewUnit['kind'];
export type UnitChange = z.input<typeof UpdateUnitBody>;
export type NewUser = z.input<typeof CreateUserBody>;
export type UserChange = z.input<typeof UpdateUserBody>;
export type NewPassword = z.input<typeof ResetPasswordBody>;
export type RoleGrant = z.input<typeof RoleBody>;
export type RoleRevoke = z.input<typeof RoleQuery>;
export type NewTerm = z.input<typeof CreateTermBody>;
export type NewPeriod = z.input<typeof CreatePeriodBody>;
export type DueDate = z.input<typeof DueDateBody>;
type Unit = z.output<typeof Organisation>;
type CreatedTerm = z.output<typeof Term>;
export type Period = z.output<typeof PeriodSchema>;

const id = encodeURIComponent;

/** GET /api/organisations/:id/tree: the organisation, then each unit followed by its own. */
export function readOrganisationTree(organisationId: string): Promise<TreeOrganisation[]> {
  return apiRequest('GET', `/api/organisations/${id(organisationId)}/tree`);
}

/** POST /api/organisations: a new unit under `parentId`. */
export function createUnit(body: NewUnit): Promise<Unit> {
  return apiRequest('POST', '/api/organisations', { body });
}

/** PATCH /api/organisations/:id: name, code or kind. */
export function updateUnit(organisationId: string, body: UnitChange): Promise<Unit> {
  return apiRequest('PATCH', `/api/organisations/${id(organisationId)}`, { body });
}

/** POST /api/organisations/:id/terms: a new Congress term. */
export function createTerm(organisationId: string, body: NewTerm): Promise<CreatedTerm> {
  return apiRequest('POST', `/api/organisations/${id(organisationId)}/terms`, { body });
}

/** GET /api/users: users with a role in a unit the admin manages. */
export function readUsers(): Promise<AdminUser[]> {
  return apiRequest('GET', '/api/users');
}

/** POST /api/users: an account with its first role. */
export function createUser(body: NewUser): Promise<AdminUser> {
  return apiRequest('POST', '/api/users', { body });
}

/** PATCH /api/users/:id: name, e-mail, disabled. */
export function updateUser(userId: string, body: UserChange): Promise<AdminUser> {
  return apiRequest('PATCH', `/api/users/${id(userId)}`, { body });
}

/** POST /api/users/:id/password: a new password; the user's sessions end. */
export function resetPassword(userId: string, body: NewPassword): Promise<void> {
  return apiRequest('POST', `/api/users/${id(userId)}/password`, { body });
}

/** POST /api/users/:id/roles. */
export function grantRole(userId: string, body: RoleGrant): Promise<AdminUser> {
  return apiRequest('POST', `/api/users/${id(userId)}/roles`, { body });
}

/** DELETE /api/users/:id/roles?unitId=…&role=…. */
export function revokeRole(userId: string, query: RoleRevoke): Promise<AdminUser> {
  return apiRequest('DELETE', `/api/users/${id(userId)}/roles`, { query: { ...query } });
}

/** POST /api/terms/:termId/periods: closed unless `open`. */
export function createPeriod(termId: string, body: NewPeriod): Promise<Period> {
  return apiRequest('POST', `/api/terms/${id(termId)}/periods`, { body });
}

/** POST /api/periods/:id/open or /close. */
export function setPeriodState(periodId: string, state: 'open' | 'closed'): Promise<Period> {
  return apiRequest('POST', `/api/periods/${id(periodId)}/${state === 'open' ? 'open' : 'close'}`);
}

/** PUT /api/periods/:id/due-date: a date, or null to clear it. */
export function setDueDate(periodId: string, body: DueDate): Promise<Period> {
  return apiRequest('PUT', `/api/periods/${id(periodId)}/due-date`, { body });
}

export const USERS_KEY = ['admin', 'users'] as const;
export const treeKey = (organisationId: string | null) => ['admin', 'tree', organisationId] as const;

/** The tree under an organisation (disabled until one is chosen). */
export function useOrganisationTree(organisationId: string | null): UseQueryResult<TreeOrganisation[]> {
  return useQuery({ queryKey: treeKey(organisationId), queryFn: () => readOrganisationTree(organisationId ?? ''), enabled: organisationId !== null });
}

/** The users the admin manages (disabled for a user who manages none). */
export function useUsers(enabled: boolean): UseQueryResult<AdminUser[]> {
  return useQuery({ queryKey: USERS_KEY, queryFn: readUsers, enabled });
}

/** The units of several trees (an admin's organisations, usually one), root by root; loading until every tree is in. */
export function useAdminUnits(rootIds: readonly string[]): { units: TreeOrganisation[] | undefined; error: unknown; refetch: () => void } {
  const trees = useQueries({ queries: rootIds.map((rootId) => ({ queryKey: treeKey(rootId), queryFn: () => readOrganisationTree(rootId) })) });
  const failed = trees.find((tree) => tree.isError);
  const loaded = trees.every((tree) => tree.data !== undefined);
  return {
    units: loaded ? trees.flatMap((tree) => tree.data ?? []) : undefined,
    error: failed?.error ?? null,
    refetch: () => {
      for (const tree of trees) void tree.refetch();
    },
  };
}
