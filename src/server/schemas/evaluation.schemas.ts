/** Request and response schemas of the dashboard (evaluation) and audit routes. */
import { z } from 'zod';
import { AUDIT_ENTITIES } from '../../services/audit.schemas.ts';
import { AuditEntry, Indicator, Period, Term } from './entity.schemas.ts';

const Status = z.enum(['exceeded', 'achieved', 'not_yet', 'failed', 'at_risk', 'on_track']);
const Stage = z.enum(['final', 'interim', 'estimate']);
/** Query strings carry text: "true"/"false" for flags. */
const QueryFlag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const DashboardQuery = z.strictObject({
  asOfPeriodId: z.string().min(1).max(200).describe('The period the dashboard is as of'),
  values: z.enum(['approved', 'latest']).optional(),
  forecastMethod: z.enum(['linear', 'cagr']).optional(),
  includeDrafts: QueryFlag.optional(),
});

const Evaluation = z.object({
  status: Status.nullable(), percentOfTarget: z.number().nullable(), rule: z.string(), explanation: z.string(), stage: Stage,
  relation: z.enum(['above', 'equal', 'within', 'meets', 'below']).nullable(),
}).meta({ id: 'Evaluation' });

const Forecast = z.object({
  method: z.enum(['linear', 'cagr']), status: z.enum(['on_track', 'at_risk']).nullable(), projectedValue: z.number().nullable(),
  projectedYear: z.number(), requiredGain: z.number().nullable().optional(), projectedGain: z.number().nullable().optional(),
  ratio: z.number().nullable().optional(), inputs: z.array(z.object({ year: z.number(), value: z.number() })), explanation: z.string(),
}).meta({ id: 'Forecast' });

const SeriesEntry = z.object({
  periodId: z.string(), label: z.string(), kind: z.enum(['year', 'mid_term', 'term_end']), startYear: z.number(), endYear: z.number(),
  value: z.number().nullable(), valueText: z.string().nullable(), observationId: z.string().nullable(),
  state: z.enum(['draft', 'submitted', 'approved', 'returned']).nullable(), unitId: z.string().nullable(),
});

const IndicatorResult = z.object({
  indicator: Indicator, group: z.string().nullable(), hasComponents: z.boolean(), series: z.array(SeriesEntry), value: z.number().nullable(),
  valueSource: z.enum(['period', 'latest_year', 'mean_of_years']).nullable(), stage: Stage, evaluation: Evaluation.nullable(),
  forecast: Forecast.nullable(), status: Status.nullable(), statusWord: z.string().nullable(), explanation: z.string(),
}).meta({ id: 'IndicatorResult' });

const Counts = z.record(Status, z.number());

const RollupItem = z.object({
  group: z.string().nullable(), name: z.string(), status: Status.nullable(), figure: z.string().optional(), targetText: z.string().optional(),
  stage: Stage.optional(),
});

const Rollup = z.object({
  total: z.number(), counts: Counts, unevaluated: z.number(),
  groups: z.array(z.object({ group: z.string().nullable(), total: z.number(), counts: Counts, unevaluated: z.number(), sentence: z.string() })),
  sentence: z.string(), atRisk: z.array(RollupItem), atRiskText: z.string(),
}).meta({ id: 'Rollup' });

const Disagreement = z.object({
  indicatorId: z.string(), indicatorName: z.string(), documentId: z.string(), documentTitle: z.string().nullable(), line: z.number(),
  label: z.string(), documentFigure: z.string(), documentWord: z.string(), computedFromDocument: z.string().nullable(),
  computedFromData: z.string().nullable(), contradictsOwnFigure: z.boolean(), contradictsData: z.boolean(),
}).meta({ id: 'Disagreement' });

export const DashboardResponse = z.object({
  term: Term, asOf: Period, values: z.enum(['approved', 'latest']), forecastMethod: z.enum(['linear', 'cagr']),
  indicators: z.array(IndicatorResult), rollup: Rollup, atRisk: z.array(IndicatorResult), disagreements: z.array(Disagreement),
}).meta({ id: 'Dashboard' });

export const AuditQuery = z.strictObject({
  entity: z.enum(AUDIT_ENTITIES).optional(),
  entityId: z.string().min(1).max(200).optional(),
  actorId: z.string().min(1).max(200).optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  afterSeq: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export const AuditPage = z.object({ entries: z.array(AuditEntry), nextAfterSeq: z.number().nullable() });
