/**
 * Due dates are calendar dates in Vietnam (UTC+7, no daylight saving): a period due on
 * 31/01 accepts figures until the end of that day there, whatever the server's time zone.
 */
import type { IsoDate } from '../domain/entities.ts';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date in Vietnam at instant `now`, as "YYYY-MM-DD". */
export function vietnamDate(now: Date): IsoDate {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole days from today (in Vietnam) to the due date: 0 on the day, negative once it has passed. */
export function daysUntil(dueDate: IsoDate, now: Date): number {
  return Math.round((Date.parse(dueDate) - Date.parse(vietnamDate(now))) / DAY_MS);
}
