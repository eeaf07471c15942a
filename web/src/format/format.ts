/**
 * How the screens write numbers, percentages, figures and dates: through the formatter shared
 * with the reports (src/domain), so a figure reads the same on screen and on paper — "1.000",
 * "12,8", "68,2%", "03/11/2023" — in either interface language.
 */
import { formatVnDate } from '../../../src/domain/vn-date.ts';
import { formatVnNumber } from '../../../src/domain/vn-number.ts';

/** What an empty cell shows. */
export const NO_VALUE = '—';

/** A number the Vietnamese way ("1.000", "12,8"), or "—" when there is none. */
export function formatNumber(value: number | null | undefined, decimals = 2): string {
  return value === null || value === undefined ? NO_VALUE : formatVnNumber(value, { decimals });
}

/** A percentage of target with one decimal ("68,2%"), or "—". */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? NO_VALUE : `${formatVnNumber(value, { decimals: 1 })}%`;
}

/** A figure with its unit as documents write it: "%" and "‰" against the number ("6,14%"), others after a space. */
export function formatFigure(value: number | null | undefined, unit: string | null | undefined): string {
  if (value === null || value === undefined) return NO_VALUE;
  const number = formatVnNumber(value, { decimals: 4 });
  if (unit === null || unit === undefined || unit === '') return number;
  return /^[%‰]/u.test(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

/** A date ("2023-11-03") as "03/11/2023"; "—" when there is none. */
export function formatDate(iso: string | null | undefined): string {
  return iso === null || iso === undefined || iso === '' ? NO_VALUE : formatVnDate(iso);
}

/**
 * A timestamp as "dd/mm/yyyy HH:mm" in `timeZone` (the browser's by default; offices in
 * Vietnam are on Asia/Ho_Chi_Minh). "—" for none; the input unchanged when it is no date.
 */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (iso === null || iso === undefined || iso === '') return NO_VALUE;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** A period by its years: "2020" for one year, "2021-2023" for several. */
export function periodYears(period: { startYear: number; endYear: number }): string {
  return period.startYear === period.endYear ? String(period.startYear) : `${period.startYear}-${period.endYear}`;
}

/** An indicator with its number as the document writes it: "2. Tỷ lệ che phủ rừng", "(16) Tỷ lệ che phủ rừng". */
export function indicatorLabel(code: string | null, name: string): string {
  if (code === null || code.trim() === '') return name;
  return /[.)]$/u.test(code.trim()) ? `${code.trim()} ${name}` : `${code.trim()}. ${name}`;
}
