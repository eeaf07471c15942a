/**
 * Columns for a table whose header the converter lost: read from what the cells hold.
 * Rows are taken as the blank-line groups of cells; the most common row length gives the
 * column count, and each position's cells give its kind (status words make the status
 * column, the figures left of it are target and result, the figure right of it the next
 * term's target, trailing text the note).
 */
import type { Cell } from './cell-per-line.ts';
import { isCodeCell, isFigureCell, isStatusCell, isTextCell, isUnitCell } from './cell-kind.ts';
import type { Column, ColumnKind } from './schema.ts';
import { DEFAULT_LABEL } from '../../domain/vocabulary/index.ts';

interface PositionStats {
  filled: number;
  code: number;
  figure: number;
  status: number;
  unit: number;
  text: number;
}

function statsAt(rows: readonly Cell[][], position: number): PositionStats {
  const stats: PositionStats = { filled: 0, code: 0, figure: 0, status: 0, unit: 0, text: 0 };
  for (const row of rows) {
    const text = row[position]?.text ?? '';
    if (text === '') continue;
    stats.filled += 1;
    if (isCodeCell(text)) stats.code += 1;
    if (isFigureCell(text)) stats.figure += 1;
    if (isStatusCell(text)) stats.status += 1;
    if (isUnitCell(text)) stats.unit += 1;
    else if (isTextCell(text)) stats.text += 1;
  }
  return stats;
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** Splits cells into the groups that blank lines delimit. */
export function blankLineGroups(cells: readonly Cell[]): Cell[][] {
  const groups: Cell[][] = [];
  for (const cell of cells) {
    const last = groups.at(-1);
    if (!last || cell.afterBlank) groups.push([cell]);
    else last.push(cell);
  }
  return groups;
}

/** Rows shorter than this are fragments; longer ones are several rows with no blank line between. */
const MIN_WIDTH = 4;
const MAX_WIDTH = 16;

function modalLength(groups: readonly Cell[][]): number {
  const counts = new Map<number, number>();
  for (const group of groups) {
    if (group.length >= MIN_WIDTH && group.length <= MAX_WIDTH) counts.set(group.length, (counts.get(group.length) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [length, count] of counts) {
    if (count > bestCount) [best, bestCount] = [length, count];
  }
  return best;
}

/** Names the figure columns left of the status column (or right of the unit when there is none). */
function figureKinds(count: number, hasStatus: boolean): ColumnKind[] {
  const plain: ColumnKind[][] = [[], ['result'], ['target', 'result'], ['target', 'result', 'percent']];
  const withNext: ColumnKind[][] = [[], ['result'], ['target', 'result'], ['target', 'result', 'next_target'], ['target', 'result', 'percent', 'next_target']];
  const table = hasStatus ? plain : withNext;
  return table[count] ?? ['previous_target', 'target', 'result', 'percent', ...new Array<ColumnKind>(Math.max(0, count - 4)).fill('other')];
}

function kindsFor(stats: readonly PositionStats[]): ColumnKind[] {
  const kinds = new Array<ColumnKind>(stats.length).fill('other');
  const statusAt = stats.findIndex((s) => s.status >= 2 && share(s.status, s.filled) >= 0.5);
  const first = stats[0];
  let next = 0;
  if (first && share(first.code, first.filled) >= 0.6) kinds[next++] = 'code';
  const nameStats = stats[next];
  if (nameStats && nameStats.text >= nameStats.unit) kinds[next++] = 'name';
  const unitStats = stats[next];
  if (unitStats && share(unitStats.unit, unitStats.filled) >= 0.5) kinds[next++] = 'unit';
  const last = stats.length - 1;
  const lastStats = stats[last];
  const hasNote = last > next && lastStats !== undefined && lastStats.text >= lastStats.figure && last !== statusAt;
  if (hasNote) kinds[last] = 'note';
  const end = hasNote ? last : stats.length;
  const leftEnd = statusAt > next ? statusAt : end;
  figureKinds(leftEnd - next, statusAt > next).forEach((kind, offset) => (kinds[next + offset] = kind));
  if (statusAt > next) {
    kinds[statusAt] = 'status';
    if (statusAt + 1 < end) kinds[statusAt + 1] = 'next_target';
  }
  return kinds;
}

/**
 * The usual columns of a result table, for cells that blank lines do not group into rows:
 * with status words, the layout of seed 000; without, that of seed 004.
 */
function usualKinds(cells: readonly Cell[]): ColumnKind[] {
  const hasStatus = cells.filter((cell) => isStatusCell(cell.text)).length >= 2;
  return ['code', 'name', 'unit', 'target', 'result', hasStatus ? 'status' : 'percent', 'next_target', 'note'];
}

/** Infers the columns from the cells' blank-line groups, or from the usual layout when no row length dominates. */
export function inferColumns(cells: readonly Cell[]): Column[] {
  const groups = blankLineGroups(cells);
  const width = modalLength(groups);
  const rows = groups.filter((group) => group.length === width);
  const kinds = width === 0 ? usualKinds(cells) : kindsFor(Array.from({ length: width }, (_, position) => statsAt(rows, position)));
  return kinds.map((kind) => ({ kind, label: DEFAULT_LABEL[kind], period: null }));
}
