/**
 * When a consultation takes comments, on Vietnam's clock. Vietnam (Asia/Ho_Chi_Minh) keeps
 * UTC+7 all year, without daylight saving, so a fixed offset is exact. Times are entered and
 * shown in Vietnam time and stored as UTC instants; the server's own time zone never matters.
 * A consultation takes comments from its opening instant (included) until its closing instant
 * (excluded): closing at 17:00 refuses a comment sent at 17:00:00 and every one after it.
 */
import type { IsoDate, IsoTimestamp } from '../entities.ts';
import { formatVnDate } from '../vn-date.ts';
import { CONSULTATION_WINDOW_TEXT, vietnamMomentText } from '../vocabulary/index.ts';
import type { BilingualText } from '../vocabulary/index.ts';
import type { ConsultationSchedule } from './types.ts';

/** Vietnam's offset from UTC. */
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Whether comments are taken at an instant, and if not, why, with the message for the commenter. */
export type WindowCheck =
  | { open: true; closesAt: IsoTimestamp; secondsLeft: number }
  | { open: false; reason: 'not_yet_open' | 'closed' | 'closed_early'; at: IsoTimestamp; message: BilingualText };

/**
 * Whether `schedule` takes a comment at `now` (the server's clock, passed in).
 * @example isOpen({ opensAt, closesAt: vietnamInstant('2025-06-30', '17:00'), closedAt: null }, now)
 */
export function isOpen(schedule: ConsultationSchedule, now: Date): WindowCheck {
  const at = now.getTime();
  if (Number.isNaN(at)) throw new RangeError('isOpen needs a valid instant');
  const opens = instantMs(schedule.opensAt);
  const closes = instantMs(schedule.closesAt);
  if (schedule.closedAt !== null && at >= instantMs(schedule.closedAt) && instantMs(schedule.closedAt) < closes) {
    return refused('closed_early', schedule.closedAt);
  }
  if (at < opens) return refused('not_yet_open', schedule.opensAt);
  if (at >= closes) return refused('closed', schedule.closesAt);
  return { open: true, closesAt: schedule.closesAt, secondsLeft: Math.floor((closes - at) / 1000) };
}

function refused(reason: 'not_yet_open' | 'closed' | 'closed_early', at: IsoTimestamp): WindowCheck {
  const { date, time } = vietnamParts(at);
  return { open: false, reason, at, message: CONSULTATION_WINDOW_TEXT[reason](time, formatVnDate(date)) };
}

/** The problem with a schedule, or null: it must close after it opens. */
export function scheduleProblem(schedule: ConsultationSchedule): 'closes_before_opening' | null {
  return instantMs(schedule.closesAt) <= instantMs(schedule.opensAt) ? 'closes_before_opening' : null;
}

/**
 * The UTC instant of a Vietnam date and time ("HH:mm" or "HH:mm:ss"); throws on an impossible one.
 * @example vietnamInstant('2025-06-30', '17:00') === '2025-06-30T10:00:00.000Z'
 */
export function vietnamInstant(date: IsoDate, time = '00:00'): IsoTimestamp {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!day || !clock) throw new RangeError(`Not a date and time: ${date} ${time}`);
  const [year, month, dayOfMonth] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const [hours, minutes, seconds] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? '0')];
  const local = Date.UTC(year, month - 1, dayOfMonth, hours, minutes, seconds);
  const check = new Date(local);
  if (check.getUTCDate() !== dayOfMonth || check.getUTCMonth() !== month - 1 || hours > 23 || minutes > 59 || seconds > 59) {
    throw new RangeError(`Not a date and time: ${date} ${time}`);
  }
  return new Date(local - VIETNAM_OFFSET_MS).toISOString();
}

/** The instant a Vietnam calendar day ends (midnight starting the next day): a consultation "until 30/06" closes then. */
export function endOfVietnamDay(date: IsoDate): IsoTimestamp {
  return new Date(instantMs(vietnamInstant(date)) + 24 * 60 * 60 * 1000).toISOString();
}

/** The Vietnam date ("2025-06-30") and time ("17:00", or "17:00:30" when seconds are not zero) of an instant. */
export function vietnamParts(instant: IsoTimestamp | Date): { date: IsoDate; time: string } {
  const ms = typeof instant === 'string' ? instantMs(instant) : instant.getTime();
  const local = new Date(ms + VIETNAM_OFFSET_MS).toISOString();
  const seconds = local.slice(17, 19);
  return { date: local.slice(0, 10), time: seconds === '00' ? local.slice(11, 16) : local.slice(11, 19) };
}

/** "17:00 ngày 30/06/2025": an instant as the public page writes it, in Vietnam time. */
export function formatVietnamMoment(instant: IsoTimestamp | Date): string {
  const { date, time } = vietnamParts(instant);
  return vietnamMomentText(time, formatVnDate(date));
}

function instantMs(iso: IsoTimestamp): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${iso}`);
  return ms;
}
