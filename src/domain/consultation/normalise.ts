/**
 * The normal form of a comment for finding duplicates: two comments that differ only in
 * Unicode form, case, spacing, diacritics or punctuation have the same normal form, and so
 * the same exact-duplicate key. "Đề nghị BỔ SUNG, làm rõ!" and "de nghi bo sung lam ro"
 * are one text. Vietnamese words are syllables separated by spaces, so the normal form is
 * also the syllable sequence the near-duplicate finder shingles.
 */
import { foldVietnamese } from '../fold.ts';
import { hashPair, pairHex } from './hash.ts';

/** Punctuation and symbols (emoji included) become spaces: "giá,phí" is "gia phi". */
const PUNCTUATION = /[\p{P}\p{S}]+/gu;

/**
 * NFC, punctuation and symbols stripped, diacritics folded ("đ" as "d"), lower case, single spaces.
 * @example normaliseForDuplicates("Đề nghị  BỔ SUNG, làm rõ!") === "de nghi bo sung lam ro"
 */
export function normaliseForDuplicates(text: string): string {
  const table = foldTable();
  let out = '';
  let afterSpace = true;
  for (let i = 0; i < text.length; i += 1) {
    const folded = table[text.charCodeAt(i)];
    // Outside the table (Greek, CJK, emoji, ...): the general path for the whole text.
    if (folded === undefined || folded === null) return normaliseSlowly(text);
    if (folded === '') continue;
    if (folded === ' ') {
      if (!afterSpace) out += ' ';
      afterSpace = true;
    } else {
      out += folded;
      afterSpace = false;
    }
  }
  return afterSpace && out !== '' ? out.slice(0, -1) : out;
}

/** The definition, applied to the whole text: what the table reproduces a character at a time. */
export function normaliseSlowly(text: string): string {
  return foldVietnamese(text.normalize('NFC').replace(PUNCTUATION, ' '));
}

/**
 * What each UTF-16 unit of Latin text (U+0000–U+036F: ASCII, Latin-1, Latin Extended A/B,
 * combining marks; U+1E00–U+206F: Vietnamese letters, general punctuation and spaces) becomes
 * in the normal form: a folded letter, ' ' (a separator) or '' (a mark or invisible character).
 * Folding drops every mark, so composing first (NFC) changes nothing for these characters;
 * other characters (null) take the general path (Greek sigma lower-cases by context, for one).
 * `normalise.test.ts` checks the two paths agree.
 */
let FOLD_TABLE: (string | null)[] | null = null;

function foldTable(): (string | null)[] {
  if (FOLD_TABLE !== null) return FOLD_TABLE;
  const table: (string | null)[] = [];
  for (let code = 0; code < 0x2070; code += 1) {
    if (code >= 0x0370 && code < 0x1e00) {
      table.push(null);
      continue;
    }
    const char = String.fromCharCode(code);
    if (/[\p{P}\p{S}\s\u00A0\u2000-\u200A\u202F\u205F]/u.test(char)) table.push(' ');
    else table.push(char.replace(/[\u200B\uFEFF]/g, '').normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase());
  }
  FOLD_TABLE = table;
  return table;
}

/** The syllables of a normal form (empty for an empty text). */
export function syllablesOf(normal: string): string[] {
  return normal === '' ? [] : normal.split(' ');
}

/** How many syllables a normal form has, without splitting it. */
export function syllableCount(normal: string): number {
  if (normal === '') return 0;
  let count = 1;
  for (let at = normal.indexOf(' '); at >= 0; at = normal.indexOf(' ', at + 1)) count += 1;
  return count;
}

/** Seed of the exact-duplicate key; changing it changes every stored key. */
const EXACT_KEY_SEED = 0x7e50_1a7e;

/** The two 32-bit halves of the exact-duplicate key of a non-empty normal form. */
export function exactKeyParts(normal: string): { high: number; low: number } {
  return hashPair(normal, EXACT_KEY_SEED);
}

/** As `exactDuplicateKey`, on a text already normalised. */
export function exactKeyOfNormal(normal: string): string | null {
  if (normal === '') return null;
  const { high, low } = exactKeyParts(normal);
  return pairHex(high, low);
}

/**
 * The exact-duplicate key of a text: a 64-bit hash (16 hex digits) of its normal form, or
 * null when nothing is left of it (an empty comment, or only punctuation): empty texts are
 * never duplicates of each other.
 */
export function exactDuplicateKey(text: string): string | null {
  return exactKeyOfNormal(normaliseForDuplicates(text));
}
