/** Input schemas of the report services (strict: unknown keys are refused). */
import { z } from 'zod';
import { Id } from './schema-common.ts';

/** The formats a report is written in (src/reports/index.ts REPORT_FORMATS). */
export const ReportFormat = z.enum(['xlsx', 'docx', 'pdf', 'csv', 'json']);

/**
 * What a request for one of these reports may ask for: a format, or `layout` — the laid-out
 * document the writers render, as JSON, for a client that renders it itself (the web preview).
 */
export const ReportOutput = z.enum([...ReportFormat.options, 'layout']);

export const AppendixInput = z.strictObject({
  termId: Id,
  /** One or two periods of the term, shown side by side in time order. */
  asOfPeriodIds: z.array(Id).min(1).max(2),
  /** Print the next term's target of each indicator (its successor's target). */
  showNextTarget: z.boolean().default(false),
  /** Print the note of each figure of the last period. */
  showNote: z.boolean().default(false),
});

export const TermComparisonInput = z.strictObject({
  /** The current term: its indicators linked to the previous term's are compared. */
  termId: Id,
});

export const OrganisationComparisonInput = z.strictObject({
  /** Two or more terms, usually of different provinces, in column order. */
  termIds: z.array(Id).min(2).max(8),
  /** One period per term, same order; by default each term's latest closed period. */
  asOfPeriodIds: z.array(Id).min(2).max(8).optional(),
});

export const REPORT_KINDS = ['appendix', 'summary', 'compare-terms', 'compare-orgs'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** One report of a kind, without the format: what its data and its laid-out document are built from. */
export const ReportLayoutInput = z.discriminatedUnion('kind', [
  AppendixInput.extend({ kind: z.literal('appendix') }),
  AppendixInput.extend({ kind: z.literal('summary') }),
  TermComparisonInput.extend({ kind: z.literal('compare-terms') }),
  OrganisationComparisonInput.extend({ kind: z.literal('compare-orgs') }),
]);

export const RenderReportInput = z.discriminatedUnion('kind', [
  AppendixInput.extend({ kind: z.literal('appendix'), format: ReportOutput }),
  AppendixInput.extend({ kind: z.literal('summary'), format: ReportOutput }),
  TermComparisonInput.extend({ kind: z.literal('compare-terms'), format: ReportOutput }),
  OrganisationComparisonInput.extend({ kind: z.literal('compare-orgs'), format: ReportOutput }),
]);

export type AppendixInput = z.input<typeof AppendixInput>;
export type TermComparisonInput = z.input<typeof TermComparisonInput>;
export type OrganisationComparisonInput = z.input<typeof OrganisationComparisonInput>;
export type ReportLayoutInput = z.input<typeof ReportLayoutInput>;
export type RenderReportInput = z.input<typeof RenderReportInput>;
