/** Input schemas of the observation service (strict: unknown keys are refused). */
import { z } from 'zod';
import { Id, Text, Version } from './schema-common.ts';

const Value = z.number().nullable();
const ValueText = z.string().trim().min(1).max(500).nullable();
/** The unit the value is written in; checked against (and scaled to) the indicator's unit. */
const Unit = z.string().trim().min(1).max(100);
const Note = z.string().trim().max(4000).nullable();
const Kind = z.enum(['estimate', 'official']);

export const EnterObservationInput = z
  .strictObject({
    indicatorId: Id,
    periodId: Id,
    /** The reporting unit; may be left out when the user reports for exactly one assigned unit. */
    unitId: Id.optional(),
    kind: Kind.default('official'),
    value: Value.optional(),
    valueText: ValueText.optional(),
    unit: Unit.optional(),
    note: Note.optional(),
  })
  .refine((o) => (o.value ?? null) !== null || (o.valueText ?? null) !== null, { message: 'a value or a value text is required', path: ['value'] });

export const UpdateObservationInput = z.strictObject({
  observationId: Id,
  version: Version,
  /** Estimate or official: a draft may change its kind (one figure per indicator, period, unit and kind). */
  kind: Kind.optional(),
  value: Value.optional(),
  valueText: ValueText.optional(),
  unit: Unit.optional(),
  note: Note.optional(),
});

export const ObservationInput = z.strictObject({ observationId: Id });

export const ObservationStepInput = z.strictObject({ observationId: Id, version: Version });

export const ReturnObservationInput = z.strictObject({ observationId: Id, version: Version, reason: Text(2000) });

export const BulkApproveInput = z.strictObject({ items: z.array(ObservationStepInput).min(1).max(1000) });

export const ListObservationsInput = z.strictObject({
  termId: Id,
  periodId: Id.optional(),
  /** Leave out to list every unit's figures (needs a role over the whole organisation). */
  unitId: Id.optional(),
  state: z.enum(['draft', 'submitted', 'approved', 'returned']).optional(),
});

export type EnterObservationInput = z.input<typeof EnterObservationInput>;
export type UpdateObservationInput = z.input<typeof UpdateObservationInput>;
export type ObservationInput = z.input<typeof ObservationInput>;
export type ObservationStepInput = z.input<typeof ObservationStepInput>;
export type ReturnObservationInput = z.input<typeof ReturnObservationInput>;
export type BulkApproveInput = z.input<typeof BulkApproveInput>;
export type ListObservationsInput = z.input<typeof ListObservationsInput>;
