/**
 * Search that ignores diacritics, as people type on phones and keyboards without a Vietnamese
 * input method: "che phu rung" finds "Tỷ lệ che phủ rừng", "dang vien" finds "đảng viên".
 * The folding itself is the domain's, shared with the document reader.
 */
import { foldVietnamese } from '../../../src/domain/fold.ts';

/** Lower case, no tone or vowel marks, "đ" as "d", single spaces. */
export const foldText: (text: string) => string = foldVietnamese;

/** The words of a query, folded; an empty query has none. */
export function queryWords(query: string): string[] {
  const folded = foldText(query);
  return folded === '' ? [] : folded.split(' ');
}

/** True when every word of the query occurs in the text, with or without diacritics. */
export function matchesQuery(text: string, query: string): boolean {
  const hay = foldText(text);
  return queryWords(query).every((word) => hay.includes(word));
}
