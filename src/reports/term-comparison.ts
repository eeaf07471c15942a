/**
 * The term comparison: for each indicator linked across terms, the previous term's target, its
 * result and evaluation, the current term's target and, when any row has one, the next term's
 * target. Rows whose target changed are highlighted; rows are grouped under Roman numerals.
 */
import { REPORT_FILE_STEM, REPORT_TITLE, STATUS_WORD, TERM_COMPARISON_COLUMN, TERM_COMPARISON_RECORD_TITLE, APPENDIX_COLUMN, groupNumeral } from '../domain/vocabulary/index.ts';
import { resultCell } from './appendix.ts';
import type { RecordSet } from './csv.ts';
import type { Cell, Column, ReportDocument, TableRow, TermComparisonData, TermComparisonRow } from './model.ts';

const years = (term: { startYear: number; endYear: number }): string => `${term.startYear}-${term.endYear}`;

/** The rows grouped by group name in order of first appearance; rows without a group get no numeral. */
export function groupTermRows(rows: readonly TermComparisonRow[]): { numeral: string | null; name: string | null; rows: TermComparisonRow[] }[] {
  const groups = new Map<string | null, TermComparisonRow[]>();
  for (const row of rows) groups.set(row.groupName, [...(groups.get(row.groupName) ?? []), row]);
  let named = 0;
  return [...groups].map(([name, members]) => ({ numeral: name === null ? null : groupNumeral(++named), name, rows: members }));
}

function columns(data: TermComparisonData): Column[] {
  const out: Column[] = [
    { key: 'number', title: APPENDIX_COLUMN.number, width: 5, align: 'center' },
    { key: 'name', title: APPENDIX_COLUMN.name, width: 38, align: 'left' },
    { key: 'unit', title: APPENDIX_COLUMN.unit, width: 10, align: 'center' },
    { key: 'previous_target', title: TERM_COMPARISON_COLUMN.termTarget(years(data.previousTerm)), width: 13, align: 'center' },
    { key: 'previous_result', title: TERM_COMPARISON_COLUMN.previousResult(data.previousPeriodLabel), width: 14, align: 'right' },
    { key: 'previous_status', title: TERM_COMPARISON_COLUMN.evaluation, width: 10, align: 'center' },
    { key: 'current_target', title: TERM_COMPARISON_COLUMN.termTarget(years(data.currentTerm)), width: 13, align: 'center' },
  ];
  if (data.rows.some((row) => hasText(row.nextTargetText))) {
    out.push({ key: 'next_target', title: TERM_COMPARISON_COLUMN.nextTarget, width: 13, align: 'center' });
  }
  return out;
}

const EMPTY: Cell = { kind: 'empty' };
const hasText = (value: string | null): value is string => value !== null && value !== '';
const textCell = (value: string | null): Cell => (hasText(value) ? { kind: 'text', text: value } : EMPTY);

function rowCells(row: TermComparisonRow, number: number, withNext: boolean): Record<string, Cell> {
  const cells: Record<string, Cell> = {
    number: { kind: 'text', text: String(number) },
    name: { kind: 'text', text: row.name },
    unit: textCell(row.unit),
    previous_target: textCell(row.previousTargetText),
    previous_result: row.previousResult === null ? EMPTY : resultCell(row.previousResult),
    previous_status: row.previousStatus === null
      ? EMPTY
      : { kind: 'status', status: row.previousStatus, word: row.previousStatusWord ?? STATUS_WORD[row.previousStatus] },
    current_target: textCell(row.currentTargetText),
  };
  if (withNext) cells['next_target'] = textCell(row.nextTargetText);
  return cells;
}

/** The term comparison, landscape; the items are numbered 1, 2, ... across the table. */
export function termComparisonDocument(data: TermComparisonData): ReportDocument {
  const tableColumns = columns(data);
  const withNext = tableColumns.some((c) => c.key === 'next_target');
  const rows: TableRow[] = [];
  let number = 0;
  for (const group of groupTermRows(data.rows)) {
    if (group.name !== null) rows.push({ kind: 'group', cells: { number: { kind: 'text', text: group.numeral ?? '' }, name: { kind: 'text', text: group.name } } });
    for (const row of group.rows) rows.push({ kind: 'item', cells: rowCells(row, ++number, withNext), highlight: row.changed });
  }
  return {
    fileStem: REPORT_FILE_STEM.termComparison(years(data.previousTerm), years(data.currentTerm)),
    header: data.header,
    kindLine: REPORT_TITLE.appendixKind,
    title: [REPORT_TITLE.termComparison, REPORT_TITLE.termComparisonTerms(data.organisationName, years(data.previousTerm), years(data.currentTerm))],
    subtitle: null,
    paragraphs: [],
    tables: [{ caption: null, columns: tableColumns, rows }],
    notes: [],
    orientation: 'landscape',
  };
}

/** The term comparison as machine-readable rows, one per indicator, in the table's order and numbering. */
export function termComparisonRecords(data: TermComparisonData): RecordSet {
  const columns = Object.entries(TERM_COMPARISON_RECORD_TITLE).map(([key, title]) => ({ key, title }));
  const rows: RecordSet['rows'] = [];
  let number = 0;
  for (const group of groupTermRows(data.rows)) {
    for (const row of group.rows) {
      rows.push({
        group_numeral: group.numeral,
        group_name: group.name,
        number: ++number,
        name: row.name,
        unit: row.unit,
        previous_term: years(data.previousTerm),
        previous_target_text: row.previousTargetText,
        previous_period_label: data.previousPeriodLabel,
        previous_value: row.previousResult?.value ?? null,
        previous_value_text: row.previousResult?.valueText ?? null,
        previous_status: row.previousStatus,
        previous_status_word: row.previousStatus === null ? null : (row.previousStatusWord ?? STATUS_WORD[row.previousStatus]),
        current_term: years(data.currentTerm),
        current_target_text: row.currentTargetText,
        next_target_text: row.nextTargetText,
        changed: row.changed ? 'true' : 'false',
      } satisfies Record<keyof typeof TERM_COMPARISON_RECORD_TITLE, string | number | null>);
    }
  }
  return { columns, rows };
}
