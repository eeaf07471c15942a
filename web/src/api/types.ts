/**
 * The API's shapes, derived from the server's zod schemas (types only: no server code reaches
 * the browser bundle). A change to a schema changes these types, and `npm run typecheck`
 * shows every screen that must follow.
 */
import type { z } from 'zod';
import type { LoginBody, LoginResponse, SessionResponse } from '../../../src/server/schemas/account.schemas.ts';
import type {
  BulkApproveBody, BulkResult as BulkResultSchema, EnterObservationBody, ListObservationsQuery, ReturnBody, StepBody, UpdateObservationBody,
} from '../../../src/server/schemas/collection.schemas.ts';
import type { Observation as ObservationSchema, PeriodStatus as PeriodStatusSchema, Target as TargetSchema } from '../../../src/server/schemas/entity.schemas.ts';
import type { DashboardQuery as DashboardQuerySchema, DashboardResponse } from '../../../src/server/schemas/evaluation.schemas.ts';
import type { DirectoryResponse, FrameworkResponse } from '../../../src/server/schemas/framework.schemas.ts';

export type Login = z.input<typeof LoginBody>;
export type LoginResult = z.output<typeof LoginResponse>;
export type Session = z.output<typeof SessionResponse>;
export type Role = Session['grants'][number]['role'];

export type Directory = z.output<typeof DirectoryResponse>;
export type Organisation = Directory['organisations'][number];
export type Term = Directory['terms'][number];
export type Framework = z.output<typeof FrameworkResponse>;
export type Indicator = Framework['indicators'][number];
export type Target = z.output<typeof TargetSchema>;
export type PeriodStatus = z.output<typeof PeriodStatusSchema>;

/** Query strings are text on the wire: the schema's input side. */
export type DashboardQuery = z.input<typeof DashboardQuerySchema>;
export type Dashboard = z.output<typeof DashboardResponse>;
export type IndicatorResult = Dashboard['indicators'][number];
export type Status = NonNullable<IndicatorResult['status']>;
export type Rollup = Dashboard['rollup'];
export type GroupRollup = Rollup['groups'][number];
export type SeriesEntry = IndicatorResult['series'][number];
export type Forecast = NonNullable<IndicatorResult['forecast']>;

export type ObservationQuery = z.input<typeof ListObservationsQuery>;
export type Observation = z.output<typeof ObservationSchema>;

export type EnterObservation = z.input<typeof EnterObservationBody>;
export type UpdateObservation = z.input<typeof UpdateObservationBody>;
export type ObservationStep = z.input<typeof StepBody>;
export type ReturnObservation = z.input<typeof ReturnBody>;
export type BulkApprove = z.input<typeof BulkApproveBody>;
export type BulkResult = z.output<typeof BulkResultSchema>;
