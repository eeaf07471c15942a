/**
 * Reads a sheet of comments gathered at meetings or on paper (XLSX or CSV) into comment rows
 * for the consultation import: finds the header (see sheet-header.ts), reads each data row
 * (comment-row.ts) and lists the rows it could not read with a bilingual reason. A file that
 * is no spreadsheet, is damaged or has no comment column is refused with a ResoluteError.
 *
 * @example
 *   const sheet = await readCommentSheet(bytes, 'gop-y-hoi-nghi.xlsx');
 *   sheet.comments[0]; // { row: 3, text: '…', stance: 'partly', … }
 */
import { ResoluteError } from '../../domain/errors.ts';
import { formatVnNumber } from '../../domain/vn-number.ts';
import { COMMENT_SHEET_ERROR_TEXT, COMMENT_SHEET_PROBLEM_TEXT } from '../../domain/vocabulary/index.ts';
import { readCommentRow, type SheetComment, type SheetProblem } from './comment-row.ts';
import { parseCsv } from './csv-records.ts';
import { cellText, isEmptyRow, type SheetRow } from './sheet-cells.ts';
import { decodeCsv, sheetError, sheetFormat } from './sheet-format.ts';
import { HEADER_SEARCH_ROWS, findHeader, type SheetHeader } from './sheet-header.ts';
import { readWorkbook } from './xlsx-rows.ts';

export type { SheetComment, SheetProblem } from './comment-row.ts';

export interface CommentSheet {
  comments: SheetComment[];
  problems: SheetProblem[];
  /** The worksheet read (XLSX), null for a CSV file. */
  sheetName: string | null;
  /** Non-empty data rows read below the header, at most `maxRows`. */
  rows: number;
}

export interface CommentSheetOptions {
  /** Most data rows read (default 100 000); the rest is cut with a problem. */
  maxRows?: number;
}

export const DEFAULT_MAX_COMMENT_ROWS = 100_000;

/** The table found in a file: where it is, its header, its rows. */
interface SheetTable {
  sheetName: string | null;
  header: SheetHeader;
  rows: () => Iterable<SheetRow>;
}

/** Reads an XLSX or CSV comment sheet; the format comes from the bytes, `fileName` only names it in errors. */
export async function readCommentSheet(bytes: Uint8Array, fileName: string, options: CommentSheetOptions = {}): Promise<CommentSheet> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_COMMENT_ROWS;
  const table = sheetFormat(bytes, fileName) === 'xlsx' ? await xlsxTable(bytes, fileName) : csvTable(bytes, fileName);
  const comments: SheetComment[] = [];
  const problems: SheetProblem[] = [];
  let rows = 0;
  for (const row of table.rows()) {
    if (row.row <= table.header.lastRow || isEmptyRow(row)) continue;
    if (rows === 0 && isNumberingRow(row)) continue;
    if (rows === maxRows) {
      problems.push({ row: row.row, column: null, message: COMMENT_SHEET_PROBLEM_TEXT.cut(formatVnNumber(maxRows)) });
      break;
    }
    rows++;
    const reading = readCommentRow(row, table.header);
    if ('comment' in reading) comments.push(reading.comment);
    else problems.push(...reading.problems);
  }
  return { comments, problems, sheetName: table.sheetName, rows };
}

/** The first worksheet with a header in its first rows. */
async function xlsxTable(bytes: Uint8Array, fileName: string): Promise<SheetTable> {
  for (const sheet of await readWorkbook(bytes, fileName, HEADER_SEARCH_ROWS + 1)) {
    const header = findHeader(sheet.head);
    if (header !== null) return { sheetName: sheet.name, header, rows: sheet.rows };
  }
  throw noHeader(fileName);
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The CSV's table, its delimiter being the one (of ",", ";" and tab) with which the first
 * lines give a header with the most recognised columns; on a tie, the one splitting the
 * header into the most fields, then the order above.
 */
function csvTable(bytes: Uint8Array, fileName: string): SheetTable {
  const text = decodeCsv(bytes);
  let best: { delimiter: string; header: SheetHeader; score: [number, number] } | null = null;
  for (const delimiter of DELIMITERS) {
    const head = parseCsv(text, delimiter, HEADER_SEARCH_ROWS + 1).records.map(toRow);
    const header = findHeader(head);
    if (header === null) continue;
    const score: [number, number] = [recognised(header), head[header.lastRow - 1]?.cells.length ?? 0];
    if (best === null || score[0] > best.score[0] || (score[0] === best.score[0] && score[1] > best.score[1])) best = { delimiter, header, score };
  }
  if (best === null) throw noHeader(fileName);
  const { records, openQuoteLine } = parseCsv(text, best.delimiter);
  if (openQuoteLine !== null) throw sheetError('corrupt', COMMENT_SHEET_ERROR_TEXT.open_quote(formatVnNumber(openQuoteLine)), fileName);
  return { sheetName: null, header: best.header, rows: () => records.map(toRow) };
}

function toRow(cells: string[], index: number): SheetRow {
  return { row: index + 1, cells };
}

function recognised(header: SheetHeader): number {
  return Object.keys(header.columns).length + header.stanceMarks.length;
}

/**
 * The row under a header that numbers its columns ("1 | 2 | 3" or "(1) | (2)" or "A | B"),
 * as administrative forms have it: not a comment.
 */
function isNumberingRow(row: SheetRow): boolean {
  const cells = row.cells.map((cell) => (typeof cell === 'number' ? String(cell) : cellText(cell))).filter((text) => text !== '');
  return cells.length >= 2 && cells.every((text) => /^\(?(?:\d{1,2}|[A-Za-z])\)?\.?$/.test(text));
}

function noHeader(fileName: string): ResoluteError {
  const text = COMMENT_SHEET_ERROR_TEXT.no_header;
  return new ResoluteError('invalid_input', text.en, { detail: text.en, detail_vi: text.vi, path: fileName, reason_vi: text.vi, reason_en: text.en });
}
