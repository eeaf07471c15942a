/**
 * Builds a clean line from the texts of several original lines, and records in
 * `CleanLine.sources` where each original line starts, so the trace survives serialisation.
 */
import type { CleanLine } from '../../domain/document.ts';

/** The text of one original line inside a joined line. */
export interface Piece {
  text: string;
  line: number;
}

/** Where an original line starts inside a joined clean line. */
export type Segment = NonNullable<CleanLine['sources']>[number];

/**
 * Joins the pieces of a broken line: "2021-" + "2025" without a space, words with one.
 * Each separator depends only on the previous piece, so joining stays linear.
 */
export function joinPieces(pieces: readonly Piece[], prefix = ''): { text: string; segments: Segment[] } {
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

/**
 * Makes a clean line from pieces. `sources` is set only when its text comes from more than
 * one original line (or from a line after `first`); otherwise `first` already says it all.
 */
export function lineOf(pieces: readonly Piece[], first: number, last: number, prefix = ''): CleanLine {
  const { text, segments } = joinPieces(pieces, prefix);
  const line: CleanLine = { text, line: first, endLine: last };
  if (segments.some((segment) => segment.line !== first)) line.sources = segments;
  return line;
}

/** Overwrites `target` with `source` in place (the target may already sit in the output). */
export function replaceLine(target: CleanLine, source: CleanLine): void {
  target.text = source.text;
  target.line = source.line;
  target.endLine = source.endLine;
  if (source.sources) target.sources = source.sources;
  else delete target.sources;
}
