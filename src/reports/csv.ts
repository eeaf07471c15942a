/**
 * CSV for spreadsheets and other systems: UTF-8 with a BOM (so Excel reads Vietnamese), a
 * header row of the columns' titles, CRLF line ends and RFC 4180 quoting. Values stay
 * machine-readable: numbers are written with a dot as the decimal separator (3.91, not "3,91")
 * and no thousands separator; null is an empty field.
 */

/** Machine-readable rows: one per indicator and period, values as numbers, not formatted text. */
export interface RecordSet {
  columns: { key: string; title: string }[];
  rows: Record<string, string | number | null>[];
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** One field, quoted when it holds a quote, a comma, a line break or leading/trailing spaces. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? csvNumber(value) : value;
  return /[",\r\n]|^\s|\s$/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A number in plain decimal notation with a dot ("3.91", "1200000", "0.0000005"); non-finite numbers are empty. */
function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value === 0 ? 0 : value); // no "-0"
  if (!/e/iu.test(text)) return text;
  // Exponent notation (1e21, 5e-7) is not what spreadsheets or other systems expect: spell it out.
  const [mantissa = '0', exponent = '0'] = text.replace(/^-/u, '').split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  const sign = value < 0 ? '-' : '';
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Writes the records as CSV bytes: BOM, the titles, then one line per row in column order. */
export function writeCsv(records: RecordSet): Buffer {
  const lines = [records.columns.map((column) => csvField(column.title)).join(',')];
  for (const row of records.rows) lines.push(records.columns.map((column) => csvField(row[column.key])).join(','));
  return Buffer.from(BOM + lines.join(CRLF) + CRLF, 'utf8');
}
