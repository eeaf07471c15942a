/**
 * Drops the table header that converters repeat at every page break, even in the middle
 * of a row ("... thể thấp" / header / "còi"). A repeat is recognised by matching the
 * first header's lines in order; a line that merely starts with the last header line
 * keeps its rest ("hội còi" → "còi"), since a cleaner may have joined the two.
 */
import type { CleanLine } from '../../domain/document.ts';
import { normalizeCell } from './cell-kind.ts';

/** A body line with whether a blank line (or dropped lines) came before it. */
export interface BodyLine {
  text: string;
  /** The text as read, before spaces were collapsed: trailing spaces mark empty cells. */
  raw: string;
  line: number;
  endLine: number;
  afterBlank: boolean;
}

function isBlank(text: string): boolean {
  return normalizeCell(text) === '';
}

/** The line's text after a repeat of `header` that starts at `index`, or null when no repeat starts there. */
function matchRepeat(lines: readonly CleanLine[], index: number, header: readonly string[]): { next: number; rest: string } | null {
  // Blank lines inside the repeat are skipped; the first line must match outright.
  let at = index;
  let matched = 0;
  while (at < lines.length && matched < header.length) {
    const text = normalizeCell(lines[at]?.text ?? '');
    const expected = header[matched] ?? '';
    if (text === '') {
      at += 1;
      continue;
    }
    if (text === expected) [at, matched] = [at + 1, matched + 1];
    else if (matched > 0 && text.startsWith(`${expected} `)) return { next: at + 1, rest: text.slice(expected.length + 1) };
    else break;
  }
  const enough = matched >= Math.min(header.length, 2) || matched === header.length;
  return matched > 0 && enough ? { next: at, rest: '' } : null;
}

/** The body's lines without repeated headers and blank lines, each marked when a blank came before. */
export function bodyLines(lines: readonly CleanLine[], header: readonly string[]): BodyLine[] {
  const body: BodyLine[] = [];
  let blank = false;
  let previousEnd: number | null = null;
  for (let index = 0; index < lines.length; ) {
    const line = lines[index];
    if (!line) break;
    const repeat = header.length > 0 ? matchRepeat(lines, index, header) : null;
    if (repeat !== null) {
      const last = lines[repeat.next - 1] ?? line;
      if (repeat.rest !== '') body.push({ text: repeat.rest, raw: repeat.rest, line: last.line, endLine: last.endLine, afterBlank: false });
      previousEnd = last.endLine;
      index = repeat.next;
      continue;
    }
    if (previousEnd !== null && line.line > previousEnd + 1) blank = true;
    previousEnd = line.endLine;
    index += 1;
    if (isBlank(line.text) && !/ {3,}/u.test(line.text)) {
      blank = true;
      continue;
    }
    body.push({ text: normalizeCell(line.text), raw: line.text, line: line.line, endLine: line.endLine, afterBlank: blank });
    blank = false;
  }
  return body;
}
