/** Request schemas of the period and observation routes: the services' input schemas, minus what the path gives. */
import { z } from 'zod';
import { BulkApproveInput, EnterObservationInput, ObservationStepInput, ReturnObservationInput, UpdateObservationInput } from '../../services/observation.schemas.ts';
import { CreatePeriodInput, SetDueDateInput } from '../../services/period.schemas.ts';
import { Observation } from './entity.schemas.ts';

const IdParam = z.string().min(1).max(200);

export const PeriodParams = z.strictObject({ periodId: IdParam });
export const ObservationParams = z.strictObject({ observationId: IdParam });
export const EvidenceParams = z.strictObject({ evidenceId: IdParam });

export const CreatePeriodBody = CreatePeriodInput.omit({ termId: true });
export const DueDateBody = SetDueDateInput.omit({ periodId: true });

export const ListObservationsQuery = z.strictObject({
  periodId: IdParam.optional(),
  unitId: IdParam.optional(),
  state: z.enum(['draft', 'submitted', 'approved', 'returned']).optional(),
});

export const EnterObservationBody = EnterObservationInput;
export const UpdateObservationBody = UpdateObservationInput.omit({ observationId: true });
export const StepBody = ObservationStepInput.omit({ observationId: true });
export const ReturnBody = ReturnObservationInput.omit({ observationId: true });
export const BulkApproveBody = BulkApproveInput;

export const BulkResult = z.object({
  approved: z.array(Observation),
  failed: z.array(z.object({ observationId: z.string(), code: z.string(), message: z.string() })),
});
