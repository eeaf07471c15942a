/**
 * The plain data every report is made of. Two layers:
 *
 * 1. Report data (`AppendixData`, `TermComparisonData`, `OrganisationComparisonData`): what a
 *    report says, assembled by the services from the store and the evaluation. Numbers are
 *    numbers, statuses are Status codes, dates are ISO dates.
 * 2. A laid-out document (`ReportDocument`): the header block, title, paragraphs, tables with
 *    merged header cells and typed cells, and notes. Builders (`appendix.ts`, ...) turn report
 *    data into it; the format writers (`xlsx.ts`, `docx.ts`, `pdf.ts`) know only this layer, so
 *    a new report (tasks, consultation) is a new builder and touches no writer.
 *
 * CSV and JSON are machine-readable and come from the report data directly (`records.ts`).
 */
import type { IsoDate } from '../domain/entities.ts';
import type { Cell } from '../domain/report-cell.ts';
import type { StatusCode as Status } from '../domain/vocabulary/index.ts';

// ---------------------------------------------------------------------------------------------
// Layer 2: the laid-out document the writers render.

/**
 * The header block of a Vietnamese administrative document. `party`: the Party layout
 * (issuing body on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" on the right); `state`: Decree
 * 30/2020/NĐ-CP (issuing body on the left, the national name and motto on the right).
 */
export interface DocumentHeader {
  layout: 'party' | 'state';
  /** The body above the issuer, upper case ("ĐẢNG BỘ TỈNH LAI CHÂU", "UBND TỈNH LAI CHÂU"); null when none. */
  parentIssuer: string | null;
  /** The issuing body, upper case ("TỈNH ỦY", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"). */
  issuer: string;
  /** "443-BC/TU" (the writers put "Số" or "Số:" before it); null leaves the number blank for the office to fill in. */
  number: string | null;
  /** "Lai Châu" in the place and date line. */
  place: string;
  /** The date of the place and date line. */
  date: IsoDate;
}

/** A table cell (defined in the domain: the web preview shows cells with the same text). */
export type { Cell };

export type Align = 'left' | 'center' | 'right';

/** A leaf column: one cell per row, under `key`. */
export interface Column {
  key: string;
  title: string;
  /** Relative width in characters of body text (the writers scale it to the page). */
  width: number;
  align: Align;
}

/** Columns under one merged header cell ("Ước thực hiện giai đoạn 2021-2023" over three columns). */
export interface ColumnGroup {
  title: string;
  columns: Column[];
}

/**
 * A row. `group`: a heading row spanning the table ("I", "Các chỉ tiêu về kinh tế"), bold;
 * `item`: an indicator; `component`: a component indicator, indented; `subtotal`: bold figures.
 */
export interface TableRow {
  kind: 'group' | 'item' | 'component' | 'subtotal';
  /** The cells by column key; a missing key is an empty cell. A group row shows its first two keys' text. */
  cells: Record<string, Cell>;
  /** Highlights the row (a changed target in the term comparison). */
  highlight?: boolean;
}

export interface ReportTable {
  /** A caption above the table, or null. */
  caption: string | null;
  /** Top-level columns: a Column spans both header rows, a ColumnGroup merges its title over its columns. */
  columns: (Column | ColumnGroup)[];
  rows: TableRow[];
}

/** A paragraph of body text; `list` paragraphs are bulleted with "-". */
export interface Paragraph {
  text: string;
  style?: 'body' | 'list' | 'heading';
}

export interface ReportDocument {
  /** The file name without extension, ASCII ("phu-luc-ket-qua-chi-tieu-2023"). */
  fileStem: string;
  header: DocumentHeader;
  /** Kind of document above the title ("PHỤ LỤC", "BÁO CÁO"), or null. */
  kindLine: string | null;
  /** The title lines, upper case where the document writes them so. */
  title: string[];
  /** Italic line below the title ("(Kèm theo Báo cáo số ...)"), or null. */
  subtitle: string | null;
  /** Text before the tables. */
  paragraphs: Paragraph[];
  tables: ReportTable[];
  /** Notes after the tables ("Ghi chú: ..."): e.g. where the source document contradicts itself. */
  notes: string[];
  orientation: 'portrait' | 'landscape';
}

// ---------------------------------------------------------------------------------------------
// Layer 1: report data, assembled by the services.

/** One period's result of one indicator. */
export interface PeriodResult {
  periodId: string;
  /** The figure as a number, or null (not reported, or reported as text). */
  value: number | null;
  /** The figure as written when it is not a number ("Hoàn thành", ">1.000"), else null. */
  valueText: string | null;
  /** Decimals to show the figure with (from the figure as entered, or the target's precision). */
  decimals: number;
  /** Result as a percentage of the target (percent points), where the target has one figure. */
  percentOfTarget: number | null;
  status: Status | null;
  /** The status word as the report writes it (Vượt, Đạt, Chưa đạt, Khó đạt, ...). */
  statusWord: string | null;
  /** The explanation of the status, one sentence. */
  explanation: string | null;
}

export interface AppendixIndicator {
  id: string;
  /** "1", "2" for indicators; "+" or "-" or "a" for components, as the document numbers them; "" when none. */
  number: string;
  /** Components point at their parent. */
  parentId: string | null;
  name: string;
  unit: string | null;
  /** The target as the resolution wrote it ("9-10", "≥ 53", "Giảm 3-4%/năm"). */
  targetText: string | null;
  /** One entry per period of `AppendixData.periods`, same order. */
  results: PeriodResult[];
  /** The target of the next term, as written, when the report asks for it. */
  nextTargetText: string | null;
  note: string | null;
}

export interface AppendixGroup {
  /** "I", "II", ... */
  numeral: string;
  name: string;
  indicators: AppendixIndicator[];
}

export interface AppendixPeriod {
  id: string;
  /** "Ước thực hiện giai đoạn 2021-2023". */
  label: string;
  startYear: number;
  endYear: number;
}

/** A status count for the narrative: "12 chỉ tiêu thành phần vượt". */
export interface StatusCount {
  status: Status | null;
  word: string;
  count: number;
}

export interface AppendixData {
  header: DocumentHeader;
  organisationName: string;
  /** "XIV". */
  congress: string;
  termStartYear: number;
  termEndYear: number;
  /** One or two as-of periods, in order. */
  periods: AppendixPeriod[];
  groups: AppendixGroup[];
  /** Whether to print the "Mục tiêu nhiệm kỳ tới" and "Ghi chú" columns. */
  showNextTarget: boolean;
  showNote: boolean;
  /** Counts for the narrative, per period (same order as `periods`): indicators (parents), components and statuses. */
  summaries: {
    periodId: string;
    groups: number;
    indicators: number;
    components: number;
    counts: StatusCount[];
    /** The rollup sentence the dashboard shows, as written by src/domain/rollup.ts. */
    sentence: string;
    atRisk: { name: string; figure: string | null; targetText: string | null; statusWord: string }[];
  }[];
  /** Where a stored report's own status word disagrees with the evaluation, one sentence each. */
  disagreements: string[];
}

/** One indicator across two or three terms (000's end table). */
export interface TermComparisonRow {
  groupName: string | null;
  name: string;
  unit: string | null;
  previousTargetText: string | null;
  previousResult: { value: number | null; valueText: string | null; decimals: number } | null;
  previousStatus: Status | null;
  previousStatusWord: string | null;
  currentTargetText: string | null;
  nextTargetText: string | null;
  /** The current target differs from the previous one (highlighted). */
  changed: boolean;
}

export interface TermComparisonData {
  header: DocumentHeader;
  organisationName: string;
  previousTerm: { congress: string; startYear: number; endYear: number };
  currentTerm: { congress: string; startYear: number; endYear: number };
  /** The period the previous result is taken from. */
  previousPeriodLabel: string;
  rows: TermComparisonRow[];
}

/** The same indicator in several organisations. */
export interface OrganisationComparisonRow {
  /** The matching key: a lineage or curated mapping name ("Tốc độ tăng trưởng GRDP"). */
  name: string;
  unit: string | null;
  /** One per organisation of `OrganisationComparisonData.organisations`, same order. */
  entries: {
    indicatorName: string | null;
    targetText: string | null;
    value: number | null;
    valueText: string | null;
    decimals: number;
    status: Status | null;
    statusWord: string | null;
  }[];
}

export interface OrganisationComparisonData {
  header: DocumentHeader;
  organisations: { id: string; name: string; termLabel: string; periodLabel: string }[];
  rows: OrganisationComparisonRow[];
}
