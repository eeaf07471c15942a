/**
 * The cleaner's working form of a document: one record per original line, normalised, with
 * the role the later passes give it. The passes mark roles in place, in order.
 */
import { normalizeSpaces } from '../text-utils.ts';

/** What the cleaner decided a line is; only 'body' lines take part in joining. */
export type Role = 'blank' | 'spacer' | 'body' | 'table' | 'note' | 'page' | 'header';

/** One original line, normalised, with what the cleaner decided it is. */
export interface RawLine {
  /** 1-based original line number. */
  n: number;
  /** NFC text, NBSP as space, no trailing spaces (leading ones kept). */
  text: string;
  /** The original line started with whitespace. */
  indented: boolean;
  /** Length of whitespace when the line holds nothing else (a rule drawn with spaces). */
  spaces: number;
  role: Role;
}

/** Splits raw text into normalised lines (BOM, CR/LF, form feeds, NFC, NBSP); all start as body, blank or spacer. */
export function splitLines(raw: string): RawLine[] {
  const text = raw.replace(/^\uFEFF/, '');
  return text.split(/\r\n|\r|\n/).map((source, i) => {
    // A form feed (page break) sits inside a line; it is no line of its own.
    const unpaged = source.replace(/\f/g, '');
    const nfc = normalizeSpaces(unpaged.normalize('NFC')).replace(/ +$/, '');
    const blank = unpaged.length === 0;
    const spacer = !blank && nfc.trim() === '' && !nfc.includes('\t');
    return {
      n: i + 1,
      text: nfc,
      indented: /^[ \t]/.test(nfc),
      spaces: spacer ? unpaged.length : 0,
      role: blank ? 'blank' : spacer ? 'spacer' : 'body',
    };
  });
}

/** Prose: single spaces, no outer spaces. */
export function proseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Table cells keep tabs and inner spacing; only outer plain spaces go. */
export function tableText(text: string): string {
  return text.replace(/^ +/, '').replace(/ +$/, '');
}
