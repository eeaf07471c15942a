/**
 * What a table cell looks like: empty, a row number, a figure, a status word, a unit or
 * text. Table layouts are recovered from these shapes, not from counting cells.
 */
import { readUnitAt } from '../../domain/units.ts';
import { lower, statusFromWord, TIMES_WORD, UNIT_HEADS, UNIT_WORDS } from '../../domain/vocabulary/index.ts';

/** Spaces converters leave in cells: NBSP, figure and narrow spaces, tabs. */
const SPACES = /[\s\u00a0\u2007\u202f\ufeff]+/gu;

/** Footnote markers a cell may carry: "33 (**)", "42 (***)". */
const FOOTNOTE_MARK = /\s*\(\*+\)\s*$/u;

/** A cell's text with NBSP and runs of spaces collapsed, trimmed, NFC. */
export function normalizeCell(text: string): string {
  return text.normalize('NFC').replace(SPACES, ' ').trim();
}

/** True when the cell holds nothing but spaces (NBSP included) or a dash placeholder. */
export function isEmptyCell(text: string): boolean {
  const cell = normalizeCell(text);
  return cell === '' || cell === '-' || cell === '–' || cell === '—';
}

/** Row numbers: "1", "12", "I", "IV", "A", "1.", "a)", "(3)". Tables of indicators stay under 100 items. */
const CODE = /^(?:\d{1,2}|[IVXLC]{1,6}|[A-ZĐ]|[a-zđ])[.)]?$|^\(\d{1,3}\)$/u;

/** True for a TT/STT cell such as "1", "IV", "A" or "(3)". */
export function isCodeCell(text: string): boolean {
  return CODE.test(normalizeCell(text));
}

/** The level of a row number: letters head groups, roman numerals sections, numbers items. */
export function codeLevel(code: string): 'letter' | 'roman' | 'number' {
  const bare = normalizeCell(code).replace(/[.()]/gu, '');
  if (/^\d+$/u.test(bare)) return 'number';
  if (/^[IVXLC]+$/u.test(bare)) return 'roman';
  return 'letter';
}

const NUMBER = String.raw`[-−–+]?\d[\d.,]*(?:\s*(?:%o|%|‰))?`;
const QUALIFIER = String.raw`(?:[<>≤≥]=?\s*|(?:\p{Ll}+\s+){1,2})?`;
const FIGURE = new RegExp(
  String.raw`^${QUALIFIER}${NUMBER}(?:\s*[-–÷]\s*[<>]?\s*${NUMBER})?(?:\s*\/\s*\p{L}+)?(?:\s+${TIMES_WORD})?$`,
  'u',
);

/** True for a figure as tables write it: "12,8", "> 200.000", "9-10", "65%-70%", "giảm 3-4", "1.653/năm". */
export function isFigureCell(text: string): boolean {
  const cell = normalizeCell(text).replace(FOOTNOTE_MARK, '');
  return cell.length > 0 && cell.length <= 30 && FIGURE.test(cell);
}

/** Longer cells are no status word ("Theo lộ trình" is the longest). */
const MAX_STATUS_LENGTH = 20;
/** Status checks run for every word of a table, so their answers are kept (bounded). */
const statusMemo = new Map<string, boolean>();
const MEMO_LIMIT = 5000;

/** True when the cell is a status word (Vượt, Đạt, Chưa đạt, Không đạt, Khó đạt, Theo lộ trình). */
export function isStatusCell(text: string): boolean {
  if (text.length > MAX_STATUS_LENGTH * 2) return false;
  const cell = normalizeCell(text);
  if (cell.length > MAX_STATUS_LENGTH) return false;
  const known = statusMemo.get(cell);
  if (known !== undefined) return known;
  if (statusMemo.size >= MEMO_LIMIT) statusMemo.clear();
  const isStatus = statusFromWord(cell) !== null;
  statusMemo.set(cell, isStatus);
  return isStatus;
}

/** A ratio written as a unit: "1/10.000", "1/ 1 vạn". */
const RATIO_UNIT = /^\d+\s*\/\s*\d/u;

/** True for a unit cell: "%", "%/năm", "‰", "Triệu đồng", "ha", "Người/năm", "1/10.000". */
export function isUnitCell(text: string): boolean {
  const cell = normalizeCell(text);
  if (cell === '' || cell.length > 30 || isFigureCell(cell) || isStatusCell(cell)) return false;
  if (RATIO_UNIT.test(cell)) return true;
  if (/\d/u.test(cell)) return false;
  if (/^(?:%|‰)/u.test(cell)) return cell.length <= 10;
  const lowered = lower(cell);
  const known = readUnitAt(lowered, 0);
  if (known.end === lowered.length && (known.unit !== null || known.per !== null)) return true;
  const words = lowered.split(' ');
  if (words.length > 4) return false;
  if (cell.includes('/')) return words.length <= 3;
  return UNIT_WORDS.has(words.join(' ')) || (UNIT_HEADS.has(words[0] ?? '') && words.length <= 3);
}

/** True for text that could be a name or a note: not empty, a number, a figure or a status word. */
export function isTextCell(text: string): boolean {
  const cell = normalizeCell(text);
  return cell !== '' && !isEmptyCell(cell) && !isCodeCell(cell) && !isFigureCell(cell) && !isStatusCell(cell);
}

/** The bullet a name cell starts with ("-", "+", "•"), or null. */
export function bulletOf(text: string): string | null {
  const match = /^([-+•*–])\s*/u.exec(normalizeCell(text));
  return match?.[1] ?? null;
}

/** A name cell without its bullet and trailing colon: "- Cơ cấu kinh tế:" → "Cơ cấu kinh tế". */
export function cleanName(text: string): string {
  return normalizeCell(text)
    .replace(/^[-+•*–]\s*/u, '')
    .replace(/\s*:\s*$/u, '')
    .trim();
}
