/**
 * Response schemas of the records the API returns (src/domain/entities.ts, and the parsed
 * target of src/domain/target.ts). Responses are checked against them as they are sent.
 */
import { z } from 'zod';

const Timestamp = z.string().describe('ISO 8601 UTC, e.g. 2025-03-01T08:00:00.000Z');
const DateOnly = z.string().describe('YYYY-MM-DD');

const TargetCommon = {
  text: z.string().describe('The target as the document wrote it'),
  unit: z.string().nullable(),
  basis: z.string().nullable(),
  per: z.enum(['year', 'term_end', 'term_total']).nullable(),
  year: z.number().nullable(),
  direction: z.enum(['increase', 'decrease', 'band', 'structure', 'unknown']),
  min: z.number().nullable(),
  max: z.number().nullable(),
  minInclusive: z.boolean(),
  maxInclusive: z.boolean(),
};

/** A parsed target (src/domain/target.ts), one variant per kind. */
export const Target = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('point'), value: z.number(), ...TargetCommon }),
    z.object({ kind: z.enum(['range', 'at_least', 'at_most', 'approx', 'maintain', 'none_left', 'qualitative']), ...TargetCommon }),
    z.object({ kind: z.literal('change'), sense: z.enum(['increase', 'decrease']), measure: z.enum(['points', 'percent', 'times', 'absolute']), ...TargetCommon }),
    z.object({ kind: z.literal('unparsed'), reason: z.string(), ...TargetCommon }),
  ])
  .meta({ id: 'Target' });

export const Term = z
  .object({ id: z.string(), organisationId: z.string(), congress: z.string(), startYear: z.number(), endYear: z.number(), createdAt: Timestamp })
  .meta({ id: 'Term' });

export const Organisation = z
  .object({
    id: z.string(), parentId: z.string().nullable(), kind: z.string(), name: z.string(), code: z.string().nullable(),
    createdAt: Timestamp, updatedAt: Timestamp,
  })
  .meta({ id: 'Organisation' });

export const IndicatorGroup = z
  .object({ id: z.string(), termId: z.string(), code: z.string().nullable(), name: z.string(), position: z.number() })
  .meta({ id: 'IndicatorGroup' });

export const Indicator = z
  .object({
    id: z.string(), termId: z.string(), groupId: z.string().nullable(), parentId: z.string().nullable(), code: z.string().nullable(),
    name: z.string(), unit: z.string().nullable(), targetText: z.string().nullable(), target: Target.nullable(),
    direction: z.string(), baseline: z.object({ value: z.number(), year: z.number().nullable(), text: z.string() }).nullable(),
    leadUnitId: z.string().nullable(), supportingUnitIds: z.array(z.string()), sourceDocumentId: z.string().nullable(),
    sourceLine: z.number().nullable(), previousIndicatorId: z.string().nullable(), status: z.enum(['draft', 'published']),
    position: z.number(), version: z.number(), createdAt: Timestamp, updatedAt: Timestamp,
  })
  .meta({ id: 'Indicator' });

export const Period = z
  .object({
    id: z.string(), termId: z.string(), kind: z.enum(['year', 'mid_term', 'term_end']), startYear: z.number(), endYear: z.number(),
    label: z.string(), state: z.enum(['open', 'closed']), dueDate: DateOnly.nullable(), createdAt: Timestamp, updatedAt: Timestamp,
  })
  .meta({ id: 'Period' });

export const PeriodStatus = Period.extend({ daysUntilDue: z.number().nullable(), overdue: z.boolean() }).meta({ id: 'PeriodStatus' });

export const Observation = z
  .object({
    id: z.string(), indicatorId: z.string(), periodId: z.string(), unitId: z.string(), kind: z.enum(['estimate', 'official']),
    value: z.number().nullable(), valueText: z.string().nullable(), note: z.string().nullable(),
    state: z.enum(['draft', 'submitted', 'approved', 'returned']), returnReason: z.string().nullable(), version: z.number(),
    createdBy: z.string().nullable(), createdAt: Timestamp, updatedBy: z.string().nullable(), updatedAt: Timestamp,
  })
  .meta({ id: 'Observation' });

export const Evidence = z
  .object({
    id: z.string(), observationId: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number(), sha256: z.string(),
    storageKey: z.string(), createdBy: z.string().nullable(), createdAt: Timestamp,
  })
  .meta({ id: 'Evidence' });

export const ObservationDetail = z
  .object({ observation: Observation, indicator: Indicator, period: Period, evidence: z.array(Evidence), editable: z.boolean() })
  .meta({ id: 'ObservationDetail' });

export const DocumentSummary = z
  .object({
    id: z.string(), organisationId: z.string(), termId: z.string().nullable(), title: z.string().nullable(), kind: z.string(),
    issuer: z.string().nullable(), number: z.string().nullable(), date: DateOnly.nullable(), place: z.string().nullable(),
    termStartYear: z.number().nullable(), termEndYear: z.number().nullable(), originalName: z.string(), format: z.string(),
    sha256: z.string(), size: z.number(), storageKey: z.string().nullable(), createdBy: z.string().nullable(), createdAt: Timestamp,
  })
  .meta({ id: 'DocumentSummary' });

export const AuditEntry = z
  .object({
    seq: z.number(), at: Timestamp, actorId: z.string().nullable(),
    actorName: z.string().nullable().describe('The display name of the user who made the change; null for the system'),
    entity: z.string(), entityId: z.string(),
    action: z.enum(['create', 'update', 'transition', 'delete']),
    before: z.record(z.string(), z.unknown()).nullable(), after: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEntry' });
