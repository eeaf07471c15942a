/**
 * Cutting one line of a document into the pieces the reader shows: plain text, found text
 * (highlighted, one of them the current match) and footnote citations (superscript buttons).
 * Pure, so it is tested without a browser; the pieces are rendered as escaped text.
 */
import type { TextRange } from '../../../../src/domain/fold-match.ts';

/** A footnote citation in a line: the digits at [start, end) cite footnote `number`. */
export interface CitationMark extends TextRange {
  number: number;
}

export interface Segment {
  text: string;
  /** Inside a found range. */
  found: boolean;
  /** Inside the current match. */
  current: boolean;
  /** The footnote this piece cites, when it is a citation. */
  citation: number | null;
}

/**
 * The line's pieces in order. A citation is kept whole (a found range that cuts through it
 * marks it as found); `currentMatch` is the index in `found` of the current match, if on this line.
 */
export function segmentLine(text: string, found: readonly TextRange[], citations: readonly CitationMark[], currentMatch: number | null = null): Segment[] {
  const inside = (at: number): CitationMark | undefined => citations.find((c) => c.start < at && at < c.end);
  const cuts = new Set<number>([0, text.length]);
  for (const range of [...found, ...citations]) {
    for (const at of [range.start, range.end]) if (at > 0 && at < text.length && inside(at) === undefined) cuts.add(at);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    const overlaps = (range: TextRange): boolean => range.start < end && start < range.end;
    const citation = citations.find((c) => c.start <= start && end <= c.end) ?? null;
    const currentRange = currentMatch === null ? undefined : found[currentMatch];
    const piece: Segment = {
      text: text.slice(start, end),
      found: found.some(overlaps),
      current: currentRange !== undefined && overlaps(currentRange),
      citation: citation?.number ?? null,
    };
    const last = segments.at(-1);
    // Neighbours that look the same are one piece (citations never merge: each is its own button).
    if (last !== undefined && last.citation === null && piece.citation === null && last.found === piece.found && last.current === piece.current) {
      last.text += piece.text;
    } else segments.push(piece);
  }
  return segments;
}
