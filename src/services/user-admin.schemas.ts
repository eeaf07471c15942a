/** Input schemas of the user administration service (strict: unknown keys are refused). */
import { z } from 'zod';
import { Id, Text, Version } from './schema-common.ts';

export const ROLES = ['admin', 'secretariat', 'reporter', 'leader', 'inspector', 'public'] as const;

export const RoleInput = z.enum(ROLES);

/** Logins are plain ASCII (typed on any keyboard, with or without a Vietnamese input method); stored lower case. */
export const LoginInput = z.string().trim().min(2).max(100).regex(/^[A-Za-z0-9._@-]+$/, 'letters without diacritics, digits, ".", "_", "@" and "-" only');

/** The length rules are the account service's (8 to 1024 characters), checked there. */
export const PasswordInput = z.string().min(1).max(1024);

export const EmailInput = z.email().max(320);

export const ListUsersInput = z.strictObject({});

export const CreateUserInput = z.strictObject({
  login: LoginInput,
  displayName: Text(200),
  email: EmailInput.nullable().optional(),
  password: PasswordInput,
  /** Every account starts with a role in a unit: that is what puts it under an admin's care. */
  unitId: Id,
  role: RoleInput,
});

export const UpdateUserInput = z.strictObject({
  userId: Id,
  version: Version,
  displayName: Text(200).optional(),
  email: EmailInput.nullable().optional(),
  /** true disables the account (it cannot sign in, its sessions end); false enables it again. */
  disabled: z.boolean().optional(),
});

export const ResetPasswordInput = z.strictObject({ userId: Id, password: PasswordInput });

export const RoleGrantInput = z.strictObject({ userId: Id, unitId: Id, role: RoleInput });

export type ListUsersInput = z.input<typeof ListUsersInput>;
export type CreateUserInput = z.input<typeof CreateUserInput>;
export type UpdateUserInput = z.input<typeof UpdateUserInput>;
export type ResetPasswordInput = z.input<typeof ResetPasswordInput>;
export type RoleGrantInput = z.input<typeof RoleGrantInput>;
