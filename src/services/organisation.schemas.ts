/** Input schemas of the organisation service (strict: unknown keys are refused). */
import { z } from 'zod';
import { Id, Text } from './schema-common.ts';

/** The kinds of unit an admin creates under an organisation; provinces and the nation are set up once, not here. */
export const UNIT_KINDS = ['department', 'commune', 'party_body', 'other'] as const;

export const UnitKind = z.enum(UNIT_KINDS);

/** A short stable code ("LCH-NN"): letters, digits, dot, dash, underscore; stored upper case. */
export const UnitCode = z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "-" and "_" only');

export const OrganisationTreeInput = z.strictObject({ organisationId: Id });

export const CreateUnitInput = z.strictObject({
  parentId: Id,
  kind: UnitKind,
  name: Text(300),
  code: UnitCode.nullable().optional(),
});

export const UpdateUnitInput = z.strictObject({
  organisationId: Id,
  name: Text(300).optional(),
  /** null clears the code. */
  code: UnitCode.nullable().optional(),
  kind: UnitKind.optional(),
});

export type OrganisationTreeInput = z.input<typeof OrganisationTreeInput>;
export type CreateUnitInput = z.input<typeof CreateUnitInput>;
export type UpdateUnitInput = z.input<typeof UpdateUnitInput>;
