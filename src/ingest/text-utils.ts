/**
 * Small text helpers shared by the reader's stages: spaces, diacritics folding for
 * matching, U+FFFD-tolerant search, and the shape of a line (its heading or list label,
 * whether it ends a sentence, whether it is written in capitals).
 */
import { DOC_WORDS, PART_ORDINALS } from '../domain/vocabulary/index.ts';
import { foldVietnamese } from '../domain/fold.ts';

/** The character a converter leaves where it lost one. */
export const REPLACEMENT_CHAR = '\uFFFD';

/** Replaces the space characters converters leave (NBSP and its kin) with a plain space; keeps tabs. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ').replace(/[\u200B\uFEFF]/g, '');
}

/** Counts the characters a converter lost (U+FFFD). */
export function countReplacementChars(text: string): number {
  let count = 0;
  for (const char of text) if (char === REPLACEMENT_CHAR) count++;
  return count;
}

/**
 * Finds `query` in `text` ignoring diacritics and case; a U+FFFD on either side matches any
 * one character, so "hướng d�n" still matches "hướng dẫn". Returns the folded index or -1.
 */
export function foldedIndexOf(text: string, query: string): number {
  const hay = [...foldVietnamese(text)];
  const needle = [...foldVietnamese(query)];
  if (needle.length === 0) return 0;
  for (let start = 0; start + needle.length <= hay.length; start++) {
    let k = 0;
    while (k < needle.length && charsMatch(hay[start + k], needle[k])) k++;
    if (k === needle.length) return start;
  }
  return -1;
}

function charsMatch(a: string | undefined, b: string | undefined): boolean {
  return a === b || a === REPLACEMENT_CHAR || b === REPLACEMENT_CHAR;
}

/** True when `query` occurs in `text`, with or without diacritics (see foldedIndexOf). */
export function foldedIncludes(text: string, query: string): boolean {
  return foldedIndexOf(text, query) >= 0;
}

/** True when the text's letters are (nearly) all capitals and there are at least four of them. */
export function isMostlyUpperCase(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 4) return false;
  const upper = letters.filter((char) => char === char.toLocaleUpperCase('vi') && char !== char.toLocaleLowerCase('vi'));
  return upper.length / letters.length >= 0.85;
}

/** True when the first letter-or-digit of the text is a lower-case letter. */
export function startsLowerCase(text: string): boolean {
  const first = /[\p{L}\p{N}]/u.exec(text)?.[0];
  return first !== undefined && first !== first.toLocaleUpperCase('vi');
}

/** True when the text ends a sentence: ".", "!", "?", "…" (closing quotes and brackets allowed after). */
export function endsSentence(text: string): boolean {
  return /[.!?…][”"’)\]»]*\s*$/u.test(text);
}

/** The last word of the text, lower-cased, without punctuation. */
export function lastWord(text: string): string {
  const words = text.trim().split(/\s+/);
  return (words[words.length - 1] ?? '').replace(/[^\p{L}\p{N}]/gu, '').toLocaleLowerCase('vi');
}

/** True when the text ends on a word after which a phrase cannot end ("của", "và", "với" ...). */
export function endsOnConnective(text: string): boolean {
  return endsOnWord(text, DOC_WORDS.connectives);
}

/** True when the text ends on a word that a number usually follows ("số", "ngày", "năm" ...). */
export function endsBeforeNumber(text: string): boolean {
  return endsOnWord(text, DOC_WORDS.numberLeads);
}

function endsOnWord(text: string, words: readonly string[]): boolean {
  if (/[,;:.!?…)”"]\s*$/u.test(text)) return false;
  return words.includes(lastWord(text));
}

/** Heading and list label styles, from the outermost. */
export type LabelStyle = 'part' | 'appendix' | 'upper' | 'decimal' | 'lower' | 'paren' | 'bullet';

export interface LineLabel {
  style: LabelStyle;
  /** The label as written, trimmed: "Phần thứ hai", "A-", "II.", "1.1.", "a)", "(3)", "-". */
  label: string;
  /** Its value: "hai", "A", "II", "1.1", "a", "3", "-". */
  value: string;
  /** For decimal labels, how many numbers ("1.1.2" has depth 3); otherwise 1. */
  depth: number;
  /** The text after the label. */
  rest: string;
}

const LABEL_PATTERNS: readonly [LabelStyle, RegExp][] = [
  ['part', new RegExp(String.raw`^(Phần\s+(thứ\s+(?:${PART_ORDINALS.join('|')})|[IVX]{1,4}|\d{1,2}))(?=$|[\s:.\-–])[\s:.\-–]*`, 'iu')],
  ['appendix', /^(Phụ\s+lục(?:\s+(?:số\s+)?([IVX]{1,4}|\d{1,2}|[A-Z]))?)(?=$|[\s:.\-–])[\s:.\-–]*/iu],
  ['upper', /^(([A-ZĐ]|[IVXLC]{2,6})\s*[-.–])\s+(?=\S)/u],
  ['decimal', /^((\d{1,2}(?:\.\d{1,2}){1,3})\.?|(\d{1,2})\.)\s+(?=\S)/u],
  ['lower', /^(([a-zđ])\))\s+(?=\S)/u],
  ['paren', /^((?:\((\d{1,2})\)|(\d{1,2})\))\s*[-–]?)\s*(?=\S)/u],
  ['bullet', /^([-+*•–])\s+(?=\S)/u],
];

/**
 * Reads the heading or list label a line starts with ("Phần thứ hai", "A-", "II-", "1.",
 * "1.1.", "a)", "(1)", "- "), or null. Numbers like "1.000" or "2.134" are no labels.
 */
export function readLabel(line: string): LineLabel | null {
  const text = line.trim();
  for (const [style, pattern] of LABEL_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const written = (match[1] ?? '').trim();
    // "(1)- Tốc độ ..." writes a dash after the number; the label is still "(1)".
    const label = style === 'paren' ? written.replace(/\s*[-–]$/u, '') : written;
    const value = (match[2] ?? match[3] ?? label).trim();
    if (style === 'upper' && value.length > 1 && !isRomanNumeral(value)) continue;
    const depth = style === 'decimal' ? value.split('.').length : 1;
    return { style, label, value: style === 'part' ? label.replace(/^Phần\s+/iu, '') : value, depth, rest: text.slice(match[0].length).trim() };
  }
  return null;
}

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of a Roman numeral ("XIV" = 14), or null when the text is none. */
export function romanValue(text: string): number | null {
  if (!/^[IVXLCDM]+$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const current = ROMAN_VALUES[text.charAt(i)] ?? 0;
    const next = ROMAN_VALUES[text.charAt(i + 1)] ?? 0;
    total += current < next ? -current : current;
  }
  return toRoman(total) === text ? total : null;
}

/** True when the text is a well-formed Roman numeral. */
export function isRomanNumeral(text: string): boolean {
  return romanValue(text) !== null;
}

function toRoman(value: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [amount, symbol] of table) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

/** Counts the number-like tokens of a line ("12,8", "1.000", "9-10", ">5", "73,1%"). */
export function countNumberTokens(text: string): number {
  return text.split(/\s+/).filter((token) => /^[<>≤≥~+-]?\d[\d.,]*(?:[-–]\d[\d.,]*)?%?$/.test(token)).length;
}
