/** Input schemas of the document read service (strict: unknown keys are refused). */
import { z } from 'zod';
import { Id } from './schema-common.ts';

export const DocumentInput = z.strictObject({ documentId: Id });
export const TermDocumentsInput = z.strictObject({ termId: Id });

export const DocumentSearchInput = z.strictObject({
  q: z.string().trim().min(1).max(200).describe('Words to find, with or without diacritics'),
  termId: Id.optional().describe('Search the documents filed under this term'),
  documentId: Id.optional().describe('Search this document only'),
}).refine((input) => input.termId !== undefined || input.documentId !== undefined, { message: 'termId or documentId is required', path: ['termId'] });

export type DocumentSearchInput = z.input<typeof DocumentSearchInput>;
