/**
 * A cell of a laid-out report table and the text it shows: the one definition the report
 * writers (src/reports) and the browser's report preview share, so that a figure reads the
 * same in the XLSX, DOCX, PDF and on screen.
 */
import { formatVnNumber } from './vn-number.ts';
import type { StatusCode } from './vocabulary/index.ts';

/** A table cell. Numbers keep their value; the text is made by `cellText`. */
export type Cell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  /** A number shown with exactly `decimals` decimals; XLSX keeps it a number with a display format. */
  | { kind: 'number'; value: number; decimals: number }
  /** A percentage in percent points (73.1 means 73,1%). */
  | { kind: 'percent'; value: number; decimals: number }
  /** An evaluation, shown as its status word (Vượt, Đạt, ...). */
  | { kind: 'status'; status: StatusCode; word: string };

/**
 * The text a cell shows: numbers as "1.234,5" with exactly their decimals, percents as "73,1%", statuses as their word.
 * @example cellText({ kind: 'percent', value: 43.44, decimals: 1 }) // "43,4%"
 */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return formatVnNumber(cell.value, { decimals: cell.decimals, minDecimals: cell.decimals });
    case 'percent':
      return `${formatVnNumber(cell.value, { decimals: cell.decimals, minDecimals: cell.decimals })}%`;
    case 'status':
      return cell.word;
  }
}
