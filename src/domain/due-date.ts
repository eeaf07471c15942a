/**
 * Calendar arithmetic for task deadlines, on ISO dates ("2026-01-31") and nothing else: no
 * clock, no time zone (the caller says which day "today" is). Month steps clamp to the end of
 * the month (31/01 + 1 month = 28/02 or 29/02); a recurrence ("hằng quý") falls due on a day
 * of its period's last month, clamped to that month, or on the period's last day.
 */
import type { IsoDate } from './entities.ts';
import type { Recurrence } from './plan.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Months in each recurrence period; periods are calendar-aligned (quarters end in March, June, September, December). */
const MONTHS: Record<Recurrence['every'], number> = { month: 1, quarter: 3, half_year: 6, year: 12 };

interface Ymd {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
}

function parse(date: IsoDate): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) throw new RangeError(`Not an ISO date: ${date}`);
  const ymd = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (ymd.month < 1 || ymd.month > 12 || ymd.day < 1 || ymd.day > daysInMonth(ymd.year, ymd.month)) throw new RangeError(`Not a calendar date: ${date}`);
  return ymd;
}

function format({ year, month, day }: Ymd): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days in a month (1-12) of a year: 28 or 29 for February. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  try {
    parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = parse(date);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The same day `months` months later, clamped to the month's end: addMonths("2024-01-31", 1) → "2024-02-29". */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parse(date);
  const index = year * 12 + (month - 1) + months;
  const nextYear = Math.floor(index / 12);
  const nextMonth = index - nextYear * 12 + 1;
  return format({ year: nextYear, month: nextMonth, day: Math.min(day, daysInMonth(nextYear, nextMonth)) });
}

/** Whole days from `from` to `to`: 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = parse(from);
  const b = parse(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** The last day of the month of `date`. */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parse(date);
  return format({ year, month, day: daysInMonth(year, month) });
}

/** The last day of the calendar quarter of `date`: 31/03, 30/06, 30/09 or 31/12. */
export function endOfQuarter(date: IsoDate): IsoDate {
  const { year, month } = parse(date);
  const last = Math.ceil(month / 3) * 3;
  return format({ year, month: last, day: daysInMonth(year, last) });
}

/** The due date of the recurrence period whose last month is `lastMonth` of `year`. */
function dueInPeriod(recurrence: Recurrence, year: number, lastMonth: number): IsoDate {
  const length = daysInMonth(year, lastMonth);
  const day = recurrence.day === null ? length : Math.min(Math.max(1, recurrence.day), length);
  return format({ year, month: lastMonth, day });
}

/**
 * The first due date of a recurrence strictly after `after`. A quarterly duty due on the 20th
 * falls due on 20/03, 20/06, 20/09, 20/12; with no day, on the quarter's last day; a monthly
 * duty on the 31st falls due on 28/02 or 29/02 in February.
 */
export function nextDueDate(recurrence: Recurrence, after: IsoDate): IsoDate {
  const { year, month } = parse(after);
  const step = MONTHS[recurrence.every];
  // The period containing `after`, then the next ones: two periods always contain the answer.
  let lastMonthIndex = year * 12 + Math.ceil(month / step) * step - 1;
  for (;;) {
    const dueYear = Math.floor(lastMonthIndex / 12);
    const due = dueInPeriod(recurrence, dueYear, lastMonthIndex - dueYear * 12 + 1);
    if (due > after) return due;
    lastMonthIndex += step;
  }
}

/** The first due date of a recurrence on or after `date` (a duty due today is due today). */
export function dueOnOrAfter(recurrence: Recurrence, date: IsoDate): IsoDate {
  return nextDueDate(recurrence, addDays(date, -1));
}

/** Whether a due date falls within the next `days` days of `today`, today included (not when it has passed). */
export function isDueWithin(dueDate: IsoDate, today: IsoDate, days: number): boolean {
  const left = daysBetween(today, dueDate);
  return left >= 0 && left <= days;
}

/** Whether a due date has passed: the day after it, not on it. */
export function isPastDue(dueDate: IsoDate, today: IsoDate): boolean {
  return daysBetween(today, dueDate) < 0;
}
