/**
 * Finds the appendix result tables in a document's lines and tells their layout.
 * A table starts at a header that names indicator columns (TT / Chỉ tiêu / Đơn vị tính;
 * "S", "T", "T" on three lines counts), or, when the converter lost the header, at a run
 * of TAB-marked lines that hold figures and units or status words. Tables without a
 * "Chỉ tiêu" column (lists of documents, attendance by unit) are not indicator tables.
 */
import type { CleanLine, ExtractedTable } from '../../domain/document.ts';
import { isMostlyUpperCase } from '../text-utils.ts';
import { isFigureCell, isStatusCell, isUnitCell, normalizeCell } from './cell-kind.ts';
import { isHeaderFragment, namesIndicatorColumns } from './header.ts';
import { APPENDIX_WORD, lower } from '../../domain/vocabulary/index.ts';
import { continuesName, readWrappedLine } from './wrapped-line.ts';

/** Where a table sits in the lines, and how it was flattened. */
export interface TableRegion {
  layout: ExtractedTable['layout'];
  title: string | null;
  /** The header lines' texts, in order; empty when the header was lost. */
  header: string[];
  /** Index (into the lines) of the table's first line, header included. */
  start: number;
  /** Index of the first line after the header. */
  bodyStart: number;
  /** Index just past the table's last line. */
  end: number;
  /** True when TABs mark the cells (one cell per line after a TAB, or TAB-separated cells). */
  tabbed: boolean;
}

/** Lines a header may span, blanks included, between two of its fragments. */
const HEADER_GAP = 3;
/** Lines longer than this are prose, not a cell. */
const MAX_CELL_LINE = 150;
/** A wrapped table ends after this many lines without a row of figures. */
const MAX_LINES_WITHOUT_ROW = 30;
const MIN_TAB_LINES = 10;

function textAt(lines: readonly CleanLine[], index: number): string {
  return normalizeCell(lines[index]?.text ?? '');
}

function opensHeader(text: string): boolean {
  const first = lower(text.split(' ')[0] ?? '');
  return (first === 'tt' || first === 'stt' || text === 'S') && isHeaderFragment(text);
}

/** The header starting at `index`: its fragments and the index after its last fragment, or null. */
export function readHeader(lines: readonly CleanLine[], index: number): { fragments: string[]; end: number } | null {
  if (!opensHeader(textAt(lines, index))) return null;
  const fragments: string[] = [];
  let last = index;
  for (let at = index; at < lines.length && at - last <= HEADER_GAP; at += 1) {
    const text = textAt(lines, at);
    if (text === '') continue;
    if (!isHeaderFragment(text)) break;
    fragments.push(lines[at]?.text.includes('\t') ? (lines[at]?.text ?? '') : text);
    last = at;
  }
  return namesIndicatorColumns(fragments) ? { fragments, end: last + 1 } : null;
}

function isTabbed(text: string): boolean {
  return text.includes('\t');
}

function tabCells(text: string): number {
  return text.split('\t').filter((cell) => normalizeCell(cell) !== '').length;
}

/** The layout of the lines after a header, judged on a sample of them. */
function layoutAfter(lines: readonly CleanLine[], from: number): { layout: ExtractedTable['layout']; tabbed: boolean } {
  const sample = lines.slice(from, from + 120).map((line) => line.text).filter((text) => normalizeCell(text) !== '' || isTabbed(text));
  const tabbed = sample.filter(isTabbed);
  if (tabbed.length > 0 && tabbed.length >= sample.length / 2) return { layout: tabLayout(tabbed), tabbed: true };
  // Repeated headers are no evidence either way.
  const body = sample.filter((text) => !isHeaderFragment(normalizeCell(text)));
  const rows = body.filter((text) => readWrappedLine(text, 8).tail.length >= 2).length;
  return { layout: rows > 0 && rows >= body.length * 0.15 ? 'wrapped_rows' : 'cell_per_line', tabbed: false };
}

/** TAB-marked lines holding one cell each are cell-per-line; holding several, TAB-separated rows. */
function tabLayout(tabbed: readonly string[]): ExtractedTable['layout'] {
  return tabbed.filter((text) => tabCells(text) >= 2).length >= tabbed.length / 2 ? 'tab_separated' : 'cell_per_line';
}

/** The end of a run of TAB-marked lines: blanks and short untabbed continuations may sit inside. */
function tabRunEnd(lines: readonly CleanLine[], from: number): number {
  let end = from;
  let loose = 0;
  for (let at = from; at < lines.length; at += 1) {
    const text = lines[at]?.text ?? '';
    if (isTabbed(text)) [end, loose] = [at + 1, 0];
    else if (normalizeCell(text) === '') continue;
    else if (text.length > 40 || ++loose > 1) break;
    else if (at === end && continuesName(normalizeCell(text))) end = at + 1;
  }
  return end;
}

function startsAppendix(text: string): boolean {
  return lower(text).startsWith(APPENDIX_WORD);
}

/** The end of a table that is not TAB-marked: the next appendix or header, prose, or the end of the text. */
function plainEnd(lines: readonly CleanLine[], from: number, layout: ExtractedTable['layout'], header: readonly string[]): number {
  let lastRow = from;
  let sinceRow = 0;
  for (let at = from; at < lines.length; at += 1) {
    const text = textAt(lines, at);
    if (startsAppendix(text) || (opensHeader(text) && text !== header[0] && readHeader(lines, at))) return at;
    if (layout === 'cell_per_line' && text.length > MAX_CELL_LINE) return at;
    if (layout !== 'wrapped_rows' || text === '' || isHeaderFragment(text)) continue;
    // Repeated headers and blank lines do not count as lines without figures.
    if (readWrappedLine(text, 8).tail.length >= 2) [lastRow, sinceRow] = [at, 0];
    else if (++sinceRow > MAX_LINES_WITHOUT_ROW) return lastRow + 1;
  }
  return lines.length;
}

/**
 * A headerless run of TAB-marked lines at `index`: its end, and its layout when it holds a
 * table (figures plus units or status words), else null.
 */
function tabTableAt(lines: readonly CleanLine[], index: number): { end: number; layout: ExtractedTable['layout'] | null } | null {
  if (!isTabbed(lines[index]?.text ?? '')) return null;
  const end = tabRunEnd(lines, index);
  const tabbed = lines.slice(index, end).map((line) => line.text).filter(isTabbed);
  const cells = tabbed.flatMap((text) => text.split('\t')).map(normalizeCell);
  const figures = cells.filter(isFigureCell).length;
  const markers = cells.filter((cell) => isStatusCell(cell) || isUnitCell(cell)).length;
  const isTable = tabbed.length >= MIN_TAB_LINES && figures >= 5 && markers >= 3;
  return { end, layout: isTable ? tabLayout(tabbed) : null };
}

/** The title above a table: the capitalised lines just before it, skipping rules and "(Kèm theo ...)". */
export function titleAbove(lines: readonly CleanLine[], start: number): string | null {
  const parts: string[] = [];
  for (let at = start - 1; at >= 0 && parts.length < 4; at -= 1) {
    const text = textAt(lines, at);
    if (text === '' || /^[-_*=.~\s]+$/u.test(text) || /^\(.*\)$/u.test(text)) continue;
    if (!isMostlyUpperCase(text)) break;
    parts.unshift(text);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

/** Finds every indicator table in the lines, in order. */
export function findTables(lines: readonly CleanLine[]): TableRegion[] {
  const regions: TableRegion[] = [];
  for (let index = 0; index < lines.length; ) {
    const header = readHeader(lines, index);
    if (header) {
      const { layout, tabbed } = layoutAfter(lines, header.end);
      const end = tabbed ? tabRunEnd(lines, header.end) : plainEnd(lines, header.end, layout, header.fragments);
      const title = titleAbove(lines, index);
      regions.push({ layout, tabbed, title, header: header.fragments, start: index, bodyStart: header.end, end });
      index = Math.max(end, index + 1);
      continue;
    }
    const run = tabTableAt(lines, index);
    if (run !== null) {
      // A run that holds no table is skipped whole, so that long TAB-indented prose stays linear.
      if (run.layout !== null) {
        const title = titleAbove(lines, index);
        regions.push({ layout: run.layout, tabbed: true, title, header: [], start: index, bodyStart: index, end: run.end });
      }
      index = Math.max(run.end, index + 1);
      continue;
    }
    index += 1;
  }
  return regions;
}
