/**
 * Finding a query in Vietnamese text without regard to diacritics, case or spacing, and
 * giving the places found as offsets into the original text so they can be highlighted.
 * The server's document search and the browser's in-document search both use it.
 */
import { foldVietnamese } from './fold.ts';

/** A found place: `text.slice(start, end)` is the match in the original text. */
export interface TextRange {
  start: number;
  end: number;
}

/** Folded text with, for each of its characters, the offset of the original character. */
export interface FoldedText {
  folded: string;
  /** `origins[i]` is where folded[i] came from in the original text. */
  origins: number[];
}

const SPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/u;
const INVISIBLE = /[\u200B\uFEFF]/u;

/**
 * Folds text character by character as `foldVietnamese` does (runs of spaces become one,
 * but leading and trailing ones are kept) and records where each folded character came from.
 */
export function foldWithOrigins(text: string): FoldedText {
  let folded = '';
  const origins: number[] = [];
  let offset = 0;
  for (const char of text) {
    const at = offset;
    offset += char.length;
    if (INVISIBLE.test(char)) continue;
    if (SPACE.test(char)) {
      if (!folded.endsWith(' ')) {
        folded += ' ';
        origins.push(at);
      }
      continue;
    }
    const plain = char.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    for (let i = 0; i < plain.length; i++) origins.push(at);
    folded += plain;
  }
  return { folded, origins };
}

/** The folded form of a query; empty when it holds nothing to look for. */
export function foldQuery(query: string): string {
  return foldVietnamese(query);
}

/**
 * Every place `query` occurs in `text`, ignoring diacritics, "đ"/"d", case and spacing.
 * Matches do not overlap. An empty query finds nothing.
 * @example findFolded("Tỷ lệ che phủ rừng", "che phu") → [{ start: 6, end: 13 }]
 */
export function findFolded(text: string, query: string): TextRange[] {
  const needle = foldQuery(query);
  if (needle === '') return [];
  return findFoldedIn(foldWithOrigins(text), text.length, needle);
}

/** As `findFolded`, on text folded beforehand and a needle already folded with `foldQuery`. */
export function findFoldedIn(text: FoldedText, textLength: number, needle: string): TextRange[] {
  const found: TextRange[] = [];
  if (needle === '') return found;
  let from = 0;
  for (;;) {
    const index = text.folded.indexOf(needle, from);
    if (index < 0) return found;
    const last = index + needle.length;
    const start = text.origins[index] ?? 0;
    // The match ends where the character after its last folded character starts.
    const end = last < text.origins.length ? (text.origins[last] ?? textLength) : textLength;
    found.push({ start, end: Math.max(end, start + 1) });
    from = last;
  }
}
