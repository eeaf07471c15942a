/**
 * Splits CSV text into records (RFC 4180): fields separated by one delimiter, records by
 * CRLF, LF or CR; a field that starts with a double quote runs to the closing quote, with
 * "" for a quote and line breaks kept inside. Lenient where spreadsheets are: a quote in the
 * middle of an unquoted field is text, and text after a closing quote joins the field.
 * Linear in the text's length.
 */

export interface CsvRecords {
  /** The records, a blank line as one empty field, so record N is the spreadsheet's row N. */
  records: string[][];
  /** The 1-based line where a quoted field opened and never closed, else null. */
  openQuoteLine: number | null;
}

/** Parses at most `limit` records of `text` with `delimiter` (one character). */
export function parseCsv(text: string, delimiter: string, limit = Number.POSITIVE_INFINITY): CsvRecords {
  const stops = new RegExp(`[${delimiter.replace(/[\\\]^-]/g, '\\$&')}\r\n]`, 'g');
  const records: string[][] = [];
  let record: string[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length && records.length < limit) {
    let field = '';
    if (text[i] === '"') {
      const close = quotedEnd(text, i + 1);
      if (close === -1) return { records, openQuoteLine: line };
      const inner = text.slice(i + 1, close);
      line += lineBreaks(inner);
      field = inner.replace(/""/g, '"');
      i = close + 1;
    }
    stops.lastIndex = i;
    const end = stops.exec(text)?.index ?? text.length;
    record.push(field + text.slice(i, end));
    i = end;
    const stop = text[i];
    if (stop === delimiter) {
      i++;
      // "a," at the very end: the empty last field still counts.
      if (i === text.length) record.push('');
      else continue;
    } else if (stop !== undefined) {
      line++;
      i += stop === '\r' && text[i + 1] === '\n' ? 2 : 1;
    }
    records.push(record);
    record = [];
  }
  return { records, openQuoteLine: null };
}

/** The index of the quote that closes a quoted field whose text starts at `from`, or -1. */
function quotedEnd(text: string, from: number): number {
  let at = from;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote === -1) return -1;
    if (text[quote + 1] !== '"') return quote;
    at = quote + 2;
  }
}

function lineBreaks(text: string): number {
  if (!text.includes('\n') && !text.includes('\r')) return 0;
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}
