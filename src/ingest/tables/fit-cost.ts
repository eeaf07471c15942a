/**
 * How well a cell fits a column: 0 for a perfect fit, more for a doubtful one, Infinity
 * for an impossible one. Row alignment (align-rows.ts) minimises the sum, so these numbers
 * encode what converters do: they drop cells (a vertically merged name, an empty %), they
 * add stray empty cells, but they never move a status word into the unit column.
 */
import { bulletOf, cleanName, isCodeCell, isFigureCell, isStatusCell, isTextCell, isUnitCell, normalizeCell } from './cell-kind.ts';
import type { ColumnKind } from './schema.ts';

/** The cost of a column that has no cell in the row. */
export const MISSING_COST: Readonly<Record<ColumnKind, number>> = {
  code: 0.8,
  name: 0.8,
  unit: 1,
  previous_target: 1,
  // Rows almost always state their target; a short row more likely lacks its result.
  target: 1.1,
  next_target: 1,
  result: 1,
  // A derived column ("% of target") is the one converters most often leave out.
  percent: 0.9,
  status: 1,
  compare: 0.9,
  note: 1,
  other: 1,
};

/** The cost of dropping a stray empty cell. */
export const DROP_EMPTY_COST = 0.6;
/** The cost of dropping a cell with text that fits nowhere: high, but it keeps one bad cell from sinking the table. */
export const DROP_TEXT_COST = 4;

function wordCount(text: string): number {
  return text.split(' ').length;
}

function nameCost(text: string): number {
  if (isCodeCell(text) || isFigureCell(text) || isStatusCell(text)) return Infinity;
  return isUnitCell(text) ? 1.5 : 0;
}

function unitCost(text: string): number {
  if (isUnitCell(text)) return 0;
  if (isStatusCell(text) || isCodeCell(text)) return Infinity;
  if (isFigureCell(text)) return 2;
  return wordCount(text) <= 3 ? 0.5 : Infinity;
}

function figureCost(text: string): number {
  if (isFigureCell(text)) return 0;
  if (isStatusCell(text)) return Infinity;
  if (isUnitCell(text)) return 2;
  return wordCount(text) <= 4 ? 1.5 : Infinity;
}

/** The cost of putting a cell (already normalised; "" when empty) into a column of a kind. */
export function fitCost(kind: ColumnKind, cell: string): number {
  const text = normalizeCell(cell);
  if (text === '') return kind === 'name' ? 0.9 : 0;
  switch (kind) {
    case 'code':
      return isCodeCell(text) ? 0 : Infinity;
    case 'name':
      return nameCost(text);
    case 'unit':
      return unitCost(text);
    case 'status':
      return isStatusCell(text) ? 0 : Infinity;
    case 'compare':
      return isStatusCell(text) ? 0 : figureCost(text);
    case 'note':
      return isStatusCell(text) ? 1 : isFigureCell(text) ? 0.8 : 0;
    case 'other':
      return 0.5;
    case 'previous_target':
    case 'target':
    case 'next_target':
    case 'result':
    case 'percent':
      return figureCost(text);
  }
}

/** The price of reading a row's start ("1", name, unit) as the end of the row above. */
const ROW_START_COST = 1.5;
/** The same for a weaker sign: a number before a name, without a unit to confirm it. */
const WEAK_ROW_START_COST = 1;

function isName(text: string): boolean {
  return isTextCell(text) && !isUnitCell(text);
}

/**
 * What the next cells say about a cell, for converters that dropped the empty cells: a
 * number followed by a name (and a unit) opens a row; a name followed by a unit, a bulleted
 * name and a heading ending in ":" are names, not notes. `next` and `after` are the two
 * cells that follow.
 */
export function contextCost(kind: ColumnKind, cell: string, next: string | undefined, after: string | undefined): number {
  const nameNext = next !== undefined && isName(next);
  if (kind !== 'code' && isCodeCell(cell) && nameNext) return after !== undefined && isUnitCell(after) ? ROW_START_COST : WEAK_ROW_START_COST;
  if (kind === 'name' || !isName(cell)) return 0;
  const looksLikeName = (next !== undefined && isUnitCell(next)) || bulletOf(cell) !== null || cleanName(cell) !== normalizeCell(cell);
  return looksLikeName ? ROW_START_COST : 0;
}
