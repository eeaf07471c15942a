/**
 * Repairs the damage converters do to a document's text and returns clean lines, each
 * with the span of original (1-based) lines it came from.
 *
 * Contract with the later stages (see README.md):
 * - Table regions (tab-separated lines, runs of short cells, rows of numbers and status
 *   words) are never joined with anything; their lines come out one for one, with their
 *   tabs and inner spacing, and a line holding only spaces there becomes an empty cell "".
 * - Footnote blocks at page bottoms are lifted out of the running text and come out as
 *   one line per footnote ("27 Cụ thể: ..."), right after the paragraph they interrupted.
 * - Page numbers and running headers are dropped; empty lines are dropped (gaps in the
 *   line numbers show where they were).
 */
import type { CleanLine } from '../domain/document.ts';
import { DOCUMENT_KIND_LABEL, STATUS_WORD } from '../domain/vocabulary.ts';
import {
  DOC_WORDS, countNumberTokens, countReplacementChars, endsBeforeNumber, endsOnConnective, endsSentence, isMostlyUpperCase,
  normalizeSpaces, readLabel, startsLowerCase, type LabelStyle, type LineLabel,
} from './text-utils.ts';

export interface CleanResult {
  lines: CleanLine[];
  /** User-facing notes in Vietnamese: lost characters, dropped page numbers. */
  warnings: string[];
}

type Role = 'blank' | 'spacer' | 'body' | 'table' | 'note' | 'page' | 'header';

/** One original line, normalised, with what the cleaner decided it is. */
interface RawLine {
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

/** The text of one original line inside a joined line. */
interface Piece {
  text: string;
  line: number;
}

/** A footnote lifted out of a block; `number` null for text carried over from the previous page. */
interface NoteGroup {
  number: number | null;
  first: number;
  last: number;
  pieces: Piece[];
}

/** Where an original line starts inside a joined clean line. */
interface Segment {
  offset: number;
  line: number;
}

/** The segments of the lines this module made; lines copied or built elsewhere have none. */
const SOURCES = new WeakMap<CleanLine, readonly Segment[]>();

/**
 * The original line at a character offset of a clean line made by cleanText, so a word
 * inside a joined paragraph can be traced to the line it came from; `line.line` otherwise.
 */
export function sourceLineAt(line: CleanLine, offset: number): number {
  let found = line.line;
  for (const segment of SOURCES.get(line) ?? []) if (segment.offset <= offset) found = segment.line;
  return found;
}

/**
 * Joins the pieces of a broken line: "2021-" + "2025" without a space, words with one.
 * Each separator depends only on the previous piece, so joining stays linear.
 */
function joinPieces(pieces: readonly Piece[], prefix = ''): { text: string; segments: Segment[] } {
  let text = prefix;
  let previous = '';
  const segments: Segment[] = [];
  for (const piece of pieces) {
    if (piece.text === '') continue;
    const separator = text === prefix || /\S[-–]$/.test(previous) ? '' : ' ';
    segments.push({ offset: text === prefix ? 0 : text.length + separator.length, line: piece.line });
    text += separator + piece.text;
    previous = piece.text;
  }
  return { text: text.trimEnd(), segments };
}

/** Makes a clean line from pieces and records where its original lines start. */
function lineOf(pieces: readonly Piece[], first: number, last: number, prefix = ''): CleanLine {
  const { text, segments } = joinPieces(pieces, prefix);
  const line: CleanLine = { text, line: first, endLine: last };
  SOURCES.set(line, segments);
  return line;
}

/** Cleans a document's raw text: NFC, spaces, page numbers, footnote blocks, broken lines. */
export function cleanText(raw: string): CleanResult {
  const lines = splitLines(raw);
  markTables(lines);
  const pages = markPageNumbers(lines);
  const notes = markNoteBlocks(lines);
  const headers = markRunningHeaders(lines);
  const out = assemble(lines, notes, measureLayout(lines));
  return { lines: out, warnings: [...lostCharWarnings(lines), ...droppedWarnings(pages, headers)] };
}

// ---- splitting and normalising -------------------------------------------------------

function splitLines(raw: string): RawLine[] {
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
function proseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Table cells keep tabs and inner spacing; only outer plain spaces go. */
function tableText(text: string): string {
  return text.replace(/^ +/, '').replace(/ +$/, '');
}

// ---- table regions ---------------------------------------------------------------------

const STATUS_CELL = new RegExp(`(?:^|\\s)(?:${Object.values(STATUS_WORD).join('|')})(?=\\s|$)`, 'u');

/** A line that looks like part of a table: a tab, a short cell, a row of figures or status words. */
function isCellLike(line: RawLine): boolean {
  if (line.role === 'spacer' || line.text.includes('\t')) return true;
  const text = line.text.trim();
  if (text.length <= 30) return true;
  const numbers = countNumberTokens(text);
  const words = text.split(/\s+/).length;
  return (numbers >= 3 && numbers / words >= 0.35) || (numbers >= 1 && STATUS_CELL.test(text));
}

/** Marks table lines: every tab line, and lines whose neighbourhood is mostly cell-like. */
function markTables(lines: RawLine[]): void {
  const visible = lines.filter((line) => line.role !== 'blank');
  const cellLike = visible.map(isCellLike);
  visible.forEach((line, i) => {
    if (line.text.includes('\t')) {
      line.role = 'table';
      return;
    }
    const from = Math.max(0, i - 4);
    const window = cellLike.slice(from, i + 5);
    if (window.filter(Boolean).length >= 6) line.role = 'table';
  });
}

// ---- footnote blocks ---------------------------------------------------------------------

/** A rule above footnotes: a long run of spaces, or underscores. */
function isNoteRule(line: RawLine): boolean {
  return (line.role === 'spacer' && line.spaces >= 20) || /^\s*_{5,}\s*$/.test(line.text);
}

/** Reads "27 Cụ thể: ..." (or a bare "39") as a footnote start that follows `last`. */
function noteStart(text: string, last: number): { number: number; rest: string } | null {
  const match = /^\s*(\d{1,3})(?:\s+(.*))?$/.exec(text);
  if (!match) return null;
  const number = Number(match[1]);
  return number > last && number <= last + 3 ? { number, rest: (match[2] ?? '').trim() } : null;
}

/** Finds footnote blocks below note rules, marks their lines and returns them grouped by footnote. */
function markNoteBlocks(lines: RawLine[]): Map<number, NoteGroup[]> {
  const blocks = new Map<number, NoteGroup[]>();
  const spaced = isDoubleSpaced(lines);
  let last = 0;
  for (let i = 0; i < lines.length; i++) {
    const rule = lines[i];
    if (!rule || rule.role === 'table' || !isNoteRule(rule)) continue;
    const { groups, end } = readNoteBlock(lines, i + 1, last, spaced);
    if (groups.length === 0) continue;
    for (let k = i; k < end; k++) {
      const line = lines[k];
      if (line && line.role !== 'blank') line.role = 'note';
    }
    blocks.set(i, groups);
    last = Math.max(last, ...groups.map((group) => group.number ?? 0));
    i = end - 1;
  }
  return blocks;
}

/** A line that opens a section ("II- ...", "2. ...") ends a footnote block: footnotes hold no headings. */
function isHeadingStart(text: string): boolean {
  const style = readLabel(text)?.style;
  return style === 'part' || style === 'appendix' || style === 'upper' || style === 'decimal';
}

/** True when most lines are followed by an empty one: then an empty line means nothing. */
function isDoubleSpaced(lines: readonly RawLine[]): boolean {
  const filled = lines.filter((line) => line.role !== 'blank').length;
  const followed = lines.filter((line, i) => line.role !== 'blank' && lines[i + 1]?.role === 'blank').length;
  return filled > 0 && followed / filled > 0.5;
}

/**
 * Reads the footnotes below a rule until the body text resumes: at an indented line, a page
 * number, or an empty line (in double-spaced text, two empty lines in a row).
 */
function readNoteBlock(lines: RawLine[], from: number, last: number, spaced: boolean): { groups: NoteGroup[]; end: number } {
  const groups: NoteGroup[] = [];
  let current: NoteGroup | null = null;
  let bare = false;
  let j = from;
  for (; j < lines.length; j++) {
    const line = lines[j];
    if (!line || line.role === 'table' || line.role === 'spacer' || line.role === 'page') break;
    if (line.role === 'blank') {
      if (bare || (spaced && blankInsideNotes(lines, j, current?.number ?? last))) continue;
      break;
    }
    const start = noteStart(line.text, current?.number ?? last);
    if (start) {
      current = { number: start.number, first: line.n, last: line.n, pieces: [{ text: proseText(start.rest), line: line.n }] };
      groups.push(current);
      bare = start.rest === '';
      continue;
    }
    if ((line.indented && !bare) || isHeadingStart(line.text)) break;
    if (!current) {
      // Text below a rule that starts with no number goes on from the previous page's footnote.
      if (last === 0) break;
      current = { number: null, first: line.n, last: line.n, pieces: [] };
      groups.push(current);
    }
    current.pieces.push({ text: proseText(line.text), line: line.n });
    current.last = line.n;
    bare = false;
  }
  return { groups, end: trimBlankEnd(lines, from, j) };
}

/** A single empty line inside a footnote block, followed by more footnote text. */
function blankInsideNotes(lines: readonly RawLine[], index: number, last: number): boolean {
  const next = lines[index + 1];
  if (!next || next.role !== 'body') return false;
  return noteStart(next.text, last) !== null || !next.indented;
}

/** The block ends after its last footnote line, not after the empty lines that follow it. */
function trimBlankEnd(lines: readonly RawLine[], from: number, end: number): number {
  let k = end;
  while (k > from && lines[k - 1]?.role === 'blank') k--;
  return k;
}

// ---- page numbers and running headers ------------------------------------------------------

interface PageCandidate {
  index: number;
  line: number;
  value: number;
}

const PAGE_NUMBER = /^(?:(?:Trang|Page)\s+)?[-–]?\s*(\d{1,3})\s*[-–]?(?:\s*\/\s*\d{1,3})?$/iu;

/**
 * Drops page numbers: lone numbers that form a chain whose values grow with the line
 * position at a steady number of lines per page, or a single lone number inside a sentence.
 */
function markPageNumbers(lines: RawLine[]): number[] {
  const candidates: PageCandidate[] = [];
  lines.forEach((line, index) => {
    if ((line.role !== 'body' && line.role !== 'table') || line.text.includes('\t')) return;
    const match = PAGE_NUMBER.exec(line.text.trim());
    if (match) candidates.push({ index, line: line.n, value: Number(match[1]) });
  });
  // Lone numbers in tables are row numbers: a chain of page numbers starts in the prose.
  const inProse = candidates.filter((candidate) => lines[candidate.index]?.role === 'body');
  let chosen = longestPageChain(inProse, candidates);
  if (chosen.length < 2) chosen = candidates.filter((candidate) => insideSentence(lines, candidate.index));
  for (const candidate of chosen) {
    const line = lines[candidate.index];
    if (line) line.role = 'page';
  }
  return chosen.map((candidate) => candidate.line);
}

/** The longest page chain seeded by two numbers in the prose; it may go on through tables. */
function longestPageChain(seeds: readonly PageCandidate[], candidates: readonly PageCandidate[]): PageCandidate[] {
  let best: PageCandidate[] = [];
  for (const a of seeds) {
    for (const b of seeds) {
      if (b.line <= a.line || b.value <= a.value) continue;
      const perPage = (b.line - a.line) / (b.value - a.value);
      // A page holds at least a few lines, and page 1 starts near the top of the document.
      if (perPage < 5 || Math.abs(a.line - perPage * a.value) > 2 * perPage) continue;
      const chain = pageChain(candidates, a, perPage);
      if (chain.length > best.length) best = chain;
    }
  }
  return best;
}

/**
 * Candidates that follow the seed as page numbers: values rising, and between two of them
 * no more lines than the seed's pages hold (a short page, at a section's or the document's
 * end, is fine).
 */
function pageChain(candidates: readonly PageCandidate[], seed: PageCandidate, perPage: number): PageCandidate[] {
  const chain: PageCandidate[] = [seed];
  for (const candidate of candidates) {
    const previous = chain[chain.length - 1];
    if (!previous || candidate.line <= previous.line || candidate.value <= previous.value) continue;
    const pages = candidate.value - previous.value;
    const lines = candidate.line - previous.line;
    if (lines >= perPage * 0.2 * pages && lines <= perPage * 1.35 * pages + 2) chain.push(candidate);
  }
  return chain;
}

/** True when the lines around a lone number are one sentence broken by it. */
function insideSentence(lines: readonly RawLine[], index: number): boolean {
  if (lines[index]?.role !== 'body') return false;
  const before = nearestText(lines, index, -1);
  const after = nearestText(lines, index, 1);
  return before !== null && after !== null && !endsSentence(before) && startsLowerCase(after);
}

function nearestText(lines: readonly RawLine[], index: number, step: 1 | -1): string | null {
  for (let i = index + step; i >= 0 && i < lines.length; i += step) {
    const line = lines[i];
    if (line && line.role === 'body') return line.text;
  }
  return null;
}

/** Drops a line repeated at least three times outside tables: a running header or footer. */
function markRunningHeaders(lines: RawLine[]): number[] {
  const seen = new Map<string, RawLine[]>();
  for (const line of lines) {
    if (line.role !== 'body') continue;
    const key = proseText(line.text);
    if (key.length < 15 || readLabel(key) || endsSentence(key)) continue;
    seen.set(key, [...(seen.get(key) ?? []), line]);
  }
  const dropped: number[] = [];
  for (const repeats of seen.values()) {
    if (repeats.length < 3) continue;
    for (const line of repeats) {
      line.role = 'header';
      dropped.push(line.n);
    }
  }
  return dropped.sort((a, b) => a - b);
}

// ---- the layout: how wide wrapped lines are, whether empty lines mean anything ------------

interface Layout {
  /** Typical length of a line the converter wrapped, or null when paragraphs are single lines. */
  wrapWidth: number | null;
  /** True when empty lines are rare, so one marks a paragraph break. */
  blanksBreak: boolean;
}

function measureLayout(lines: readonly RawLine[]): Layout {
  const widths: number[] = [];
  let pairs = 0;
  let withBlank = 0;
  let previous: RawLine | null = null;
  let blankSeen = false;
  for (const line of lines) {
    if (line.role === 'blank') blankSeen = true;
    if (line.role !== 'body') continue;
    if (previous) {
      pairs++;
      if (blankSeen) withBlank++;
      const text = proseText(previous.text);
      if (startsLowerCase(line.text) && !endsSentence(text) && !readLabel(text)) widths.push(text.length);
    }
    previous = line;
    blankSeen = false;
  }
  const wrapWidth = widths.length >= 8 ? median(widths) : null;
  return { wrapWidth: wrapWidth !== null && wrapWidth <= 200 ? wrapWidth : null, blanksBreak: pairs >= 10 && withBlank / pairs < 0.3 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

// ---- joining broken lines ---------------------------------------------------------------

/** A paragraph being built from broken lines. */
interface OpenLine {
  pieces: Piece[];
  first: number;
  last: number;
  /** Length of the joined text so far. */
  length: number;
  /** The last original line's text, for the decision to join the next one. */
  lastText: string;
  /** The label its first line starts with: a heading or a list item. */
  label: LineLabel | null;
}

const KIND_WORDS = new Set(Object.values(DOCUMENT_KIND_LABEL).map((word) => word.toLocaleUpperCase('vi')));
const STANDALONE = new Set<string>([...DOC_WORDS.mottos, ...DOC_WORDS.operative, 'NƠI NHẬN']);
/** Label styles of list items, which are paragraphs; the others mark headings. */
const LIST_STYLES = new Set<LabelStyle>(['paren', 'bullet']);

/** Lines that always stand alone: decorations, the kind word, mottos, "QUYẾT NGHỊ:". */
function isStandalone(text: string): boolean {
  if (/^[-–_*=.•]+$/.test(text)) return true;
  const key = text.replace(/[:.]$/, '').trim().toLocaleUpperCase('vi');
  return KIND_WORDS.has(key) || STANDALONE.has(key);
}

/**
 * Decides whether `next` continues the paragraph `open` (a line the converter broke). A
 * heading takes only clear continuations (lower case, after a comma, a connective or a
 * dash); a list item or a body line also takes a capitalised line when it was wrapped.
 */
function continues(open: OpenLine, next: RawLine, afterBlank: boolean, layout: Layout): boolean {
  const prev = open.lastText;
  const text = proseText(next.text);
  if (isStandalone(prev) || isStandalone(text)) return false;
  const heading = isHeading(open, layout);
  const wrapped = isWrapped(prev, layout, 0.75);
  const label = readLabel(text);
  if (label) return dashContinues(prev, label, wrapped && !heading) && !endsSentence(prev);
  if (endsSentence(prev)) return false;
  if (/[-–,]$/.test(prev) || endsOnConnective(prev) || (endsBeforeNumber(prev) && /^\d/.test(text))) return true;
  if (startsLowerCase(text)) return !heading || /[;:]$/.test(prev) || wrapped;
  if (prev.endsWith(':') || (afterBlank && layout.blanksBreak)) return false;
  if (isMostlyUpperCase(prev) && isMostlyUpperCase(text)) return prev.length >= 25 || open.label !== null;
  if (heading) return false;
  return isWrapped(prev, layout, open.pieces.length === 1 && open.label ? 0.9 : 0.75);
}

/** A paragraph that opened with a heading label and is still a title: short, no sentence ended in it. */
function isHeading(open: OpenLine, layout: Layout): boolean {
  if (!open.label || LIST_STYLES.has(open.label.style)) return false;
  const limit = layout.wrapWidth === null ? 250 : layout.wrapWidth * 2.5;
  if (open.length > limit) return false;
  return !/[.!?…]["”)]?\s+\p{Lu}/u.test(joinPieces(open.pieces).text.slice(open.label.label.length));
}

/**
 * "- xã hội" after "chính trị", "- 2025" after "2021", and "- Kim Thủy Hà" after a wrapped
 * line with no punctuation go on a broken line; they are no list items.
 */
function dashContinues(prev: string, label: LineLabel, wrapped: boolean): boolean {
  if (label.style !== 'bullet') return false;
  if (startsLowerCase(label.rest) || (/^\d/.test(label.rest) && /\d$/.test(prev))) return true;
  return wrapped && !/[.,;:!?…)]$/.test(prev);
}

function isWrapped(text: string, layout: Layout, share: number): boolean {
  const width = layout.wrapWidth;
  return width !== null && text.length >= width * share && text.length <= width * 1.35;
}

// ---- assembling the output ----------------------------------------------------------------

function assemble(lines: readonly RawLine[], notes: ReadonlyMap<number, NoteGroup[]>, layout: Layout): CleanLine[] {
  const out: CleanLine[] = [];
  const pending: CleanLine[] = [];
  let open: OpenLine | null = null;
  let lastNote: LiftedNote | null = null;
  let afterBlank = false;
  const close = (): void => {
    if (open) out.push(lineOf(open.pieces, open.first, open.last));
    open = null;
    out.push(...pending.splice(0));
  };
  lines.forEach((line, index) => {
    const groups = notes.get(index);
    if (groups) lastNote = liftNotes(groups, pending, lastNote);
    if (line.role === 'blank') afterBlank = true;
    if (line.role === 'table') {
      close();
      out.push({ text: tableText(line.text), line: line.n, endLine: line.n });
    }
    if (line.role !== 'body') return;
    const text = proseText(line.text);
    if (open && continues(open, line, afterBlank, layout)) {
      open.pieces.push({ text, line: line.n });
      open.last = line.n;
      open.length += text.length + 1;
      open.lastText = text;
    } else {
      close();
      open = { pieces: [{ text, line: line.n }], first: line.n, last: line.n, length: text.length, lastText: text, label: readLabel(text) };
    }
    afterBlank = false;
  });
  close();
  return out;
}

/** A footnote already made into a line, kept with its pieces in case the next page goes on with it. */
interface LiftedNote {
  line: CleanLine;
  number: number | null;
  pieces: Piece[];
}

/** Turns a block's footnotes into lines; text carried over from the last page joins the last footnote. */
function liftNotes(groups: readonly NoteGroup[], pending: CleanLine[], lastNote: LiftedNote | null): LiftedNote | null {
  let latest = lastNote;
  for (const group of groups) {
    if (group.number === null && latest) {
      latest.pieces.push(...group.pieces);
      const rebuilt = lineOf(latest.pieces, latest.line.line, Math.max(latest.line.endLine, group.last), notePrefix(latest.number));
      Object.assign(latest.line, rebuilt);
      SOURCES.set(latest.line, SOURCES.get(rebuilt) ?? []);
      continue;
    }
    const note = lineOf(group.pieces, group.first, group.last, notePrefix(group.number));
    pending.push(note);
    latest = { line: note, number: group.number, pieces: [...group.pieces] };
  }
  return latest;
}

function notePrefix(number: number | null): string {
  return number === null ? '' : `${number} `;
}

// ---- warnings -----------------------------------------------------------------------------

/** One warning with the total of lost characters, then one per damaged line. */
function lostCharWarnings(lines: readonly RawLine[]): string[] {
  const damaged = lines.map((line) => ({ n: line.n, count: countReplacementChars(line.text) })).filter((line) => line.count > 0);
  if (damaged.length === 0) return [];
  const total = damaged.reduce((sum, line) => sum + line.count, 0);
  return [
    `Có ${total} ký tự bị hỏng (�) do lỗi chuyển đổi; các ký tự này được giữ nguyên, cần đối chiếu với bản gốc.`,
    ...damaged.map((line) => (line.count === 1 ? `Dòng ${line.n}: có ký tự bị hỏng (�)` : `Dòng ${line.n}: có ${line.count} ký tự bị hỏng (�)`)),
  ];
}

function droppedWarnings(pages: readonly number[], headers: readonly number[]): string[] {
  const warnings: string[] = [];
  if (pages.length > 0) warnings.push(`Đã bỏ ${pages.length} dòng số trang (dòng ${pages.join(', ')}).`);
  if (headers.length > 0) warnings.push(`Đã bỏ ${headers.length} dòng tiêu đề lặp lại ở đầu hoặc cuối trang (dòng ${headers.join(', ')}).`);
  return warnings;
}
