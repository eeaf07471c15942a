/**
 * The reader's error for a file it cannot read. It is a ResoluteError, so the edges
 * (CLI, HTTP) translate its `code` into a user message; `message` is plain English and
 * never carries a stack trace or a library's internal text.
 */
import { ResoluteError } from '../domain/errors.ts';

/** Why a document file could not be read. */
export type DocumentReadErrorCode = 'not_found' | 'empty' | 'binary' | 'too_large' | 'unsupported' | 'corrupt';

/** A document file that is missing, empty, too large, not a document, or damaged. */
export class DocumentReadError extends ResoluteError {
  declare readonly code: DocumentReadErrorCode;

  constructor(code: DocumentReadErrorCode, message: string, details: Record<string, string | number> = {}) {
    super(code, message, details);
    this.name = 'DocumentReadError';
  }
}
