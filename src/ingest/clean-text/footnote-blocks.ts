/**
 * Finds the footnote blocks at page bottoms (below a rule of spaces or underscores), marks
 * their lines as 'note' so the body text joins across them, and groups them by footnote.
 */
import { readLabel } from '../text-utils.ts';
import type { Piece } from './pieces.ts';
import { proseText, type RawLine } from './raw-lines.ts';

/** A footnote lifted out of a block; `number` null for text carried over from the previous page. */
export interface NoteGroup {
  number: number | null;
  first: number;
  last: number;
  pieces: Piece[];
}

/** A rule above footnotes: a long run of spaces, or underscores. */
export function isNoteRule(line: RawLine): boolean {
  return (line.role === 'spacer' && line.spaces >= 20) || /^\s*_{5,}\s*$/.test(line.text);
}

/** Reads "27 Cụ thể: ..." (or a bare "39") as a footnote start that follows `last`. */
export function noteStart(text: string, last: number): { number: number; rest: string } | null {
  const match = /^\s*(\d{1,3})(?:\s+(.*))?$/.exec(text);
  if (!match) return null;
  const number = Number(match[1]);
  return number > last && number <= last + 3 ? { number, rest: (match[2] ?? '').trim() } : null;
}

/** Finds footnote blocks below note rules, marks their lines and returns them by the index of their rule. */
export function markNoteBlocks(lines: RawLine[]): Map<number, NoteGroup[]> {
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
