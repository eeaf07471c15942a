/**
 * The results appendix ("Phụ lục: Kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội ..."):
 * TT | Chỉ tiêu | Đơn vị tính | Mục tiêu, then per period Kết quả đạt được | Tỷ lệ % | So sánh,
 * group rows with Roman numerals, item rows and component rows under their parents. Also its
 * machine-readable rows (one per indicator and period) for CSV. The summary report reuses the
 * table and the title built here.
 */
import { formatVnDate } from '../domain/vn-date.ts';
import { formatVnNumber, parseVnNumber } from '../domain/vn-number.ts';
import {
  APPENDIX_COLUMN, APPENDIX_RECORD_TITLE, PARTY_ORGANISATION, REPORT_FILE_STEM, REPORT_NOTE, REPORT_TITLE, STATUS_WORD,
} from '../domain/vocabulary/index.ts';
import type { RecordSet } from './csv.ts';
import type { AppendixData, AppendixIndicator, Cell, Column, ColumnGroup, PeriodResult, ReportDocument, ReportTable, TableRow } from './model.ts';

/** Decimals of the "Tỷ lệ % so với mục tiêu" cells. */
const PERCENT_DECIMALS = 1;

/** The Party organisation of the title: the header's parent issuer when it is one, else named from the organisation. */
export function partyOrganisation(data: AppendixData): string {
  const parent = data.header.parentIssuer;
  if (parent !== null && parent.toLocaleUpperCase('vi').startsWith(PARTY_ORGANISATION.prefix)) return parent.toLocaleUpperCase('vi');
  return PARTY_ORGANISATION.upper(data.organisationName);
}

/** "2020-2025". */
export function termYears(data: AppendixData): string {
  return `${data.termStartYear}-${data.termEndYear}`;
}

/** The second title line: "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH MẪU LẦN THỨ XIV, NHIỆM KỲ 2020-2025". */
export function resolutionTitle(data: AppendixData): string {
  return REPORT_TITLE.resolution(partyOrganisation(data), data.congress, termYears(data));
}

/** The year a report file is named after: the end of the first as-of period (the term's end when there is none). */
export function reportYear(data: AppendixData): number {
  return data.periods[0]?.endYear ?? data.termEndYear;
}

/** The notes after the table: one per disagreement between a document's status word and the evaluation. */
export function disagreementNotes(data: AppendixData): string[] {
  return data.disagreements.map((text, i) => REPORT_NOTE(i + 1, data.disagreements.length, text));
}

/** The results appendix, landscape, as an office files it. */
export function appendixDocument(data: AppendixData): ReportDocument {
  return {
    fileStem: REPORT_FILE_STEM.appendix(reportYear(data)),
    header: data.header,
    kindLine: REPORT_TITLE.appendixKind,
    title: [REPORT_TITLE.results, resolutionTitle(data)],
    subtitle: data.header.number === null ? null : REPORT_TITLE.attachedTo(data.header.number, formatVnDate(data.header.date)),
    paragraphs: [],
    tables: [appendixTable(data)],
    notes: disagreementNotes(data),
    orientation: 'landscape',
  };
}

const column = (key: string, title: string, width: number, align: Column['align']): Column => ({ key, title, width, align });

/** Column keys of period `index` (0-based): result_1, percent_1, status_1, ... */
export function periodKeys(index: number): { result: string; percent: string; status: string } {
  return { result: `result_${index + 1}`, percent: `percent_${index + 1}`, status: `status_${index + 1}` };
}

function appendixColumns(data: AppendixData): (Column | ColumnGroup)[] {
  const columns: (Column | ColumnGroup)[] = [
    column('number', APPENDIX_COLUMN.number, 5, 'center'),
    column('name', APPENDIX_COLUMN.name, 38, 'left'),
    column('unit', APPENDIX_COLUMN.unit, 10, 'center'),
    column('target', APPENDIX_COLUMN.target, 12, 'center'),
  ];
  data.periods.forEach((period, i) => {
    const keys = periodKeys(i);
    columns.push({
      title: period.label,
      columns: [
        column(keys.result, APPENDIX_COLUMN.result, 10, 'right'),
        column(keys.percent, APPENDIX_COLUMN.percent, 9, 'right'),
        column(keys.status, APPENDIX_COLUMN.compare, 10, 'center'),
      ],
    });
  });
  if (data.showNextTarget) columns.push(column('next_target', APPENDIX_COLUMN.nextTarget, 12, 'center'));
  if (data.showNote) columns.push(column('note', APPENDIX_COLUMN.note, 16, 'left'));
  return columns;
}

/** The appendix table: the header columns and one row per group, indicator and component. */
export function appendixTable(data: AppendixData): ReportTable {
  const rows: TableRow[] = [];
  const numbered = data.groups.some((group) => group.indicators.some((item) => item.parentId === null && item.number !== ''));
  let itemCount = 0;
  for (const group of data.groups) {
    rows.push({ kind: 'group', cells: { number: text(group.numeral), name: text(group.name) } });
    for (const { indicator, depth } of inDisplayOrder(group.indicators)) {
      const isComponent = depth > 0 || indicator.parentId !== null;
      if (!isComponent) itemCount += 1;
      // Without any number in the data, items are numbered 1, 2, ... across the table as the documents do.
      const number = numbered || isComponent ? indicator.number : String(itemCount);
      rows.push({ kind: isComponent ? 'component' : 'item', cells: indicatorCells(data, indicator, number) });
    }
  }
  return { caption: null, columns: appendixColumns(data), rows };
}

/**
 * The group's indicators with every component right after its parent (recursively), keeping
 * the data's order otherwise. A component whose parent is not in the group stays where it is.
 */
export function inDisplayOrder(indicators: readonly AppendixIndicator[]): { indicator: AppendixIndicator; depth: number }[] {
  const ids = new Set(indicators.map((item) => item.id));
  const children = new Map<string, AppendixIndicator[]>();
  for (const item of indicators) {
    if (item.parentId !== null && ids.has(item.parentId) && item.parentId !== item.id) {
      children.set(item.parentId, [...(children.get(item.parentId) ?? []), item]);
    }
  }
  const out: { indicator: AppendixIndicator; depth: number }[] = [];
  const placed = new Set<string>();
  const place = (item: AppendixIndicator, depth: number): void => {
    if (placed.has(item.id)) return; // a cycle in parent links places each indicator once
    placed.add(item.id);
    out.push({ indicator: item, depth });
    for (const child of children.get(item.id) ?? []) place(child, depth + 1);
  };
  for (const item of indicators) {
    const hasParentHere = item.parentId !== null && ids.has(item.parentId) && item.parentId !== item.id;
    if (!hasParentHere) place(item, 0);
  }
  for (const item of indicators) place(item, 1); // members of a parent cycle, never reached from a root
  return out;
}

function indicatorCells(data: AppendixData, indicator: AppendixIndicator, number: string): Record<string, Cell> {
  const cells: Record<string, Cell> = {
    number: optionalText(number),
    name: text(indicator.name),
    unit: optionalText(indicator.unit),
    target: optionalText(indicator.targetText),
  };
  data.periods.forEach((period, i) => {
    const keys = periodKeys(i);
    const result = indicator.results.find((r) => r.periodId === period.id) ?? indicator.results[i];
    if (result === undefined) return;
    cells[keys.result] = resultCell(result);
    cells[keys.percent] = result.percentOfTarget === null ? EMPTY : { kind: 'percent', value: result.percentOfTarget, decimals: PERCENT_DECIMALS };
    cells[keys.status] = statusCell(result);
  });
  if (data.showNextTarget) cells['next_target'] = optionalText(indicator.nextTargetText);
  if (data.showNote) cells['note'] = optionalText(indicator.note);
  return cells;
}

const EMPTY: Cell = { kind: 'empty' };

function text(value: string): Cell {
  return { kind: 'text', text: value };
}

function optionalText(value: string | null): Cell {
  return value === null || value === '' ? EMPTY : text(value);
}

/** The figure as a number with its decimals, or the text written in its place, or empty. */
export function resultCell(result: Pick<PeriodResult, 'value' | 'valueText' | 'decimals'>): Cell {
  if (result.value !== null) return { kind: 'number', value: result.value, decimals: result.decimals };
  return optionalText(result.valueText);
}

function statusCell(result: PeriodResult): Cell {
  if (result.status === null) return EMPTY;
  return { kind: 'status', status: result.status, word: result.statusWord ?? STATUS_WORD[result.status] };
}

/** The appendix as machine-readable rows: one per indicator and period, numbers as numbers. */
export function appendixRecords(data: AppendixData): RecordSet {
  const columns = Object.entries(APPENDIX_RECORD_TITLE).map(([key, title]) => ({ key, title }));
  const rows: RecordSet['rows'] = [];
  for (const group of data.groups) {
    for (const { indicator } of inDisplayOrder(group.indicators)) {
      data.periods.forEach((period, i) => {
        const result = indicator.results.find((r) => r.periodId === period.id) ?? indicator.results[i];
        rows.push({
          group_numeral: group.numeral,
          group_name: group.name,
          number: indicator.number,
          indicator_id: indicator.id,
          parent_id: indicator.parentId,
          name: indicator.name,
          unit: indicator.unit,
          target_text: indicator.targetText,
          period_id: period.id,
          period_label: period.label,
          value: result?.value ?? null,
          value_text: result?.valueText ?? null,
          percent_of_target: result === undefined || result.percentOfTarget === null ? null : roundTo(result.percentOfTarget, 2),
          status: result?.status ?? null,
          status_word: result === undefined || result.status === null ? null : (result.statusWord ?? STATUS_WORD[result.status]),
        } satisfies Record<keyof typeof APPENDIX_RECORD_TITLE, string | number | null>);
      });
    }
  }
  return { columns, rows };
}

/** Rounds half away from zero on the decimal digits (73.05 stays 73.05), through the domain's formatter. */
export function roundTo(value: number, decimals: number): number {
  return parseVnNumber(formatVnNumber(value, { decimals })) ?? value;
}
