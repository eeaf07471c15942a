/**
 * Appendix result tables: finds them in the cleaned lines, undoes the converter's layout
 * (tab-separated rows, one cell per line, rows wrapped over several lines), and turns
 * every row with figures into an `ExtractedIndicator` with `source: 'table'`.
 */
import type { CleanLine, ExtractedIndicator, ExtractedTable } from '../../domain/document.ts';
import { alignRows } from './align-rows.ts';
import { normalizeCell } from './cell-kind.ts';
import { blankSeparatedCells, tabPrefixedCells, type Cell } from './cell-per-line.ts';
import { findTables, type TableRegion } from './find-tables.ts';
import { columnsFromHeader, columnsFromLabels, isHeaderFragment, namesIndicatorColumns } from './header.ts';
import { inferColumns } from './infer-schema.ts';
import { rowsToIndicators } from './rows-to-indicators.ts';
import { columnTitle, VALUE_KINDS, type Column } from './schema.ts';
import { termEndFromTitle } from './stage.ts';
import { tabSeparatedRows } from './tab-separated.ts';
import { resolveCompareColumns, type TableRow } from './table-row.ts';
import { wrappedRows } from './wrapped-rows.ts';

/** What the caller knows about the document. */
export interface TableOptions {
  /** The last year of the term, for tables whose title does not name it ("... nhiệm kỳ 2020-2025"). */
  termEndYear?: number;
}

/** The tables found and the indicators read from their rows, in document order. */
export interface ExtractedTables {
  tables: ExtractedTable[];
  indicators: ExtractedIndicator[];
}

/** Header cells at the top of a header-less cell table ("Kết quả", "So với chỉ tiêu"): set apart as fragments. */
function splitLeadingHeader(cells: readonly Cell[]): { fragments: string[]; body: Cell[] } {
  let at = 0;
  while (at < cells.length && (cells[at]?.text === '' || isHeaderFragment(cells[at]?.text ?? ''))) at += 1;
  const fragments = cells.slice(0, at).map((cell) => cell.text).filter((text) => text !== '');
  return { fragments, body: cells.slice(at) };
}

function cellRows(region: TableRegion, body: readonly CleanLine[]): { columns: Column[] | null; rows: TableRow[] } {
  const cells = region.tabbed ? tabPrefixedCells(body) : blankSeparatedCells(body);
  const lead = region.header.length === 0 ? splitLeadingHeader(cells) : { fragments: region.header, body: cells };
  const columns = namesIndicatorColumns(lead.fragments) ? columnsFromHeader(lead.fragments) : inferColumns(lead.body);
  const aligned = alignRows(lead.body, columns.map((column) => column.kind), { blankLinesSeparateRows: region.tabbed });
  const rows = aligned.map((row) => ({ cells: row.cells.map((cell) => cell?.text ?? null), line: row.line, endLine: row.endLine }));
  return { columns, rows };
}

function tabHeaderColumns(header: readonly string[]): Column[] {
  const labels = header.flatMap((line) => line.split('\t')).map(normalizeCell).filter((label) => label !== '');
  return columnsFromLabels(labels);
}

function readRegion(region: TableRegion, lines: readonly CleanLine[]): { columns: Column[] | null; rows: TableRow[] } {
  const body = lines.slice(region.bodyStart, region.end);
  switch (region.layout) {
    case 'wrapped_rows': {
      const columns = columnsFromHeader(region.header);
      return { columns, rows: wrappedRows(body, region.header.map(normalizeCell), columns) };
    }
    case 'tab_separated': {
      const columns = region.header.length > 0 ? tabHeaderColumns(region.header) : null;
      return { columns, rows: columns === null ? [] : tabSeparatedRows(body, columns) };
    }
    case 'cell_per_line':
      return cellRows(region, body);
  }
}

function isIndicatorTable(columns: readonly Column[]): boolean {
  return columns.some((column) => column.kind === 'name') && columns.some((column) => VALUE_KINDS.has(column.kind));
}

/** Finds the appendix result tables and reads every row with figures into an indicator. */
export function extractTables(lines: readonly CleanLine[], options: TableOptions = {}): ExtractedTables {
  const tables: ExtractedTable[] = [];
  const indicators: ExtractedIndicator[] = [];
  for (const region of findTables(lines)) {
    const { columns: read, rows } = readRegion(region, lines);
    if (read === null || !isIndicatorTable(read)) continue;
    const columns = resolveCompareColumns(read, rows);
    const termEnd = termEndFromTitle(region.title) ?? options.termEndYear ?? null;
    indicators.push(...rowsToIndicators(rows, columns, termEnd));
    tables.push({
      title: region.title,
      line: lines[region.start]?.line ?? 0,
      endLine: lines[region.end - 1]?.endLine ?? 0,
      columns: columns.map(columnTitle),
      layout: region.layout,
    });
  }
  return { tables, indicators };
}
