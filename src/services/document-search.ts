/**
 * Pure matching for the document search: the lines of a document that contain a query
 * (diacritics-insensitive, src/domain/fold-match.ts), each cut to a snippet around its first
 * match and placed under its enclosing headings.
 */
import type { CleanLine, Section } from '../domain/document.ts';
import { findFolded, foldQuery, type TextRange } from '../domain/fold-match.ts';
import { foldVietnamese } from '../domain/fold.ts';

/** What the search reads of a stored document. */
export interface SearchableDocument {
  id: string;
  title: string | null;
  lines: readonly CleanLine[];
  sections: readonly Section[];
}

export interface DocumentHit {
  documentId: string;
  title: string | null;
  /** The matching cleaned line's `line`. */
  line: number;
  /** The line, or a cut of it around the first match. */
  text: string;
  /** Where the query is in `text`. */
  matches: TextRange[];
  /** Enclosing headings ("I- CÁC CHỈ TIÊU"), outermost first. */
  sectionPath: string[];
}

/** Longest snippet kept whole; longer lines are cut around their first match. */
export const SNIPPET_LENGTH = 240;
const BEFORE = 80;

/** The headings that enclose an original line, outermost first. */
export function sectionPathOf(sections: readonly Section[], line: number): string[] {
  return sections
    .filter((section) => section.line <= line && line <= section.endLine)
    .sort((a, b) => a.level - b.level || a.line - b.line)
    .map((section) => `${section.label} ${section.title}`.trim());
}

/** `text` cut to about SNIPPET_LENGTH characters around the first match, with "…" where cut. */
export function snippetOf(text: string, matches: readonly TextRange[]): { text: string; matches: TextRange[] } {
  const first = matches[0];
  if (text.length <= SNIPPET_LENGTH || first === undefined) return { text, matches: [...matches] };
  let start = Math.max(0, Math.min(first.start - BEFORE, text.length - SNIPPET_LENGTH));
  // Cut at a space, so no word is split at the left edge.
  const space = text.lastIndexOf(' ', start);
  if (start > 0 && space >= 0 && start - space < 20) start = space + 1;
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  const head = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const shift = head.length - start;
  const kept = matches
    .filter((range) => range.start >= start && range.end <= end)
    .map((range) => ({ start: range.start + shift, end: range.end + shift }));
  return { text: `${head}${text.slice(start, end)}${tail}`, matches: kept };
}

/** Every line of the document that contains `query`, in document order. */
export function searchDocument(document: SearchableDocument, query: string): DocumentHit[] {
  const hits: DocumentHit[] = [];
  const needle = foldQuery(query);
  // One pass over the whole text first: most documents do not contain the query at all.
  if (needle === '' || !foldVietnamese(document.lines.map((line) => line.text).join(' ')).includes(needle)) return hits;
  for (const line of document.lines) {
    const found = findFolded(line.text, query);
    if (found.length === 0) continue;
    hits.push({
      documentId: document.id, title: document.title, line: line.line, ...snippetOf(line.text, found),
      sectionPath: sectionPathOf(document.sections, line.line),
    });
  }
  return hits;
}
