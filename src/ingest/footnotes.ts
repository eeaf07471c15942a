/**
 * Finds a document's footnotes and the places that cite them.
 *
 * A footnote's text is a line that starts with its number and a space ("27 Cụ thể: ...");
 * cleanText lifts each footnote of a page-bottom block onto one such line. A citation is
 * the same number glued to the word or sign before it ("khó đạt27(Phụ lục 3)", "XIV1;",
 * "9,85%17."). Numbers also sit glued in "km2", "CO2", "H5N1" or "PC6"; those are skipped, and
 * of the rest only a chain that rises through the document counts.
 */
import type { CleanLine, Footnote } from '../domain/document.ts';
import { sourceLineAt } from './clean-text.ts';
import { countNumberTokens, isRomanNumeral } from './text-utils.ts';

interface NoteText {
  number: number;
  text: string;
  line: number;
}

interface Citation {
  number: number;
  line: number;
}

/**
 * Reads the footnotes of clean lines. `line` is the clean line of the footnote's text;
 * `citedAtLines` are the original lines of its citations, traced inside joined lines
 * through `CleanLine.sources` (a line without sources gives its first line).
 */
export function readFootnotes(lines: readonly CleanLine[]): Footnote[] {
  const texts = footnoteTexts(lines);
  if (texts.length === 0) return [];
  const noteLines = new Set(texts.map((note) => note.line));
  const candidates = lines.filter((line) => !noteLines.has(line.line)).flatMap((line) => citationCandidates(line));
  const cited = new Set(candidates.map((candidate) => candidate.number));
  // A numbered line nobody cites is a list or table row, not a footnote.
  const notes = texts.filter((note) => cited.has(note.number));
  const numbers = new Set(notes.map((note) => note.number));
  const chain = risingChain(candidates.filter((candidate) => numbers.has(candidate.number)));
  return notes.map((note) => ({
    number: note.number,
    text: note.text,
    line: note.line,
    citedAtLines: chain.filter((citation) => citation.number === note.number).map((citation) => citation.line),
  }));
}

/** The CleanLine.line of every footnote text, so later stages can leave them out of the body. */
export function footnoteLineSet(footnotes: readonly Footnote[]): Set<number> {
  return new Set(footnotes.map((note) => note.line));
}

/** Lines "N text" whose numbers rise by one (a gap of up to two for a lost footnote). */
function footnoteTexts(lines: readonly CleanLine[]): NoteText[] {
  const notes: NoteText[] = [];
  let last = 0;
  for (const line of lines) {
    const match = /^(\d{1,3})\s+(?![.)])(\S.*)$/u.exec(line.text);
    if (!match || line.text.includes('\t')) continue;
    const number = Number(match[1]);
    const text = (match[2] ?? '').trim();
    if (number <= last || number > last + 3 || looksLikeRow(text)) continue;
    notes.push({ number, text, line: line.line });
    last = number;
  }
  return notes;
}

/** A table row: mostly figures. */
function looksLikeRow(text: string): boolean {
  const numbers = countNumberTokens(text);
  return numbers >= 3 && numbers / text.split(/\s+/).length >= 0.35;
}

/** Square and cubic units ("km2", "m3"); formulas in capitals ("CO2", "H5N1") fail the Roman-numeral test. */
const AREA_UNITS = /^(?:k?m|cm|mm|dm)$/u;

/** Numbers glued to the word or sign before them, as candidates for citations. */
function citationCandidates(line: CleanLine): Citation[] {
  const found: Citation[] = [];
  for (const match of line.text.matchAll(/(\p{L}+|[)”"’%…])(\d{1,2})(?![\p{L}\p{N},.]\d|[\p{L}\p{N}])/gu)) {
    const before = match[1] ?? '';
    const digits = match[2] ?? '';
    if (digits.startsWith('0') || !gluedToCitable(before, digits)) continue;
    found.push({ number: Number(digits), line: sourceLineAt(line, (match.index ?? 0) + before.length) });
  }
  return found;
}

/** Whether the word before a glued number can carry a citation. */
function gluedToCitable(before: string, digits: string): boolean {
  if (!/\p{L}/u.test(before)) return true;
  if (AREA_UNITS.test(before) && (digits === '2' || digits === '3')) return false;
  // A word in capitals carries a citation only when it is a Roman numeral ("khóa XIV1");
  // otherwise it is a code such as "PC6" or "J01".
  if (before === before.toLocaleUpperCase('vi')) return isRomanNumeral(before);
  return true;
}

/** The longest run of citations whose numbers rise strictly through the document. */
function risingChain(candidates: readonly Citation[]): Citation[] {
  const length: number[] = [];
  const previous: number[] = [];
  candidates.forEach((candidate, i) => {
    length[i] = 1;
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      const other = candidates[j];
      const best = (length[j] ?? 0) + 1;
      if (other && other.number < candidate.number && best > (length[i] ?? 0)) {
        length[i] = best;
        previous[i] = j;
      }
    }
  });
  let end = -1;
  length.forEach((value, i) => {
    if (end < 0 || value > (length[end] ?? 0)) end = i;
  });
  const chain: Citation[] = [];
  for (let i = end; i >= 0; i = previous[i] ?? -1) {
    const candidate = candidates[i];
    if (candidate) chain.unshift(candidate);
  }
  return chain;
}
