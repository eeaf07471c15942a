/** Changing a term's draft framework: edit an indicator (its target is parsed again), publish every draft. */
import type { z } from 'zod';
import type { EditIndicatorBody, PublishResponse } from '../../../src/server/schemas/framework.schemas.ts';
import { apiRequest } from './client.ts';
import type { Indicator } from './types.ts';

export type EditIndicator = z.input<typeof EditIndicatorBody>;
export type Published = z.output<typeof PublishResponse>;

const id = encodeURIComponent;

/** PATCH /api/indicators/:id with the version read: `conflict` when someone changed it meanwhile. */
export function editIndicator(indicatorId: string, body: EditIndicator): Promise<Indicator> {
  return apiRequest('PATCH', `/api/indicators/${id(indicatorId)}`, { body });
}

/** POST /api/terms/:termId/framework/publish: every draft indicator of the term becomes published. */
export function publishFramework(termId: string): Promise<Published> {
  return apiRequest('POST', `/api/terms/${id(termId)}/framework/publish`);
}
