/**
 * One line of a table whose rows were flattened into text lines, cells separated by
 * spaces: "3 Thu ngân sách trên địa bàn Tỷ đồng 3.000 2.134,6 71,2% Chưa đạt 2.345 78,2% Khó đạt".
 * The line is read from the right: figures and status words (some of two words: "Chưa
 * đạt", "Khó đạt") make the tail, then comes the unit (maybe several words: "Triệu đồng",
 * "Nghìn tấn", "%o/năm"), then the name, and at the left maybe the row number.
 */
import { startsLowerCase } from '../text-utils.ts';
import { bulletOf, isCodeCell, isFigureCell, isStatusCell, isUnitCell, normalizeCell } from './cell-kind.ts';

/** A text line of a wrapped table, read into its parts. */
export interface WrappedLine {
  /** The row number at the start of the line ("3", "II"), or null. */
  code: string | null;
  /** The text between the number and the unit: (part of) the name. */
  text: string;
  unit: string | null;
  /** Figures and status words, left to right. Empty for a line of text. */
  tail: string[];
}

const COMPARATOR = /^(?:[<>≤≥]=?|~)$/u;
const MAX_UNIT_WORDS = 3;

/** Splits a line into words, keeping multi-word status words and "> 200" together. */
export function tokenize(text: string): string[] {
  const words = normalizeCell(text).split(' ').filter((word) => word !== '');
  const tokens: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? '';
    const status = [3, 2].find((size) => index + size <= words.length && isStatusCell(words.slice(index, index + size).join(' ')));
    if (status !== undefined) {
      tokens.push(words.slice(index, index + status).join(' '));
      index += status - 1;
    } else if (COMPARATOR.test(word) && isFigureCell(words[index + 1] ?? '')) {
      tokens.push(`${word}${words[index + 1] ?? ''}`);
      index += 1;
    } else {
      tokens.push(word);
    }
  }
  return tokens;
}

/**
 * Figures, and status words as tables write them: capitalised ("Đạt") or right after a
 * figure ("3,91 chưa đạt"), never prose's "đạt 95%".
 */
function isTailToken(token: string, left = ''): boolean {
  if (isFigureCell(token)) return true;
  return isStatusCell(token) && (/^\p{Lu}/u.test(token) || isFigureCell(left));
}

/** A row number opens a line when it stands alone or before a capitalised word or a bullet. */
function leadingCode(tokens: readonly string[]): string | null {
  const first = tokens[0];
  if (first === undefined || !isCodeCell(first) || /^[a-zđ]/u.test(first)) return null;
  const next = tokens[1];
  if (next === undefined || bulletOf(next) !== null) return first;
  return /^\p{Lu}/u.test(next) && !isTailToken(next) ? first : null;
}

/** The unit at the end of the text: the longest run of up to three words that reads as a unit. */
function trailingUnit(words: readonly string[]): number {
  for (let count = Math.min(MAX_UNIT_WORDS, words.length); count > 0; count -= 1) {
    const unit = words.slice(words.length - count);
    const whole = count === words.length;
    const opensUnit = /^[^\p{L}]|^\p{Lu}/u.test(unit[0] ?? '');
    if (isUnitCell(unit.join(' ')) && (whole || opensUnit)) return words.length - count;
  }
  return words.length;
}

/** Reads a line into row number, name text, unit and tail, given how many value columns the table has. */
export function readWrappedLine(text: string, valueColumns: number): WrappedLine {
  const tokens = tokenize(text);
  let start = tokens.length;
  while (start > 0 && tokens.length - start < valueColumns && isTailToken(tokens[start - 1] ?? '', tokens[start - 2])) start -= 1;
  let tail = tokens.slice(start);
  let words = tokens.slice(0, start);
  let unitAt = trailingUnit(words);
  const hasStatus = tail.some((token) => !isFigureCell(token));
  const isRow = tail.length >= 2 || hasStatus || (tail.length === 1 && unitAt < words.length);
  if (!isRow) {
    [words, tail] = [tokens, []];
    unitAt = words.length;
  }
  const code = leadingCode(words);
  const nameWords = words.slice(code === null ? 0 : 1, unitAt);
  const unit = unitAt < words.length ? words.slice(unitAt).join(' ') : null;
  return { code, text: nameWords.join(' '), unit, tail };
}

/** True when the text continues the name above it: it starts with a lower-case letter. */
export function continuesName(text: string): boolean {
  return text !== '' && startsLowerCase(text) && bulletOf(text) === null;
}
