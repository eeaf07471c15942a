/**
 * The organisation comparison: the same indicators (matched by lineage or a curated mapping) in
 * two or more organisations side by side. Chỉ tiêu | Đơn vị tính, then per organisation a merged
 * title over Mục tiêu | Kết quả | Đánh giá.
 */
import {
  ORGANISATION_COMPARISON_COLUMN, ORGANISATION_COMPARISON_RECORD_TITLE, REPORT_FILE_STEM, REPORT_TITLE, STATUS_WORD, TERM_LABEL, TERM_WORD, lower,
} from '../domain/vocabulary/index.ts';
import { resultCell } from './appendix.ts';
import type { RecordSet } from './csv.ts';
import type { Cell, Column, ColumnGroup, OrganisationComparisonData, OrganisationComparisonRow, ReportDocument, TableRow } from './model.ts';

/** "nhiệm kỳ 2020-2025" from "2020-2025" (a label that already says "nhiệm kỳ" is kept as it is). */
export function termPhrase(termLabel: string): string {
  return lower(termLabel.trim()).startsWith(TERM_WORD) ? termLabel : TERM_LABEL(termLabel);
}

/** The one period every organisation's figures come from, or null when they differ. */
function commonPeriod(data: OrganisationComparisonData): string | null {
  const labels = new Set(data.organisations.map((o) => o.periodLabel));
  const [only] = labels;
  return labels.size === 1 && only !== undefined ? only : null;
}

/** Column keys of organisation `index` (0-based): target_1, result_1, status_1, ... */
export function organisationKeys(index: number): { target: string; result: string; status: string } {
  return { target: `target_${index + 1}`, result: `result_${index + 1}`, status: `status_${index + 1}` };
}

function columns(data: OrganisationComparisonData): (Column | ColumnGroup)[] {
  const shared = commonPeriod(data);
  return [
    { key: 'name', title: ORGANISATION_COMPARISON_COLUMN.name, width: 34, align: 'left' },
    { key: 'unit', title: ORGANISATION_COMPARISON_COLUMN.unit, width: 10, align: 'center' },
    ...data.organisations.map((organisation, i): ColumnGroup => {
      const keys = organisationKeys(i);
      return {
        title: ORGANISATION_COMPARISON_COLUMN.organisation(organisation.name, termPhrase(organisation.termLabel)),
        columns: [
          { key: keys.target, title: ORGANISATION_COMPARISON_COLUMN.target, width: 10, align: 'center' },
          {
            key: keys.result,
            title: shared === null ? ORGANISATION_COMPARISON_COLUMN.resultOf(organisation.periodLabel) : ORGANISATION_COMPARISON_COLUMN.result,
            width: 10,
            align: 'right',
          },
          { key: keys.status, title: ORGANISATION_COMPARISON_COLUMN.evaluation, width: 10, align: 'center' },
        ],
      };
    }),
  ];
}

const EMPTY: Cell = { kind: 'empty' };

function rowCells(row: OrganisationComparisonRow, count: number): Record<string, Cell> {
  const cells: Record<string, Cell> = {
    name: { kind: 'text', text: row.name },
    unit: row.unit === null || row.unit === '' ? EMPTY : { kind: 'text', text: row.unit },
  };
  for (let i = 0; i < count; i++) {
    const entry = row.entries[i];
    if (entry === undefined) continue;
    const keys = organisationKeys(i);
    cells[keys.target] = entry.targetText === null || entry.targetText === '' ? EMPTY : { kind: 'text', text: entry.targetText };
    cells[keys.result] = resultCell(entry);
    cells[keys.status] = entry.status === null ? EMPTY : { kind: 'status', status: entry.status, word: entry.statusWord ?? STATUS_WORD[entry.status] };
  }
  return cells;
}

/** The organisation comparison, landscape. */
export function organisationComparisonDocument(data: OrganisationComparisonData): ReportDocument {
  const shared = commonPeriod(data);
  const rows: TableRow[] = data.rows.map((row) => ({ kind: 'item', cells: rowCells(row, data.organisations.length) }));
  return {
    fileStem: REPORT_FILE_STEM.organisationComparison(Number(data.header.date.slice(0, 4))),
    header: data.header,
    kindLine: REPORT_TITLE.appendixKind,
    title: [REPORT_TITLE.organisationComparison, REPORT_TITLE.organisationComparisonBetween(data.organisations.map((o) => o.name))],
    subtitle: shared === null ? null : REPORT_TITLE.figuresOf(shared),
    paragraphs: [],
    tables: [{ caption: null, columns: columns(data), rows }],
    notes: [],
    orientation: 'landscape',
  };
}

/** The comparison as machine-readable rows: one per indicator and organisation. */
export function organisationComparisonRecords(data: OrganisationComparisonData): RecordSet {
  const columns = Object.entries(ORGANISATION_COMPARISON_RECORD_TITLE).map(([key, title]) => ({ key, title }));
  const rows: RecordSet['rows'] = [];
  for (const row of data.rows) {
    data.organisations.forEach((organisation, i) => {
      const entry = row.entries[i];
      rows.push({
        name: row.name,
        unit: row.unit,
        organisation_id: organisation.id,
        organisation_name: organisation.name,
        term_label: organisation.termLabel,
        period_label: organisation.periodLabel,
        indicator_name: entry?.indicatorName ?? null,
        target_text: entry?.targetText ?? null,
        value: entry?.value ?? null,
        value_text: entry?.valueText ?? null,
        status: entry?.status ?? null,
        status_word: entry === undefined || entry.status === null ? null : (entry.statusWord ?? STATUS_WORD[entry.status]),
      } satisfies Record<keyof typeof ORGANISATION_COMPARISON_RECORD_TITLE, string | number | null>);
    });
  }
  return { columns, rows };
}
