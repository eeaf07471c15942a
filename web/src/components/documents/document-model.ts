/**
 * What the document page computes from a document, pure so it is tested without a browser:
 * the outline as a tree, the line an original line number falls on, the citations of each
 * line, and the matches of an in-document search (folded once per document, not per query).
 */
import { findFoldedIn, foldQuery, foldWithOrigins, type FoldedText, type TextRange } from '../../../../src/domain/fold-match.ts';
import type { DocumentFootnote, DocumentLine, DocumentSection } from '../../api/documents.ts';
import type { CitationMark } from './line-segments.ts';

export interface OutlineNode {
  key: string;
  title: string;
  /** The section's first original line. */
  line: number;
  children: OutlineNode[];
}

/** Sections (in document order, with levels) nested under the nearest earlier section of a higher level. */
export function outlineTree(sections: readonly DocumentSection[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const open: { level: number; node: OutlineNode }[] = [];
  sections.forEach((section, index) => {
    const node: OutlineNode = { key: `s${index}`, title: `${section.label} ${section.title}`.trim(), line: section.line, children: [] };
    while (open.length > 0 && (open.at(-1)?.level ?? 0) >= section.level) open.pop();
    const parent = open.at(-1);
    (parent === undefined ? roots : parent.node.children).push(node);
    open.push({ level: section.level, node });
  });
  return roots;
}

/** The index of the shown line that holds original line `line` (or the next one after it); -1 for no lines. */
export function lineIndexAt(lines: readonly DocumentLine[], line: number): number {
  const holding = lines.findIndex((l) => l.line <= line && line <= l.endLine);
  if (holding >= 0) return holding;
  const after = lines.findIndex((l) => l.line > line);
  return after >= 0 ? after : lines.length - 1;
}

/** The citations of each line, by the line's `line`, in text order. */
export function citationsByLine(footnotes: readonly DocumentFootnote[]): Map<number, CitationMark[]> {
  const byLine = new Map<number, CitationMark[]>();
  for (const note of footnotes) {
    for (const place of note.citations) {
      const list = byLine.get(place.line) ?? [];
      list.push({ start: place.start, end: place.end, number: note.number });
      byLine.set(place.line, list);
    }
  }
  for (const list of byLine.values()) list.sort((a, b) => a.start - b.start);
  return byLine;
}

/** Each line folded for searching; computed once per document. */
export function foldLines(lines: readonly DocumentLine[]): FoldedText[] {
  return lines.map((line) => foldWithOrigins(line.text));
}

/** One match of the in-document search: the line (by index) and which of its ranges. */
export interface MatchRef {
  index: number;
  range: number;
}

export interface FindResult {
  /** Found ranges per line index (lines without a match are absent). */
  ranges: Map<number, TextRange[]>;
  /** Every match in document order. */
  matches: MatchRef[];
}

/** Where `query` occurs in the document, ignoring diacritics (as the server's search does). */
export function findInLines(lines: readonly DocumentLine[], folded: readonly FoldedText[], query: string): FindResult {
  const needle = foldQuery(query);
  const ranges = new Map<number, TextRange[]>();
  const matches: MatchRef[] = [];
  if (needle === '') return { ranges, matches };
  lines.forEach((line, index) => {
    const text = folded[index];
    if (text === undefined || !text.folded.includes(needle)) return;
    const found = findFoldedIn(text, line.text.length, needle);
    ranges.set(index, found);
    found.forEach((_range, range) => matches.push({ index, range }));
  });
  return { ranges, matches };
}

/** The first match on or after the line at `index` (wrapping to the first), or -1 when there is none. */
export function firstMatchFrom(matches: readonly MatchRef[], index: number): number {
  if (matches.length === 0) return -1;
  const at = matches.findIndex((match) => match.index >= index);
  return at >= 0 ? at : 0;
}
