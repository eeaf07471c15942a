/** CSV for spreadsheets and other systems: UTF-8 with a BOM (so Excel reads Vietnamese), RFC 4180 quoting. */

/** Machine-readable rows: one per indicator and period, values as numbers, not formatted text. */
export interface RecordSet {
  columns: { key: string; title: string }[];
  rows: Record<string, string | number | null>[];
}

export function writeCsv(_records: RecordSet): Buffer {
  throw new Error('writeCsv: being written in this session');
}
