/** Input schema of the evaluation ("dashboard") read (strict: unknown keys are refused). */
import { z } from 'zod';
import { Id } from './schema-common.ts';

export const EvaluateTermInput = z.strictObject({
  termId: Id,
  /** The period the dashboard is as of: its figure (or its years') is judged, earlier ones form the series. */
  asOfPeriodId: Id,
  /** Which figures count; defaults to the configuration's (approved). */
  values: z.enum(['approved', 'latest']).optional(),
  /** How the trend is carried to the term end; defaults to the configuration's (linear). */
  forecastMethod: z.enum(['linear', 'cagr']).optional(),
  /** Evaluate draft indicators too (a framework being reviewed). */
  includeDrafts: z.boolean().default(false),
});

export type EvaluateTermInput = z.input<typeof EvaluateTermInput>;
