/**
 * Tables whose rows were flattened into lines of text (seed 002's "Phụ lục 3"): a row's
 * cells share a line, separated by spaces, while its name may be broken over the lines
 * above the figures ("GRDP bình quân đầu" / "người" / "Triệu đồng 65 47,5 ...") or below
 * them, after a repeated header ("... thể thấp" / header / "còi").
 *
 * Rules: a name grows with the lines that follow it until its figures come; a line that
 * starts in lower case always continues the name above it, even one whose figures have
 * come; a bullet, a row number, a colon at the end of the name so far, or a blank line
 * ends a name; a name that ends without figures is a heading.
 */
import type { CleanLine } from '../../domain/document.ts';
import { alignRow } from './align-rows.ts';
import { bulletOf, codeLevel } from './cell-kind.ts';
import { bodyLines, type BodyLine } from './repeated-header.ts';
import { VALUE_KINDS, type Column } from './schema.ts';
import type { TableRow } from './table-row.ts';
import { continuesName, readWrappedLine, type WrappedLine } from './wrapped-line.ts';

interface Pending {
  code: string | null;
  parts: string[];
  line: number;
  endLine: number;
}

/** Trailing spaces after text, or a line of spaces: the converter's empty cells, so the row has ended. */
const EMPTY_CELLS = /(?:^|\S) {3,}$/u;

function canExtend(pending: Pending, body: BodyLine): boolean {
  const last = pending.parts.at(-1);
  if (last === undefined) return true;
  const isGroup = pending.code !== null && codeLevel(pending.code) !== 'number';
  return !isGroup && !body.afterBlank && bulletOf(body.text) === null && !last.endsWith(':');
}

/** Reads the rows of a wrapped-rows table body; `header` is the first header's lines, to drop its repeats. */
export function wrappedRows(lines: readonly CleanLine[], header: readonly string[], columns: readonly Column[]): TableRow[] {
  const at = (kind: Column['kind']): number => columns.findIndex((column) => column.kind === kind);
  const [codeAt, nameAt, unitAt] = [at('code'), at('name'), at('unit')];
  const valueAt = columns.flatMap((column, index) => (VALUE_KINDS.has(column.kind) ? [index] : []));
  const kinds = valueAt.map((index) => columns[index]?.kind ?? 'other');
  if (nameAt < 0) return [];
  const rows: TableRow[] = [];
  let pending: Pending | null = null;
  let lastRow: TableRow | null = null;

  const emit = (code: string | null, name: string | null, line: number, endLine: number): TableRow => {
    const cells = new Array<string | null>(columns.length).fill(null);
    if (codeAt >= 0) cells[codeAt] = code ?? '';
    cells[nameAt] = name ?? '';
    const row: TableRow = { cells, line, endLine };
    rows.push(row);
    return row;
  };
  const flush = (): void => {
    if (pending && (pending.code !== null || pending.parts.length > 0)) {
      emit(pending.code, pending.parts.join(' ') || null, pending.line, pending.endLine);
    }
    pending = null;
  };
  const open = (code: string | null, text: string, body: BodyLine): Pending => ({
    code,
    parts: text === '' ? [] : [text],
    line: body.line,
    endLine: body.endLine,
  });

  const readText = (read: WrappedLine, body: BodyLine): void => {
    if (read.code !== null) {
      flush();
      pending = open(read.code, read.text, body);
    } else if (continuesName(read.text) && pending === null && lastRow !== null) {
      lastRow.cells[nameAt] = `${lastRow.cells[nameAt] ?? ''} ${read.text}`.trim();
      lastRow.endLine = body.endLine;
    } else if (pending !== null && (continuesName(read.text) || canExtend(pending, body))) {
      pending.parts.push(read.text);
      pending.endLine = body.endLine;
    } else {
      flush();
      pending = open(null, read.text, body);
    }
    if (EMPTY_CELLS.test(body.raw)) flush();
  };

  const readRow = (read: WrappedLine, body: BodyLine): void => {
    if (read.code !== null) {
      flush();
      pending = open(read.code, '', body);
    }
    let current: Pending = pending ?? open(null, '', body);
    if (read.text !== '' && current.parts.length > 0 && !continuesName(read.text)) {
      flush();
      current = open(null, '', body);
    }
    const name = [...current.parts, read.text].filter((part) => part !== '').join(' ');
    const row = emit(current.code, name || null, current.line, body.endLine);
    if (unitAt >= 0) row.cells[unitAt] = read.unit ?? '';
    const tokens = read.tail.map((text) => ({ text, line: body.line, endLine: body.endLine, afterBlank: false }));
    alignRow(tokens, kinds).cells.forEach((cell, index) => {
      const column = valueAt[index];
      if (column !== undefined) row.cells[column] = cell?.text ?? '';
    });
    pending = null;
    lastRow = row;
  };

  for (const body of bodyLines(lines, header)) {
    if (body.text === '') {
      flush();
      continue;
    }
    const read = readWrappedLine(body.text, valueAt.length);
    if (read.tail.length === 0) readText(read, body);
    else readRow(read, body);
  }
  flush();
  return rows;
}
