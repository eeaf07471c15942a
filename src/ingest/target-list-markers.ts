/**
 * The label at the start of a line ("II-", "2.1.", "(3)-", "a)", "- ") and how deep it
 * sits. Target lists are found and cut by these labels, so the ranks follow the usual
 * nesting of Vietnamese administrative documents, not the order in which labels appear.
 */

/** Kinds of labels, from the top of the outline down. */
export type MarkerKind =
  | 'part' // "Phần thứ hai"
  | 'upper_letter' // "A-", "B."
  | 'roman' // "I-", "IV."
  | 'arabic' // "1.", "2-"
  | 'decimal2' // "2.1."
  | 'decimal3' // "1.1.1."
  | 'lower_letter' // "a)", "b."
  | 'paren_number' // "(1)", "(1)-", "13)-"
  | 'dash' // "- ", "• "
  | 'plus'; // "+ "

/** Depth of each kind: a smaller rank is a higher heading. */
export const MARKER_RANK: Record<MarkerKind, number> = {
  part: 0,
  upper_letter: 1,
  roman: 2,
  arabic: 3,
  decimal2: 4,
  decimal3: 5,
  lower_letter: 6,
  paren_number: 7,
  dash: 8,
  plus: 9,
};

export interface Marker {
  kind: MarkerKind;
  /** The label as the document numbers it ("1", "(12)", "2.1", "a"), or null for bullets. */
  code: string | null;
  /** The text after the label. */
  rest: string;
}

/** Each pattern captures the code (if any) and the rest; order matters (decimals before arabic). */
const PATTERNS: readonly [MarkerKind, RegExp][] = [
  ['part', /^(phần\s+thứ\s+\p{L}+|phần\s+[ivx\d]+)(?![\p{L}\p{N}])[\s:.\-–]*(.*)$/iu],
  ['decimal3', /^(\d{1,2}\.\d{1,2}\.\d{1,2})(?:\.\s+|\s+(?!\d))(.*)$/u],
  ['decimal2', /^(\d{1,2}\.\d{1,2})(?:\.\s+|\s+(?!\d))(.*)$/u],
  // "5. 100% ..." is an item, "2.400 ha" and "5 - 7%" are not.
  ['arabic', /^(\d{1,2})\s*(?:\.\s+|[.\-–]\s*(?![\s\d]))(.*)$/u],
  ['paren_number', /^(\(?\d{1,2}\))\s*[-–.:]?\s*(.*)$/u],
  ['roman', /^([IVXL]{1,5})\s*[.\-–]\s*(?![\s\d])(.*)$/u],
  ['upper_letter', /^([A-H])\s*[.\-–]\s+(.*)$/u],
  ['lower_letter', /^([a-zđ])\s*[).]\s+(.*)$/u],
  ['dash', /^()[-–—•*]\s+(.*)$/u],
  ['plus', /^()\+\s+(.*)$/u],
];

/** Reads the label at the start of a line, or null when the line has none. */
export function readMarker(line: string): Marker | null {
  const text = line.trim();
  for (const [kind, pattern] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const raw = match[1] ?? '';
    const code = raw === '' ? null : kind === 'paren_number' ? `(${raw.replace(/[()]/g, '')})` : raw;
    return { kind, code, rest: (match[2] ?? '').trim() };
  }
  return null;
}

/** True for a line written in capitals, which documents use for unlabelled top headings. */
export function isCapitalsHeading(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toLocaleUpperCase('vi') && line.length < 200;
}
