/**
 * The cells of a comment sheet as plain values, whichever the file format: a CSV gives
 * strings, an XLSX strings, numbers, booleans, dates (cells with a date format) and formula
 * errors. Here they become the text a comment keeps (NFC, trimmed) and ISO dates.
 */
import { formatVnDate } from '../../domain/vn-date.ts';

/** One cell; an Excel error ("#N/A", "#REF!") is kept apart so a row can say so. */
export type SheetCell = string | number | boolean | Date | { error: string } | null;

/** One row of a sheet: its 1-based row number as the spreadsheet shows it, cells by 0-based column. */
export interface SheetRow {
  row: number;
  cells: readonly SheetCell[];
}

/** Whether a cell holds a formula error. */
export function isCellError(cell: SheetCell | undefined): cell is { error: string } {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}

/**
 * The cell's text: NFC, line breaks as "\n", trimmed; '' for an empty cell. A date cell reads
 * dd/mm/yyyy, a number as JavaScript writes it (a phone number typed as a number has lost its
 * leading 0 in the sheet already).
 */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : formatVnDate(isoOfUtc(cell));
  if (isCellError(cell)) return cell.error;
  return String(cell).normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/** The cell's text on one line: runs of spaces, tabs and line breaks become one space. */
export function cellLine(cell: SheetCell | undefined): string {
  return cellText(cell).replace(/\s+/g, ' ');
}

/** Whether every cell of a row is empty (or blank text). */
export function isEmptyRow(row: SheetRow): boolean {
  return row.cells.every((cell) => cellText(cell) === '');
}

/**
 * The ISO date ("2025-05-12") of a date cell: an Excel date, an Excel serial number, or text
 * written dd/mm/yyyy (also with "-" or "." and a time after it) or yyyy-mm-dd. `null` for an
 * empty cell, `'invalid'` for anything else (31/02/2025, 12/5/25, "hôm qua").
 */
export function cellDate(cell: SheetCell | undefined): string | null | 'invalid' {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'invalid' : isoOfUtc(cell);
  if (typeof cell === 'number') return excelSerialDate(cell);
  const text = cellText(cell);
  if (text === '') return null;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (dmy) return calendarDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (ymd) return calendarDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return 'invalid';
}

/**
 * An Excel serial day number (1900 system) as an ISO date. Day 60 is Excel's fictional
 * 29/02/1900, so only days from 61 (01/03/1900) on are read; a fraction is the time of day.
 */
function excelSerialDate(serial: number): string | 'invalid' {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2958466) return 'invalid';
  const epoch = Date.UTC(1899, 11, 30);
  return isoOfUtc(new Date(epoch + Math.floor(serial) * 86_400_000));
}

/** The ISO date of a real calendar day, or 'invalid'. */
function calendarDate(year: number, month: number, day: number): string | 'invalid' {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return 'invalid';
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return 'invalid';
  return isoOfUtc(date);
}

/** Spreadsheet dates carry the sheet's calendar day in UTC (exceljs reads them so). */
function isoOfUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}
