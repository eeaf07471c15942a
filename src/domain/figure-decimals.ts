/**
 * How many decimals a reported figure is shown with: as many as it was written with
 * ("54,0" keeps its one decimal, "16,70" its two, "1.000" none), so that a report prints the
 * figure the way the unit entered it. Also tells a plain figure ("3,91") from one that only
 * text can carry (">80", "Hoàn thành").
 */
import { parseVnNumber } from './vn-number.ts';

/** The most decimals derived from a bare number; a mean of years must not print float noise. */
const MAX_DERIVED_DECIMALS = 2;

/** Decimals of a number written the Vietnamese way: the digits after its decimal comma ("16,70" → 2); null when none is found. */
export function writtenDecimals(text: string): number | null {
  const numeral = /-?\d+(?:[.,]\d+)*/u.exec(text)?.[0];
  if (numeral === undefined) return null;
  const comma = numeral.lastIndexOf(',');
  return comma === -1 ? 0 : numeral.length - comma - 1;
}

/** Decimals of a bare number, at most two: 12.8 → 1, 2134.6 → 1, 1000 → 0, 16.66666 → 2. */
export function numberDecimals(value: number): number {
  for (let decimals = 0; decimals < MAX_DERIVED_DECIMALS; decimals++) {
    const scale = 10 ** decimals;
    if (Math.abs(Math.round(value * scale) / scale - value) < 1e-9) return decimals;
  }
  return MAX_DERIVED_DECIMALS;
}

/**
 * The decimals to show a figure with: from the text as entered when there is one, else from
 * the number, else from the target as written (the precision the resolution asks for), else 0.
 * @example figureDecimals('54,0', 54) // 1
 * @example figureDecimals(null, 47.5) // 1
 * @example figureDecimals(null, null, '12,44') // 2
 */
export function figureDecimals(text: string | null, value: number | null, targetText: string | null = null): number {
  const written = text === null ? null : writtenDecimals(text);
  if (written !== null) return written;
  if (value !== null && Number.isFinite(value)) return numberDecimals(value);
  const target = targetText === null ? null : writtenDecimals(targetText);
  return target ?? 0;
}

/**
 * Whether a figure as written is just its number ("3,91", "-7,8", "1.000"), so a report can
 * show the number; false for ">80", "Hoàn thành" and anything else that text must carry.
 */
export function isPlainFigure(text: string): boolean {
  return /^\s*-?\d+(?:[.,]\d+)*\s*$/u.test(text) && parseVnNumber(text) !== null;
}
