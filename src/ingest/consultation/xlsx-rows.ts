/**
 * The worksheets of an XLSX workbook (exceljs) as plain rows of SheetCells: rich text joined,
 * a hyperlink's shown text, a formula's last computed value, a merged cell's value in every
 * cell it covers (a respondent type merged down several rows applies to each). A workbook
 * exceljs cannot open is `corrupt`; its own message never reaches the user.
 */
import ExcelJS from 'exceljs';
import { COMMENT_SHEET_ERROR_TEXT } from '../../domain/vocabulary/index.ts';
import type { SheetCell, SheetRow } from './sheet-cells.ts';
import { sheetError } from './sheet-format.ts';

/** One worksheet: its name, its first rows (to find the header) and all its rows on demand. */
export interface Worksheet {
  name: string;
  /** Rows 1 to `headRows` that hold anything. */
  head: SheetRow[];
  /** Every row that holds anything, top to bottom. */
  rows(): SheetRow[];
}

/** Opens the workbook; its worksheets in the workbook's order. */
export async function readWorkbook(bytes: Uint8Array, fileName: string, headRows: number): Promise<Worksheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy: the view may cover only part of its ArrayBuffer, and exceljs reads a whole one.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw sheetError('corrupt', COMMENT_SHEET_ERROR_TEXT.corrupt_xlsx, fileName);
  }
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    head: Array.from({ length: headRows }, (_, i) => sheet.findRow(i + 1))
      .filter((row): row is ExcelJS.Row => row !== undefined)
      .map(rowOf),
    rows: () => {
      const rows: SheetRow[] = [];
      sheet.eachRow((row) => rows.push(rowOf(row)));
      return rows;
    },
  }));
}

function rowOf(row: ExcelJS.Row): SheetRow {
  const values = row.values;
  const cells: SheetCell[] = [];
  if (Array.isArray(values)) values.forEach((value, column) => (cells[column - 1] = cellOf(value)));
  return { row: row.number, cells: Array.from(cells, (cell) => cell ?? null) };
}

/** One exceljs value as a SheetCell. */
function cellOf(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join('');
  if ('error' in value && typeof value.error === 'string') return { error: value.error };
  if ('hyperlink' in value && 'text' in value) return cellOf(value.text);
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? cellOf(value.result) : null;
  return null;
}
