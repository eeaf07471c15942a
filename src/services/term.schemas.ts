/** Input schemas of the term service (strict: unknown keys are refused). */
import { z } from 'zod';
import { Id, Year } from './schema-common.ts';

export const CreateTermInput = z.strictObject({
  organisationId: Id,
  /** The Congress's number as the documents write it: "XV". */
  congress: z.string().trim().min(1).max(20),
  startYear: Year,
  endYear: Year,
});

export type CreateTermInput = z.input<typeof CreateTermInput>;
