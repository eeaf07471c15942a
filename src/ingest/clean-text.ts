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
 * - A line joined from several original lines carries `sources`, read by `sourceLineAt`.
 *
 * The passes live in ./clean-text/; each marks the roles of the raw lines in turn, and the
 * order matters: tables first, because the later passes read table lines differently (a
 * lone number there is a row number, a rule there opens no footnote block).
 */
import type { CleanLine } from '../domain/document.ts';
import { assemble } from './clean-text/assemble.ts';
import { markNoteBlocks } from './clean-text/footnote-blocks.ts';
import { measureLayout } from './clean-text/layout.ts';
import { markPageNumbers } from './clean-text/page-numbers.ts';
import { splitLines } from './clean-text/raw-lines.ts';
import { markRunningHeaders } from './clean-text/running-headers.ts';
import { markTables } from './clean-text/table-regions.ts';
import { droppedWarnings, lostCharWarnings } from './clean-text/warnings.ts';

export { sourceLineAt } from './clean-text/source-line.ts';

export interface CleanResult {
  lines: CleanLine[];
  /** User-facing notes in Vietnamese: lost characters, dropped page numbers. */
  warnings: string[];
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
