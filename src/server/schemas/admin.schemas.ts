/**
 * Request and response schemas of the administration routes (organisations and units, users
 * and roles, terms): the services' input schemas, minus what the path gives.
 */
import { z } from 'zod';
import { CreateUnitInput, UpdateUnitInput } from '../../services/organisation.schemas.ts';
import { CreateTermInput } from '../../services/term.schemas.ts';
import { CreateUserInput, ResetPasswordInput, ROLES, RoleGrantInput, UpdateUserInput } from '../../services/user-admin.schemas.ts';
import { Organisation } from './entity.schemas.ts';

const IdParam = z.string().min(1).max(200);
const Timestamp = z.string().describe('ISO 8601 UTC, e.g. 2025-03-01T08:00:00.000Z');

export const OrganisationParams = z.strictObject({ organisationId: IdParam });
export const UserParams = z.strictObject({ userId: IdParam });

export const CreateUnitBody = CreateUnitInput;
export const UpdateUnitBody = UpdateUnitInput.omit({ organisationId: true });
export const CreateUserBody = CreateUserInput;
export const UpdateUserBody = UpdateUserInput.omit({ userId: true });
export const ResetPasswordBody = ResetPasswordInput.omit({ userId: true });
export const RoleBody = RoleGrantInput.omit({ userId: true });
/** DELETE /api/users/:userId/roles names the role in the query: `?unitId=…&role=reporter`. */
export const RoleQuery = RoleGrantInput.omit({ userId: true });
export const CreateTermBody = CreateTermInput.omit({ organisationId: true });

export const OrganisationKind = z.enum(['nation', 'province', 'party_body', 'department', 'commune', 'other']);

export const TreeOrganisation = Organisation.extend({
  kind: OrganisationKind,
  depth: z.number().int().describe('How deep below the tree\'s root (the root: 0)'),
}).meta({ id: 'TreeOrganisation' });

export const OrganisationTree = z.array(TreeOrganisation).describe('The root first, then each unit followed by the units below it');

export const UserRole = z.object({ unitId: z.string(), unitName: z.string(), role: z.enum(ROLES), createdAt: Timestamp });

export const AdminUser = z
  .object({
    id: z.string(), login: z.string(), displayName: z.string(), email: z.string().nullable(),
    disabledAt: Timestamp.nullable().describe('When the account was disabled; null while enabled'),
    version: z.number(), createdAt: Timestamp, updatedAt: Timestamp,
    roles: z.array(UserRole).describe('The user\'s roles in units the caller manages'),
    otherRoles: z.number().int().describe('Roles held in units the caller does not manage (not listed)'),
    manageable: z.boolean().describe('Whether the caller manages every unit the user holds a role in, and so may change the account'),
  })
  .meta({ id: 'AdminUser' });
