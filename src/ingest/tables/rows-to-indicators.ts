/**
 * Turns the rows of an appendix table into indicators: the target column becomes the
 * target (read by `parseTarget` with the unit column as context), every result column one
 * observation with its "% of target" and status cells, and the next term's column the
 * next target. Statuses are only copied as written; evaluation is not done here.
 */
import type { ExtractedIndicator, ExtractedObservation } from '../../domain/document.ts';
import type { Target } from '../../domain/target.ts';
import { parseTarget } from '../../domain/target-parse.ts';
import { parseVnNumber } from '../../domain/vn-number.ts';
import { isStatusCell, normalizeCell } from './cell-kind.ts';
import { placeRows, type RowPlace } from './hierarchy.ts';
import { VALUE_KINDS, type Column } from './schema.ts';
import { stageOf } from './stage.ts';
import { cellOf, type TableRow } from './table-row.ts';

/** A result column with the % and status columns that belong to it. */
interface ObservationColumns {
  result: number;
  percent: number | null;
  status: number | null;
  label: string;
}

/** Groups each result column with the % and status columns up to the next result column. */
export function observationColumns(columns: readonly Column[]): ObservationColumns[] {
  const groups: ObservationColumns[] = [];
  columns.forEach((column, index) => {
    const current = groups.at(-1);
    if (column.kind === 'result') groups.push({ result: index, percent: null, status: null, label: column.period ?? column.label });
    else if (column.kind === 'percent' && current && current.percent === null) current.percent = index;
    else if (column.kind === 'status' && current && current.status === null) current.status = index;
  });
  return groups;
}

/** The number in a result cell, without its qualifier or unit: ">80" → 80, "100%" → 100, "1.653/năm" → 1653. */
export function valueOf(text: string): number | null {
  const core = normalizeCell(text)
    .replace(/^(?:[<>≤≥]=?|~)\s*/u, '')
    .replace(/\s*\/\s*\p{L}+$/u, '')
    .replace(/\s*(?:%o|%|‰)$/u, '');
  return parseVnNumber(core);
}

function cellText(row: TableRow, index: number | null): string | null {
  if (index === null) return null;
  const text = normalizeCell(row.cells[index] ?? '');
  return text === '' ? null : text;
}

function observationsOf(row: TableRow, groups: readonly ObservationColumns[], termEnd: number | null): ExtractedObservation[] {
  const observations: ExtractedObservation[] = [];
  for (const group of groups) {
    const text = cellText(row, group.result) ?? '';
    const percentText = cellText(row, group.percent);
    const status = cellText(row, group.status);
    if (text === '' && percentText === null && status === null) continue;
    observations.push({
      label: group.label,
      text,
      value: valueOf(text),
      percentText,
      documentStatus: status !== null && isStatusCell(status) ? status : null,
      computedStatus: null,
      stage: stageOf(group.label, termEnd),
    });
  }
  return observations;
}

function hasFigures(row: TableRow, columns: readonly Column[]): boolean {
  return columns.some((column, index) => VALUE_KINDS.has(column.kind) && normalizeCell(row.cells[index] ?? '') !== '');
}

interface Targets {
  target: Target | null;
  previousTarget?: Target | null;
  nextTarget?: Target | null;
}

function targetsOf(row: TableRow, columns: readonly Column[], place: RowPlace, termEnd: number | null): Targets {
  const unit = cellOf(row, columns, 'unit');
  const read = (text: string | null, end: number | null): Target | null => {
    if (text === null) return null;
    // The sub-group tells the parser what a component is ("Cơ cấu kinh tế: Dịch vụ" is a share).
    const name = place.subgroup === null ? place.name : `${place.subgroup}: ${place.name}`;
    const context = { name, unit, ...(end === null ? {} : { termEndYear: end }) };
    return parseTarget(normalizeCell(text), context);
  };
  const has = (kind: Column['kind']): boolean => columns.some((column) => column.kind === kind);
  const targets: Targets = { target: read(cellOf(row, columns, 'target'), termEnd) };
  if (has('previous_target')) targets.previousTarget = read(cellOf(row, columns, 'previous_target'), termEnd === null ? null : termEnd - 5);
  if (has('next_target')) targets.nextTarget = read(cellOf(row, columns, 'next_target'), termEnd === null ? null : termEnd + 5);
  return targets;
}

/** Builds the indicators of a table's rows; heading rows (no figures) give none. */
export function rowsToIndicators(rows: readonly TableRow[], columns: readonly Column[], termEnd: number | null): ExtractedIndicator[] {
  const nameAt = columns.findIndex((column) => column.kind === 'name');
  const codeAt = columns.findIndex((column) => column.kind === 'code');
  const shapes = rows.map((row) => ({
    code: codeAt < 0 ? null : cellText(row, codeAt),
    name: nameAt < 0 ? null : cellText(row, nameAt),
    hasFigures: hasFigures(row, columns),
  }));
  const groups = observationColumns(columns);
  const places = placeRows(shapes);
  const indicators: ExtractedIndicator[] = [];
  rows.forEach((row, index) => {
    const place = places[index];
    if (!place) return;
    const targets = targetsOf(row, columns, place, termEnd);
    const direction = targets.target?.direction ?? targets.nextTarget?.direction ?? 'unknown';
    indicators.push({
      group: place.group,
      subgroup: place.subgroup,
      code: place.code,
      name: place.name,
      unit: cellOf(row, columns, 'unit'),
      line: row.line,
      source: 'table',
      ...targets,
      direction,
      observations: observationsOf(row, groups, termEnd),
      note: cellOf(row, columns, 'note'),
    });
  });
  return indicators;
}
