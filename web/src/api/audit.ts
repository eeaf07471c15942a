/** The audit trail of records (GET /api/audit), read one record's history at a time. */
import { useQueries } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditEntry as AuditEntrySchema } from '../../../src/server/schemas/entity.schemas.ts';
import type { AuditPage as AuditPageSchema, AuditQuery as AuditQuerySchema } from '../../../src/server/schemas/evaluation.schemas.ts';
import { apiRequest } from './client.ts';

export type AuditEntry = z.output<typeof AuditEntrySchema>;
export type AuditPage = z.output<typeof AuditPageSchema>;
/** Query strings are text on the wire: the schema's input side (its numbers are coerced, so typed here). */
export type AuditQuery = Omit<z.input<typeof AuditQuerySchema>, 'afterSeq' | 'limit'> & { afterSeq?: number; limit?: number };

/** A record whose history is asked for. */
export interface AuditRecordRef {
  entity: NonNullable<AuditQuery['entity']>;
  entityId: string;
}

/** GET /api/audit. */
export function readAudit(query: AuditQuery): Promise<AuditPage> {
  return apiRequest('GET', '/api/audit', { query: { ...query } });
}

/** The history of each record, one request each (a record's history is short: one page of up to 1.000 entries). */
export function useAuditHistories(records: readonly AuditRecordRef[], enabled: boolean): UseQueryResult<AuditPage>[] {
  return useQueries({
    queries: records.map((record) => ({
      queryKey: ['audit', record.entity, record.entityId],
      queryFn: () => readAudit({ entity: record.entity, entityId: record.entityId, limit: 1000 }),
      enabled,
    })),
  });
}
