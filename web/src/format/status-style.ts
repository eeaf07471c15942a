/**
 * The colour of each status, the same on tags and charts. Dark enough for white text
 * (contrast of at least 4.5:1) so that a tag stays readable.
 */
import type { StatusCode } from '../../../src/domain/vocabulary/index.ts';
import { STATUS_ORDER } from '../../../src/domain/vocabulary/index.ts';

export const STATUS_COLOR = {
  exceeded: '#237804',
  achieved: '#006d75',
  on_track: '#0958d9',
  not_yet: '#8c6100',
  at_risk: '#c2410c',
  failed: '#a8071a',
} as const satisfies Record<StatusCode, string>;

/** The colour of "not evaluated". */
export const NO_STATUS_COLOR = '#595959';

/** Statuses in the order summaries list them ("vượt, đạt, theo lộ trình, …"). */
export const STATUSES: readonly StatusCode[] = STATUS_ORDER;

/** At risk or failed: the statuses a leader must see first. */
export function isAtRisk(status: StatusCode | null): boolean {
  return status === 'at_risk' || status === 'failed';
}
