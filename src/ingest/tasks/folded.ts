/**
 * Folded text of the same length as the original, so that a match found in the folded text
 * ("hang quy" for "hằng quý", "uy ban" for "Ủy ban") gives offsets into the original text.
 * The task reader matches its words (src/domain/vocabulary/plan-words.ts) this way.
 */
import { foldVietnamese } from '../../domain/fold.ts';

const FOLDED_CHAR = new Map<string, string>();

/** One UTF-16 unit folded ("ằ" → "a", "Đ" → "d", NBSP → " "), or itself when folding would change the length. */
function foldChar(char: string): string {
  const known = FOLDED_CHAR.get(char);
  if (known !== undefined) return known;
  const plain = /\s/u.test(char) ? ' ' : char.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
  const folded = plain.length === 1 ? plain : char;
  FOLDED_CHAR.set(char, folded);
  return folded;
}

/**
 * Lower case, no diacritics, "đ" as "d", any space as " "; `foldSameLength(t).length === t.length`.
 * @example foldSameLength("Hằng Quý") === "hang quy"
 */
export function foldSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Plain ASCII letters and digits only need lower case.
    out += code < 128 && code !== 9 && code !== 10 && code !== 13 ? String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code) : foldChar(text.charAt(i));
  }
  return out;
}

/** Escapes a word for a regular expression. */
function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A regular-expression source matching any of the words, folded, longest first, spaces as `\s+`. */
export function foldedAlternatives(words: readonly string[]): string {
  const folded = [...new Set(words.map((word) => foldVietnamese(word)).filter((word) => word !== ''))];
  folded.sort((a, b) => b.length - a.length);
  return folded.map((word) => escape(word).replace(/ /gu, String.raw`\s+`)).join('|');
}

/**
 * Lower case only, diacritics kept, same length (NFC Vietnamese letters lower-case one for one):
 * for the words that folding would confuse ("để" and "đề", "trình" and "chương trình").
 */
export function lowerSameLength(text: string): string {
  const whole = text.toLocaleLowerCase('vi');
  if (whole.length === text.length) return whole;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const lower = char.toLocaleLowerCase('vi');
    out += lower.length === 1 ? lower : char;
  }
  return out;
}

/** A pattern for any of the words as whole words, with their diacritics, on `lowerSameLength` text. */
export function exactWordsPattern(words: readonly string[], flags = 'u'): RegExp {
  const lower = [...new Set(words.map((word) => word.normalize('NFC').toLocaleLowerCase('vi').trim()).filter((word) => word !== ''))];
  lower.sort((a, b) => b.length - a.length);
  const alternatives = lower.map((word) => escape(word).replace(/ /gu, String.raw`\s+`)).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * Where the first of the end words (`pattern`, global, from `exactWordsPattern`) stands in
 * `text` between `from` and `limit`, not after a word of `glue` (folded) and, with
 * `lowerCaseOnly`, written in lower case; -1 when none does.
 */
export function findEndWord(text: string, pattern: RegExp, from: number, limit: number, glue: ReadonlySet<string>, lowerCaseOnly: boolean): number {
  const lower = lowerSameLength(text.slice(0, limit));
  pattern.lastIndex = from;
  for (let match = pattern.exec(lower); match && match.index < limit; match = pattern.exec(lower)) {
    const char = text.charAt(match.index);
    const previous = /([a-z0-9]+)\s*$/u.exec(foldSameLength(text.slice(Math.max(from, match.index - 12), match.index)))?.[1] ?? '';
    const written = !lowerCaseOnly || char === char.toLocaleLowerCase('vi');
    if (match.index > from && written && !glue.has(previous)) return match.index;
  }
  return -1;
}

/** Start and end of a word on folded text (ASCII letters and digits only remain). */
export const FOLDED_WORD_START = '(?<![a-z0-9])';
export const FOLDED_WORD_END = '(?![a-z0-9])';

/** The words of `text` after leaving out leading `fillers` ("Về các nhiệm vụ" → "nhiem vu"), folded. */
export function foldedWithoutFillers(text: string, fillers: readonly string[]): string {
  let folded = foldVietnamese(text);
  const lead = leadPattern(fillers);
  for (let guard = 0; guard < 8; guard++) {
    const next = folded.replace(lead, '');
    if (next === folded) break;
    folded = next;
  }
  return folded;
}

const LEAD_PATTERNS = new WeakMap<readonly string[], RegExp>();

function leadPattern(fillers: readonly string[]): RegExp {
  let pattern = LEAD_PATTERNS.get(fillers);
  if (!pattern) {
    pattern = new RegExp(`^(?:${foldedAlternatives(fillers)})\\s+`, 'u');
    LEAD_PATTERNS.set(fillers, pattern);
  }
  return pattern;
}

const FOLDED_LISTS = new WeakMap<readonly string[], readonly string[]>();

/** The words folded, once per list. */
function foldedList(words: readonly string[]): readonly string[] {
  let folded = FOLDED_LISTS.get(words);
  if (!folded) {
    folded = words.map((word) => foldVietnamese(word));
    FOLDED_LISTS.set(words, folded);
  }
  return folded;
}

/** True when folded `text` starts with the folded word `target` as a whole word. */
export function startsWithFolded(folded: string, target: string): boolean {
  return folded.startsWith(target) && !/[a-z0-9]/u.test(folded.charAt(target.length));
}

/** True when folded `text` starts with one of the `words` (folded) as whole words. */
export function startsWithWord(folded: string, words: readonly string[]): boolean {
  return foldedList(words).some((target) => startsWithFolded(folded, target));
}
