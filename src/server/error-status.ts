/**
 * THE mapping of named errors to HTTP status codes, in one place. Typed as a total record,
 * so a new error code does not compile until it has a status here.
 */
import type { MessageCode } from '../services/error-messages.ts';

export const ERROR_STATUS: Readonly<Record<MessageCode, number>> = {
  // The data asked for does not exist.
  not_found: 404,
  record_not_found: 404,
  route_not_found: 404,
  // The request is wrong.
  invalid_input: 400,
  malformed_request: 400,
  empty: 400,
  // A file of the wrong kind, or unreadable.
  binary: 415,
  unsupported: 415,
  unsupported_media_type: 415,
  corrupt: 422,
  no_indicators: 422,
  // Too big.
  too_large: 413,
  body_too_large: 413,
  // The record's state does not allow it.
  conflict: 409,
  duplicate: 409,
  period_closed: 409,
  locked: 409,
  invalid_state: 409,
  self_lockout: 409,
  duplicate_file: 409,
  consultation_closed: 409,
  // The figure needs more before it is accepted.
  note_required: 422,
  implausible_value: 422,
  comment_refused: 422,
  // Who asks.
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_rejected: 403,
  login_locked: 429,
  rate_limited: 429,
  internal: 500,
};
