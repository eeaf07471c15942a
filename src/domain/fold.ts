/**
 * Folding Vietnamese text for matching and search, so that "che phu rung" finds
 * "Tỷ lệ che phủ rừng" and "dang vien" finds "đảng viên". Shared by the document reader
 * and the browser application.
 */

/**
 * No diacritics, "đ" as "d", lower case, single spaces (non-breaking and other spaces too).
 * @example foldVietnamese("Đảng viên") === "dang vien"
 */
export function foldVietnamese(text: string): string {
  return text
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u200B\uFEFF]/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
