/**
 * Builds a document's heading tree from its clean lines: "Phần thứ nhất", "A-", "I-", "1.",
 * "1.1.", "1.1.1.", "a)", "(1)", and appendices ("Phụ lục 3").
 *
 * Levels follow the usual nesting of the styles (Phần > A- > I- > 1. > 1.1. > 1.1.1. > a) > (1)),
 * compacted to the styles the document uses; an appendix is always at the top level, and
 * what follows it is table content, not headings. No section runs past the recipients' and
 * signature block ("Nơi nhận:", "T/M TỈNH ỦY"): that is not the body's text.
 */
import type { CleanLine, Section } from '../domain/document.ts';
import { foldVietnamese } from '../domain/fold.ts';
import { DOC_WORDS } from '../domain/vocabulary/index.ts';
import { footnoteLineSet, readFootnotes } from './footnotes.ts';
import { countNumberTokens, isMostlyUpperCase, readLabel, romanValue, type LineLabel } from './text-utils.ts';

/** Longest title kept; longer first sentences are cut at a word. */
const TITLE_LIMIT = 160;

interface Heading {
  label: string;
  title: string;
  /** Nesting rank of the style (0 = part), before compaction; null for an appendix. */
  rank: number | null;
  index: number;
}

/** Reads the outline: every heading with its level and the span of original lines it covers. */
export function readOutline(lines: readonly CleanLine[]): Section[] {
  const notes = footnoteLineSet(readFootnotes(lines));
  const headings = findHeadings(lines, notes);
  const ranks = [...new Set(headings.map((heading) => heading.rank).filter((rank) => rank !== null))].sort((a, b) => a - b);
  const levels = headings.map((heading) => (heading.rank === null ? 1 : ranks.indexOf(heading.rank) + 1));
  const signatures = lines.flatMap((line, index) => (!notes.has(line.line) && opensSignature(line.text) ? [index] : []));
  return headings.map((heading, i) => {
    const level = levels[i] ?? 1;
    let next = i + 1;
    while (next < headings.length && (levels[next] ?? 1) > level) next++;
    const signature = signatures.find((index) => index > heading.index) ?? lines.length;
    const stop = Math.min(headings[next]?.index ?? lines.length, signature);
    return { label: heading.label, title: heading.title, level, line: lines[heading.index]?.line ?? 0, endLine: lastLine(lines, heading.index, stop) };
  });
}

const SIGNATURE_WORDS = DOC_WORDS.signature.map(foldVietnamese);

/** "Nơi nhận:", "T/M TỈNH ỦY", "KT. BÍ THƯ": a short line that opens the recipients' and signature block. */
function opensSignature(text: string): boolean {
  if (text.length > 40) return false;
  const folded = foldVietnamese(text);
  return SIGNATURE_WORDS.some((word) => folded.startsWith(word) && !/\p{L}/u.test(folded.charAt(word.length)));
}

/** The last original line of lines [from, to). */
function lastLine(lines: readonly CleanLine[], from: number, to: number): number {
  let last = 0;
  for (let i = from; i < to; i++) last = Math.max(last, lines[i]?.endLine ?? 0);
  return last;
}

function findHeadings(lines: readonly CleanLine[], notes: ReadonlySet<number>): Heading[] {
  const headings: Heading[] = [];
  const sequence: UpperSequence = { letter: null, roman: 0 };
  let inAppendix = false;
  lines.forEach((line, index) => {
    if (notes.has(line.line) || line.text.includes('\t') || looksLikeRow(line.text)) return;
    const label = readLabel(line.text);
    if (!label || label.style === 'bullet') return;
    if (label.style === 'appendix' && !isAppendixHeading(line.text, label)) return;
    if (label.style === 'appendix' || label.style === 'part') inAppendix = label.style === 'appendix';
    else if (inAppendix) return;
    const rank = rankOf(label, sequence);
    const title = label.rest === '' ? nextTitle(lines, index) : titleOf(label.rest);
    headings.push({ label: label.label, title, rank, index });
  });
  return headings;
}

/** A row of a table: mostly figures. */
function looksLikeRow(text: string): boolean {
  const numbers = countNumberTokens(text);
  return numbers >= 3 && numbers / text.split(/\s+/).length >= 0.35;
}

/** "Phụ lục 3" alone on its line, or followed by a title in capitals. */
function isAppendixHeading(text: string, label: LineLabel): boolean {
  return text.length <= 30 || isMostlyUpperCase(label.rest);
}

/** The last letter and Roman numeral seen, to tell "C-" (a letter) from "V-" (five). */
interface UpperSequence {
  letter: string | null;
  roman: number;
}

/** Vietnamese letters in order, for telling whether a label continues a letter sequence. */
const LETTERS = 'ABCDĐEGHIKLMNOPQRSTUVXY';

/** Rank of a label's style: part 0, letter 1, Roman 2, 1. 3, 1.1. 4, 1.1.1. 5, a) 7, (1) 8. */
function rankOf(label: LineLabel, sequence: UpperSequence): number | null {
  switch (label.style) {
    case 'part':
      return 0;
    case 'appendix':
      return null;
    case 'upper':
      return isRomanLabel(label.value, sequence) ? 2 : 1;
    case 'decimal':
      return 2 + Math.min(label.depth, 4);
    case 'lower':
      return 7;
    case 'paren':
    case 'bullet':
      return 8;
  }
}

/** Decides letter or Roman numeral for "I", "V", "X", "C", "D" ... and records it. */
function isRomanLabel(value: string, sequence: UpperSequence): boolean {
  const roman = romanValue(value);
  const followsLetter = sequence.letter !== null && LETTERS.indexOf(value) === LETTERS.indexOf(sequence.letter) + 1;
  // Roman numerals in documents stay small: a lone "C", "D", "L" or "M" is a letter.
  const isRoman = roman !== null && roman < 40 && !(value.length === 1 && followsLetter);
  if (isRoman) sequence.roman = roman;
  else sequence.letter = value;
  return isRoman;
}

/** A title from the text after a label: a short lead ending in ":", or the first sentence. */
export function titleOf(rest: string): string {
  const lead = /^([^:.!?]{1,60}):\s/u.exec(rest);
  if (lead?.[1]) return lead[1].trim();
  const end = /[.!?…](?=["”)]?\s+["“(]?\p{Lu})/u.exec(rest);
  const sentence = end ? rest.slice(0, end.index) : rest;
  const title = sentence.replace(/[\s.:;,]+$/u, '');
  if (title.length <= TITLE_LIMIT) return title;
  const cut = title.slice(0, TITLE_LIMIT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:]+$/u, '')}…`;
}

/** The title of "Phần thứ nhất" or "Phụ lục 1" on the next lines, when they are a title in capitals. */
function nextTitle(lines: readonly CleanLine[], index: number): string {
  const parts: string[] = [];
  for (let i = index + 1; i <= index + 3; i++) {
    const text = lines[i]?.text ?? '';
    if (text === '' || readLabel(text) || !isMostlyUpperCase(text)) break;
    parts.push(text);
  }
  return parts.length > 0 ? titleOf(parts.join(' ')) : '';
}
