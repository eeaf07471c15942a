/**
 * Numbers as Vietnamese documents write them: "1.000" (a dot groups thousands),
 * "12,8" (a comma is the decimal point), "12.355,5", "−7,8", "48 vạn".
 * The ambiguity rules are listed in README.md ("Numbers").
 */
import { SCALE_EXPONENT } from './vocabulary/index.ts';

/** A numeral found in running text by `findNumerals`. */
export interface NumeralToken {
  /** The value, or null when the digits do not form a number ("1.0000", "1,2,3"). */
  value: number | null;
  /** Index of the first character (the sign, when one is attached). */
  index: number;
  /** Index just past the last digit. */
  end: number;
  /** The characters from `index` to `end`. */
  raw: string;
}

/** A number found in running text by `findNumbers`. */
export interface NumberToken extends NumeralToken {
  value: number;
}

/** Every space-like character a converter leaves behind, NBSP and zero-width space included. */
const SPACE_RUN = /[\s\u200b]+/gu;
const MINUS = /^[-−]/u;
/**
 * The three accepted shapes: dot-grouped thousands with an optional decimal comma; plain digits
 * with an optional decimal comma; plain digits with an English decimal dot of one or two digits.
 */
const NUMERAL = /^(?:(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?|(\d+)(?:,(\d+))?|(\d+)\.(\d{1,2}))$/;
/** A numeral followed by scale words ("2,5 triệu", "1 nghìn tỷ"); the words are in vocabulary/units.ts. */
const WITH_SCALES = new RegExp(String.raw`^([+\-−]?[\d.,]+)((?:\s*(?:${Object.keys(SCALE_EXPONENT).join('|')}))*)$`, 'u');
const RANGE = /^([+\-−]?[\d.,]+)\s*(?:[-–—‒−]|đến|tới)\s*([\d.,]+)\s*(?:%o|%|‰)?$/u;
const RATE = /^([+\-−]?[\d.,]+)\s*(%o|%|‰)$/u;

/** Collapses every run of spaces to one ASCII space and trims; NFC first. */
function tidy(text: string): string {
  return text.normalize('NFC').replace(SPACE_RUN, ' ').trim();
}

/** Reads a signed numeral into its integer digits, fraction digits and sign, or null. */
function splitNumeral(text: string): { negative: boolean; int: string; frac: string } | null {
  const negative = MINUS.test(text);
  const unsigned = text.replace(/^[+\-−]/u, '');
  const m = NUMERAL.exec(unsigned);
  if (m === null) return null;
  const int = (m[1] ?? m[3] ?? m[5] ?? '').replaceAll('.', '');
  const frac = m[2] ?? m[4] ?? m[6] ?? '';
  return { negative, int, frac };
}

/**
 * Builds the number from decimal digits through a decimal string, so that scaling by a power
 * of ten is exact ("2,5 triệu" is 2500000, never 2499999.9999999995).
 */
function toNumber(parts: { negative: boolean; int: string; frac: string }, exponent: number): number | null {
  const value = Number(`${parts.negative ? '-' : ''}${parts.int}.${parts.frac || '0'}e${exponent}`);
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value; // no -0: "-0,0" is plain zero
}

/**
 * Parses one number written the Vietnamese way; null (never a throw) for anything else.
 * @example parseVnNumber('12.355,5') // 12355.5
 * @example parseVnNumber('2,5 triệu', { multipliers: true }) // 2500000
 */
export function parseVnNumber(text: string, options: { multipliers?: boolean } = {}): number | null {
  const clean = tidy(text).toLocaleLowerCase('vi');
  const m = WITH_SCALES.exec(clean);
  if (m === null) return null;
  const scales = (m[2] ?? '').trim();
  if (scales !== '' && options.multipliers !== true) return null;
  const parts = splitNumeral(m[1] ?? '');
  if (parts === null) return null;
  let exponent = 0;
  for (const word of scales.split(/\s+/u)) exponent += SCALE_EXPONENT[word] ?? 0;
  return toNumber(parts, exponent);
}

/**
 * Parses a range "1.800-2.000", "9 – 10", "6,5 - 7", "9-10%" into its ends; a lone "-7,8"
 * is a negative number, not a range, and a range written high to low is refused (null).
 */
export function parseVnRange(text: string): { min: number; max: number } | null {
  const m = RANGE.exec(tidy(text).toLocaleLowerCase('vi'));
  if (m === null) return null;
  const min = parseVnNumber(m[1] ?? '');
  const max = parseVnNumber(m[2] ?? '');
  if (min === null || max === null || min > max) return null;
  return { min, max };
}

/** Parses a rate with its sign: "73,1%" → { value: 73.1, unit: '%' }; "0,65‰" and "0,65%o" → '‰'. */
export function parseVnRate(text: string): { value: number; unit: '%' | '‰' } | null {
  const m = RATE.exec(tidy(text).toLocaleLowerCase('vi'));
  if (m === null) return null;
  const value = parseVnNumber(m[1] ?? '');
  if (value === null) return null;
  return { value, unit: m[2] === '%' ? '%' : '‰' };
}

/**
 * Whether a minus sign at `at` belongs to the number after it: only where no figure precedes
 * it, since "9 -10" and "9%-10%" are ranges while "đạt -7,8" is a negative figure.
 */
function isSign(text: string, at: number): boolean {
  if (at > 0 && !/[\s(=<>≤≥:;]/u.test(text.charAt(at - 1))) return false;
  const before = text.slice(0, at).trimEnd();
  return before === '' || !/[\d%‰]$/u.test(before);
}

/**
 * Every numeral in running text, with its position, including unreadable ones (value null).
 * Digits glued to a preceding letter ("cao2", a footnote anchor) are not numerals.
 */
export function findNumerals(text: string): NumeralToken[] {
  const found: NumeralToken[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/gu)) {
    const at = m.index;
    if (at > 0 && /\p{L}/u.test(text.charAt(at - 1))) continue;
    const signed = at > 0 && /[-−]/u.test(text.charAt(at - 1)) && isSign(text, at - 1);
    const index = signed ? at - 1 : at;
    const raw = text.slice(index, at + m[0].length);
    found.push({ value: parseVnNumber(raw), index, end: at + m[0].length, raw });
  }
  return found;
}

/** Every readable number in running text, with its position. */
export function findNumbers(text: string): NumberToken[] {
  return findNumerals(text).filter((t): t is NumberToken => t.value !== null);
}

/** Expands a number's shortest round-trip form ("1.2e+21", "5e-7") into plain decimal digits. */
function plainDigits(abs: number): { int: string; frac: string } {
  const [mantissa = '0', exp = '0'] = String(abs).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exp);
  if (point <= 0) return { int: '0', frac: '0'.repeat(-point) + digits };
  if (point >= digits.length) return { int: digits + '0'.repeat(point - digits.length), frac: '' };
  return { int: digits.slice(0, point), frac: digits.slice(point) };
}

/** Adds one to a string of decimal digits ("199" → "200"). */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return '1' + out.join('');
}

/** Rounds plain digits to `decimals` places, half away from zero, on the decimal digits themselves. */
function roundDigits(parts: { int: string; frac: string }, decimals: number): { int: string; frac: string } {
  if (parts.frac.length <= decimals) return parts;
  const kept = parts.int + parts.frac.slice(0, decimals);
  const next = parts.frac.charAt(decimals);
  const rounded = next >= '5' ? incrementDigits(kept) : kept;
  const intLength = rounded.length - decimals;
  return { int: rounded.slice(0, intLength), frac: rounded.slice(intLength) };
}

/** Clamps a digit count option to an integer in [0, 20]. */
function clampDecimals(value: number | undefined, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(20, Math.max(0, Math.trunc(value)));
}

/**
 * Formats a number the Vietnamese way, the one formatter of the product: `1000` → "1.000",
 * `12.8` → "12,8", `-7.8` → "-7,8". At most `decimals` fraction digits (default 2), rounded
 * half away from zero on the decimal digits (no float noise), trailing zeros dropped down to
 * `minDecimals` (default 0). Non-finite values give "NaN", "∞" or "-∞".
 */
export function formatVnNumber(value: number, options: { decimals?: number; minDecimals?: number } = {}): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  const minDecimals = clampDecimals(options.minDecimals, 0);
  const decimals = Math.max(minDecimals, clampDecimals(options.decimals, 2));
  const rounded = roundDigits(plainDigits(Math.abs(value)), decimals);
  const int = rounded.int.replace(/^0+(?=\d)/u, '');
  let frac = rounded.frac.replace(/0+$/u, '');
  if (frac.length < minDecimals) frac = frac.padEnd(minDecimals, '0');
  const grouped = int.replace(/\B(?=(\d{3})+$)/gu, '.');
  const isZero = /^0*$/u.test(int + frac);
  const sign = value < 0 && !isZero ? '-' : '';
  return sign + grouped + (frac === '' ? '' : ',' + frac);
}
