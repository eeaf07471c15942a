/**
 * A figure's evidence files: read the figure with its evidence, upload one (multipart, the
 * server checks type and size from the bytes), remove one, and the address that downloads one.
 */
import { useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Evidence as EvidenceSchema, ObservationDetail as ObservationDetailSchema } from '../../../src/server/schemas/entity.schemas.ts';
import { apiRequest, apiUpload } from './client.ts';

export type Evidence = z.output<typeof EvidenceSchema>;
export type ObservationDetail = z.output<typeof ObservationDetailSchema>;

const id = encodeURIComponent;

/** GET /api/observations/:id: the figure with its indicator, period and evidence. */
export function readObservation(observationId: string): Promise<ObservationDetail> {
  return apiRequest('GET', `/api/observations/${id(observationId)}`);
}

/** POST /api/observations/:id/evidence (multipart): attaches a file to a draft or returned figure. */
export function uploadEvidence(observationId: string, file: Blob, fileName: string): Promise<Evidence> {
  return apiUpload(`/api/observations/${id(observationId)}/evidence`, file, fileName);
}

/** DELETE /api/evidence/:id: removes a file from a draft or returned figure. */
export function removeEvidence(evidenceId: string): Promise<Evidence> {
  return apiRequest('DELETE', `/api/evidence/${id(evidenceId)}`);
}

/** The address that downloads an evidence file under its own name (the session cookie goes along). */
export function evidenceFileHref(evidenceId: string): string {
  return `/api/evidence/${id(evidenceId)}/file`;
}

/** The query key of a figure's detail, to refresh it after an upload or removal. */
export function observationKey(observationId: string | null): readonly unknown[] {
  return ['observation', observationId];
}

/** A figure with its evidence (disabled until there is a figure). */
export function useObservationDetail(observationId: string | null): UseQueryResult<ObservationDetail> {
  return useQuery({ queryKey: observationKey(observationId), queryFn: () => readObservation(observationId ?? ''), enabled: observationId !== null });
}
