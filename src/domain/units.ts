/**
 * Units of measure as documents write them after a figure ("%/năm", "tỷ đồng", "ngàn tấn",
 * "bác sỹ/1vạn dân") or in a table's unit column ("Tỷ đồng", "%o/năm", "Người/năm"),
 * normalised to one spelling each. The unit words are document vocabulary: they are in
 * vocabulary/units.ts.
 */
import { BASE_UNITS, UNIT_PATTERN, UNIT_SCALE, UNIT_WORD } from './vocabulary/index.ts';

/** A unit read from text: the normalised unit and whether it says "per year". */
export interface UnitReading {
  unit: string | null;
  per: 'year' | null;
}

/** A unit read at a position of a text, with the index just past it. */
export interface UnitMatch extends UnitReading {
  end: number;
}

const SCALE_WORD = Object.keys(UNIT_SCALE).join('|');

/** A unit must end where a word ends: "ha" is no unit in "hai". */
const WORD_END = '(?![\\p{L}\\p{N}])';
const PER_MILLE = new RegExp(`(?:‰|%o${WORD_END})`, 'uy');
const POINTS = new RegExp(`${UNIT_PATTERN.points}${WORD_END}`, 'uy');
const PERCENT = /%/uy;
const TIMES = new RegExp(`${UNIT_PATTERN.times}${WORD_END}`, 'uy');
const SCALED = new RegExp(`(${SCALE_WORD})(?: (${SCALE_WORD}))?(?: (${BASE_UNITS.map(([p]) => `(?:${p})`).join('|')}))?${WORD_END}`, 'uy');
const BASES = BASE_UNITS.map(([pattern, unit]) => [new RegExp(`(?:${pattern})${WORD_END}`, 'uy'), unit] as const);
const PER_PERSON = new RegExp(`${UNIT_PATTERN.perPerson}${WORD_END}`, 'uy');
const PER_YEAR = new RegExp(`${UNIT_PATTERN.perYear}${WORD_END}`, 'uy');

/** Runs a sticky pattern at `index`; the match, or null. */
function stickyAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** The normalised spelling of a base unit matched by SCALED's third group. */
function baseSpelling(written: string): string | null {
  for (const [pattern, unit] of BASES) {
    if (stickyAt(pattern, written, 0)?.[0] === written) return unit;
  }
  return null;
}

/** Reads the unit itself (without "/năm") at `index`: its spelling and end, or null. */
function readBareUnit(text: string, index: number): { unit: string; end: number } | null {
  const simple: readonly (readonly [RegExp, string])[] = [[PER_MILLE, '‰'], [POINTS, UNIT_WORD.points], [PERCENT, '%'], [TIMES, UNIT_WORD.times]];
  for (const [pattern, unit] of simple) {
    const m = stickyAt(pattern, text, index);
    if (m !== null) return { unit, end: index + m[0].length };
  }
  const scaled = stickyAt(SCALED, text, index);
  if (scaled !== null) {
    const words = [UNIT_SCALE[scaled[1] ?? ''], scaled[2] === undefined ? undefined : UNIT_SCALE[scaled[2]]];
    const base = scaled[3] === undefined ? null : baseSpelling(scaled[3]);
    return { unit: [...words, base].filter((w) => w !== undefined && w !== null).join(' '), end: index + scaled[0].length };
  }
  for (const [pattern, unit] of BASES) {
    const m = stickyAt(pattern, text, index);
    if (m !== null) return { unit, end: index + m[0].length };
  }
  return null;
}

/**
 * Reads the unit written right after a figure in lower-case, space-collapsed NFC text:
 * "% /năm" → { unit: '%', per: 'year' }; "ngàn tấn" → 'nghìn tấn'. Reads nothing (unit null,
 * end = index) where no known unit follows. "điểm phần trăm" and "lần" come back as those words.
 */
export function readUnitAt(text: string, index: number): UnitMatch {
  const start = text.charAt(index) === ' ' ? index + 1 : index;
  const bare = readBareUnit(text, start);
  let unit = bare?.unit ?? null;
  let end = bare?.end ?? index;
  const perPerson = bare === null ? null : stickyAt(PER_PERSON, text, end);
  if (perPerson !== null && unit !== null) {
    unit += UNIT_WORD.perPerson;
    end += perPerson[0].length;
  }
  const perYear = stickyAt(PER_YEAR, text, end);
  if (perYear === null) return { unit, per: null, end };
  return { unit, per: 'year', end: end + perYear[0].length };
}

/**
 * Normalises a unit as a table's unit column writes it: "%/năm" → { unit: '%', per: 'year' },
 * "Tỷ đồng" → 'tỷ đồng', "%o/năm" → '‰' per year, "Người/năm" → 'người' per year.
 * A unit it does not know is kept as written, trimmed ("1/10.000").
 */
export function normalizeUnit(raw: string | null | undefined): UnitReading {
  const written = (raw ?? '').normalize('NFC').replace(/[\s\u200b]+/gu, ' ').trim();
  if (written === '') return { unit: null, per: null };
  const lower = written.toLocaleLowerCase('vi');
  const read = readUnitAt(lower, 0);
  if (read.end === lower.length && (read.unit !== null || read.per !== null)) return { unit: read.unit, per: read.per };
  const perYear = /\s?\/\s?năm$/u.exec(lower);
  if (perYear === null) return { unit: written, per: null };
  const rest = written.slice(0, perYear.index).trim();
  return { unit: rest === '' ? null : normalizeUnit(rest).unit, per: 'year' };
}
