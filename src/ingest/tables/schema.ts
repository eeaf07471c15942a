/**
 * The columns of an appendix table and what each one holds. A schema comes from the
 * header when the converter kept it (header.ts), or from the cells themselves when it
 * did not (infer-schema.ts).
 */

export type ColumnKind =
  | 'code'
  | 'name'
  | 'unit'
  | 'previous_target'
  | 'target'
  | 'next_target'
  | 'result'
  | 'percent'
  | 'status'
  /** "So sánh với mục tiêu": a status word or a % depending on the table; resolved from the cells. */
  | 'compare'
  | 'note'
  | 'other';

/** One column of a table. */
export interface Column {
  kind: ColumnKind;
  /** The header text of the column ("Kết quả đạt được"), or a default when it was lost. */
  label: string;
  /** The spanning header above the column ("Ước thực hiện giai đoạn 2021 - 2023"), when there is one. */
  period: string | null;
}

/** Kinds whose cells hold figures or status words: everything right of the unit but the note. */
export const VALUE_KINDS: ReadonlySet<ColumnKind> = new Set([
  'previous_target',
  'target',
  'next_target',
  'result',
  'percent',
  'status',
  'compare',
]);

/** The label shown for a column: "period: label" under a spanning header, else the label. */
export function columnTitle(column: Column): string {
  return column.period ? `${column.period}: ${column.label}` : column.label;
}
