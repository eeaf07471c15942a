/**
 * What to tell the user when an upload is refused: a sentence of our own for the refusals an
 * upload meets (no indicators, damaged, wrong type, empty, too large, and the same file twice
 * when only the database noticed), since the server's generic message for some of them names
 * database details; else the server's (`duplicate_file` names the earlier document).
 */
import { ApiError } from '../../api/client.ts';
import type { MessageKey } from '../../i18n/translate.ts';

const UPLOAD_ERRORS: Readonly<Record<string, MessageKey>> = {
  duplicate: 'documents.error.duplicate',
  no_indicators: 'documents.error.noIndicators',
  corrupt: 'documents.error.corrupt',
  unsupported: 'documents.error.unsupported',
  binary: 'documents.error.unsupported',
  empty: 'documents.error.empty',
  too_large: 'documents.error.tooLarge',
  body_too_large: 'documents.error.tooLarge',
};

/** The catalog key and the size limit (bytes, when the server gave one) for a refused upload, or null for other errors. */
export function uploadErrorOf(error: unknown): { key: MessageKey; limit: number | null } | null {
  if (!(error instanceof ApiError)) return null;
  const key = UPLOAD_ERRORS[error.code];
  if (key === undefined) return null;
  const limit = error.details.limit;
  return { key, limit: typeof limit === 'number' ? limit : typeof limit === 'string' && /^\d+$/.test(limit) ? Number(limit) : null };
}
