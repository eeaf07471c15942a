/**
 * Cuts a stream of cells into rows and puts each cell in its column. Counting cells
 * fails on real documents (a row loses its merged name cell, gains a stray empty cell, or
 * has a blank line in the middle), so rows are found by dynamic programming: each row is
 * aligned to the columns at the cost in fit-cost.ts, and the cheapest cut wins. Each row
 * resynchronises on the shapes of its own cells.
 */
import type { Cell } from './cell-per-line.ts';
import { contextCost, DROP_EMPTY_COST, DROP_TEXT_COST, fitCost, MISSING_COST } from './fit-cost.ts';
import { headingRow } from './heading-row.ts';
import type { ColumnKind } from './schema.ts';

/** A row cut from the cell stream, its cells placed in the columns. */
export interface AlignedRow {
  /** One entry per column: the cell placed there, or null when the row has none. */
  cells: (Cell | null)[];
  line: number;
  endLine: number;
}

/** What the layout says about rows. */
export interface AlignOptions {
  /** True when blank lines separate rows (tab-prefixed layout): cutting elsewhere costs a little. */
  blankLinesSeparateRows: boolean;
}

/** Cutting a row where no blank line is, or keeping a blank line inside a row. */
const SEPARATOR_COST = 0.5;
/** A small price per row, so that equal alignments prefer fewer, fuller rows. */
const ROW_COST = 0.05;
/** Rows may carry a few stray empty cells beyond the column count. */
const EXTRA_CELLS = 4;

type Move = 'fit' | 'skip' | 'drop';

interface Alignment {
  /** cost[length] of aligning cells[start, start + length) to all columns. */
  cost: number[];
  /** The last move into each state (cells used, columns used). */
  moves: (Move | undefined)[][];
}

/** fit[cell][column]: the cost of each cell in each column, computed once per table. */
type FitTable = readonly (readonly number[])[];

function fitTable(cells: readonly Cell[], kinds: readonly ColumnKind[]): FitTable {
  return cells.map((cell, index) => {
    const [next, after] = [cells[index + 1]?.text, cells[index + 2]?.text];
    return kinds.map((kind) => fitCost(kind, cell.text) + contextCost(kind, cell.text, next, after));
  });
}

function align(cells: readonly Cell[], fit: FitTable, start: number, kinds: readonly ColumnKind[], maxLength: number): Alignment {
  const width = kinds.length;
  const dp = Array.from({ length: maxLength + 1 }, () => new Array<number>(width + 1).fill(Infinity));
  const moves = Array.from({ length: maxLength + 1 }, () => new Array<Move | undefined>(width + 1).fill(undefined));
  const row0 = dp[0];
  if (row0) row0[0] = 0;
  const relax = (i: number, j: number, value: number, move: Move): void => {
    const row = dp[i];
    if (row && value < (row[j] ?? Infinity)) {
      row[j] = value;
      const moveRow = moves[i];
      if (moveRow) moveRow[j] = move;
    }
  };
  for (let i = 0; i <= maxLength; i += 1) {
    for (let j = 0; j <= width; j += 1) {
      const here = dp[i]?.[j] ?? Infinity;
      if (here === Infinity) continue;
      const kind = kinds[j];
      const cell = cells[start + i];
      if (kind !== undefined) relax(i, j + 1, here + MISSING_COST[kind], 'skip');
      if (cell === undefined || i === maxLength) continue;
      if (kind !== undefined) relax(i + 1, j + 1, here + (fit[start + i]?.[j] ?? Infinity), 'fit');
      relax(i + 1, j, here + (cell.text === '' ? DROP_EMPTY_COST : DROP_TEXT_COST), 'drop');
    }
  }
  return { cost: dp.map((row) => row[width] ?? Infinity), moves };
}

function hasContent(cells: readonly Cell[], start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (cells[index]?.text !== '') return true;
  return false;
}

function separatorCost(cells: readonly Cell[], start: number, end: number, options: AlignOptions): number {
  if (!options.blankLinesSeparateRows) return 0;
  let cost = start > 0 && !cells[start]?.afterBlank ? SEPARATOR_COST : 0;
  for (let index = start + 1; index < end; index += 1) if (cells[index]?.afterBlank) cost += SEPARATOR_COST;
  return cost;
}

function rebuild(cells: readonly Cell[], fit: FitTable, start: number, length: number, kinds: readonly ColumnKind[]): AlignedRow {
  const { moves } = align(cells, fit, start, kinds, length);
  const placed: (Cell | null)[] = new Array<Cell | null>(kinds.length).fill(null);
  let i = length;
  let j = kinds.length;
  while (i > 0 || j > 0) {
    const move = moves[i]?.[j];
    if (move === 'fit') placed[j - 1] = cells[start + i - 1] ?? null;
    if (move === 'fit' || move === 'drop') i -= 1;
    if (move === 'fit' || move === 'skip') j -= 1;
    if (move === undefined) break;
  }
  const first = cells[start];
  const last = cells[start + length - 1];
  return { cells: placed, line: first?.line ?? 0, endLine: last?.endLine ?? first?.line ?? 0 };
}

/** Cuts the cells into rows aligned to the column kinds, at the least total cost. */
export function alignRows(cells: readonly Cell[], kinds: readonly ColumnKind[], options: AlignOptions): AlignedRow[] {
  const count = cells.length;
  const maxLength = kinds.length + EXTRA_CELLS;
  const fit = fitTable(cells, kinds);
  const best = new Array<number>(count + 1).fill(Infinity);
  const cut = new Array<number>(count + 1).fill(-1);
  const headings = new Map<number, AlignedRow>();
  best[0] = 0;
  for (let start = 0; start < count; start += 1) {
    const before = best[start] ?? Infinity;
    if (before === Infinity) continue;
    const { cost } = align(cells, fit, start, kinds, Math.min(maxLength, count - start));
    cost.forEach((alignedCost, length) => {
      const end = start + length;
      if (length === 0 || !hasContent(cells, start, end)) return;
      const heading = headingRow(cells, start, end, kinds);
      const rowCost = Math.min(alignedCost, heading?.cost ?? Infinity);
      if (rowCost === Infinity) return;
      const total = before + rowCost + ROW_COST + separatorCost(cells, start, end, options);
      if (total < (best[end] ?? Infinity)) {
        best[end] = total;
        cut[end] = start;
        if (heading && heading.cost < alignedCost) headings.set(end, heading.row);
        else headings.delete(end);
      }
    });
  }
  const rows: AlignedRow[] = [];
  for (let end = count; end > 0; ) {
    const start = cut[end] ?? -1;
    if (start < 0) break;
    rows.push(headings.get(end) ?? rebuild(cells, fit, start, end - start, kinds));
    end = start;
  }
  return rows.reverse();
}

/** Aligns the cells of one row (a wrapped row's figures, a tab-separated line) to the column kinds. */
export function alignRow(cells: readonly Cell[], kinds: readonly ColumnKind[]): AlignedRow {
  return rebuild(cells, fitTable(cells, kinds), 0, cells.length, kinds);
}
