/**
 * Search that ignores diacritics, as people type on phones and keyboards without a Vietnamese
 * input method: "che phu rung" finds "Tỷ lệ che phủ rừng", "dang vien" finds "đảng viên".
 * (The document reader has its own folding in src/ingest, which the browser may not import.)
 */

/** Lower case, no tone or vowel marks, "đ" as "d", single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

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
