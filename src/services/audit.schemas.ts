/** Input schema of the audit trail read (strict: unknown keys are refused). */
import { z } from 'zod';
import { Id } from './schema-common.ts';

export const AUDIT_ENTITIES = [
  'organisation', 'term', 'document', 'indicator_group', 'indicator', 'period', 'observation', 'evidence', 'user', 'membership', 'api_token',
  'plan', 'task', 'task_update', 'task_evidence', 'consultation', 'consultation_comment', 'consultation_tally', 'consultation_disposition',
] as const;

export const ReadAuditInput = z
  .strictObject({
    entity: z.enum(AUDIT_ENTITIES).optional(),
    /** One record's history; needs `entity`. */
    entityId: Id.optional(),
    /** Changes made by one user. */
    actorId: Id.optional(),
    /** Inclusive lower bound, ISO 8601. */
    from: z.iso.datetime().optional(),
    /** Exclusive upper bound, ISO 8601. */
    to: z.iso.datetime().optional(),
    /** Entries after this sequence number (paging). */
    afterSeq: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .refine((o) => o.entityId === undefined || o.entity !== undefined, { message: 'entityId needs entity', path: ['entity'] });

export type ReadAuditInput = z.input<typeof ReadAuditInput>;
