/** Input schemas of the period service (strict: unknown keys are refused). */
import { z } from 'zod';
import { Id, IsoDate, Text, Year } from './schema-common.ts';

export const CreatePeriodInput = z.strictObject({
  termId: Id,
  kind: z.enum(['year', 'mid_term', 'term_end']),
  startYear: Year,
  endYear: Year,
  /** Defaults to "2021" for a year and "2021-2023" for a span. */
  label: Text(200).optional(),
  dueDate: IsoDate.nullable().optional(),
  /** Periods are created closed unless asked; opening is a separate, audited step. */
  open: z.boolean().default(false),
});

export const PeriodInput = z.strictObject({ periodId: Id });

export const SetDueDateInput = z.strictObject({ periodId: Id, dueDate: IsoDate.nullable() });

export const ListPeriodsInput = z.strictObject({ termId: Id });

export type CreatePeriodInput = z.input<typeof CreatePeriodInput>;
export type PeriodInput = z.input<typeof PeriodInput>;
export type SetDueDateInput = z.input<typeof SetDueDateInput>;
export type ListPeriodsInput = z.input<typeof ListPeriodsInput>;
