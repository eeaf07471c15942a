/**
 * Placing a document's footnote citations in its cleaned text, so a reader can show each
 * as a superscript beside the word it is glued to. The reader (src/ingest/footnotes.ts)
 * records only the original line of a citation; this finds the digits on that line again.
 */
import type { CleanLine, Footnote } from '../domain/document.ts';
import { sourceLineAt } from '../ingest/clean-text.ts';
import { isRomanNumeral } from '../ingest/text-utils.ts';

/** A citation's place: the cleaned line (by its `line`) and the offsets of its digits. */
export interface CitationPlace {
  line: number;
  start: number;
  end: number;
}

/**
 * Digits glued to a word or closing sign, as the reader finds citations ("đạt 8,7%1", "XIV1;"),
 * skipping what the reader skips: "km2", and codes in capitals that are not Roman numerals ("PC6").
 */
function gluedNumbers(text: string, number: number): { start: number; end: number }[] {
  const pattern = new RegExp(`(\\p{L}+|[)”"’%…])(${number})(?![\\p{L}\\p{N},.]\\d|[\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].filter((match) => citable(match[1] ?? '', number)).map((match) => {
    const start = (match.index ?? 0) + (match[1] ?? '').length;
    return { start, end: start + String(number).length };
  });
}

function citable(before: string, number: number): boolean {
  if (!/\p{L}/u.test(before)) return true;
  if (/^(?:k?m|cm|mm|dm)$/u.test(before) && (number === 2 || number === 3)) return false;
  return before !== before.toLocaleUpperCase('vi') || isRomanNumeral(before);
}

/**
 * For each footnote, the places of its citations, in the order of `citedAtLines`. A cited line
 * whose digits cannot be found again (the text was edited, or two citations share a line with
 * one of them unplaced) is left out rather than guessed.
 */
export function placeCitations(lines: readonly CleanLine[], footnotes: readonly Footnote[]): CitationPlace[][] {
  const noteLines = new Set(footnotes.map((note) => note.line));
  const body = lines.filter((line) => !noteLines.has(line.line));
  const used = new Set<string>();
  return footnotes.map((note) => {
    const places: CitationPlace[] = [];
    for (const cited of note.citedAtLines) {
      const place = findCitation(body, note.number, cited, used);
      if (place === null) continue;
      used.add(`${place.line}:${place.start}`);
      places.push(place);
    }
    return places;
  });
}

function findCitation(body: readonly CleanLine[], number: number, cited: number, used: ReadonlySet<string>): CitationPlace | null {
  for (const line of body) {
    if (cited < line.line || cited > line.endLine) continue;
    for (const digits of gluedNumbers(line.text, number)) {
      if (sourceLineAt(line, digits.start) !== cited || used.has(`${line.line}:${digits.start}`)) continue;
      return { line: line.line, ...digits };
    }
  }
  return null;
}
