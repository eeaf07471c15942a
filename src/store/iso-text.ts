/**
 * Timestamps that arrive as text (a consultation's schedule, a comment's submission time):
 * checked and stored in the one form the store writes (ISO 8601 UTC with milliseconds), so
 * that ordering by the text column is ordering by time on both engines.
 */
import { ResoluteError } from '../domain/errors.ts';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant `value` names, as `YYYY-MM-DDTHH:mm:ss.sssZ`; `invalid_input` naming `field`
 * for anything else (a date alone is refused: which day's midnight is the caller's choice).
 * @example isoInstant('2026-03-01T07:00:00+07:00', 'opensAt') // '2026-03-01T00:00:00.000Z'
 */
export function isoInstant(value: string, field: string): string {
  const time = ISO_INSTANT.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new ResoluteError('invalid_input', `${field} is not an ISO 8601 instant: ${value}`, { detail: field });
  return new Date(time).toISOString();
}

/** `isoInstant`, keeping null. */
export function isoInstantOrNull(value: string | null, field: string): string | null {
  return value === null ? null : isoInstant(value, field);
}
