/**
 * How a heading reads in a task's path: its label and its title, the title in sentence case
 * when the document wrote it in capitals ("II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP" →
 * "II. Mục tiêu, nhiệm vụ và giải pháp"), so that a review screen can show the path as
 * breadcrumbs.
 */
import { foldVietnamese } from '../../domain/fold.ts';
import { isMostlyUpperCase, romanValue } from '../text-utils.ts';

const VOWEL = /[aeiouy]/u;
/** Words after which a short Roman numeral is one ("LẦN THỨ XV", "KHÓA XIII"), not a word like "VI" in "VI PHẠM". */
const ORDINAL_LEADS = new Set(['thu', 'khoa', 'phan', 'chuong', 'muc']);

/** A word in capitals stays so when it is a Roman numeral ("XIV") or an abbreviation ("UBND", "HĐND"). */
function keepsCapitals(word: string, before: string): boolean {
  const roman = romanValue(word);
  if (roman !== null && roman < 40 && (word.length >= 3 || ORDINAL_LEADS.has(foldVietnamese(before).split(' ').at(-1) ?? ''))) return true;
  // No vowel ("HĐND", "BCH"), or one leading vowel and three consonants or more ("UBND"): a
  // Vietnamese syllable ends in two consonants at most ("ÁN", "ẢNH" are words).
  const plain = foldVietnamese(word);
  return plain.length >= 2 && (!VOWEL.test(plain) || (plain.length >= 4 && !VOWEL.test(plain.slice(1))));
}

/** A title in capitals in sentence case; other titles unchanged. */
export function sentenceCase(title: string): string {
  if (!isMostlyUpperCase(title)) return title;
  const lower = title.replace(/\p{L}+/gu, (word: string, offset: number) =>
    keepsCapitals(word, title.slice(Math.max(0, offset - 12), offset)) ? word : word.toLocaleLowerCase('vi'),
  );
  return lower.replace(/\p{L}/u, (first) => first.toLocaleUpperCase('vi'));
}

/** "2.1." + "Xây dựng Đảng" → "2.1. Xây dựng Đảng"; "Phụ lục 2" + "..." → "Phụ lục 2. ..."; "I" + "NGHỊ QUYẾT" → "I. Nghị quyết". */
export function pathEntry(label: string, title: string): string {
  const text = sentenceCase(title.trim());
  if (label === '') return text;
  if (text === '') return label;
  return /[.\-–):]$/u.test(label) ? `${label} ${text}` : `${label}. ${text}`;
}
