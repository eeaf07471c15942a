/**
 * Finds the figures in a target clause that are targets ("đạt 9-10%/năm", "02 huyện",
 * "không còn xã ..."), as opposed to the numbers that belong to names ("dưới 5 tuổi",
 * "mức độ 2", "năm 2025", "nhóm 1") or to a baseline ("từ 30,67% năm 2020 xuống ...").
 * Only positions are found here; the meaning of a target is parseTarget's job.
 */
import {
  BASELINE_AFTER,
  BASELINE_BEFORE,
  MEASURE_UNIT,
  MULTIPLIER,
  NAME_NUMBER_AFTER,
  NAME_NUMBER_BEFORE,
  NAME_NUMBER_RESCUE,
  LIST_NONE_LEFT,
  NUMBER,
} from '../domain/vocabulary/index.ts';

export interface Anchor {
  kind: 'figure' | 'none_left';
  /** Start of the figure, or of "không còn". */
  start: number;
  /** End of the figure with its unit of measure or multiplier; for none_left, of the phrase. */
  end: number;
  /** The unit of measure written after the figure ("%", "tỷ đồng"), or null for a counted noun. */
  measure: string | null;
}

/** "từ 30,67% năm 2020", a starting value written before the target. */
export interface Baseline {
  start: number;
  end: number;
}

const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}][-–/]?)(?<!\/\s?)(?<![\p{N}][.,])${NUMBER}(?:\s*[-–÷]\s*${NUMBER}|\s+đến\s+${NUMBER})?(?!\p{N}|[.,]\p{N}|\/\p{N}|[-–]\p{L})`,
  'giu',
);
const MEASURE_AFTER = new RegExp(String.raw`^\s*${MEASURE_UNIT}`, 'iu');
const MULTIPLIER_AFTER = new RegExp(String.raw`^\s*${MULTIPLIER}`, 'iu');
const NAME_BEFORE = new RegExp(NAME_NUMBER_BEFORE, 'iu');
const NAME_AFTER = new RegExp(NAME_NUMBER_AFTER, 'iu');
const RESCUE = new RegExp(NAME_NUMBER_RESCUE, 'iu');
const NONE_LEFT_PATTERN = new RegExp(LIST_NONE_LEFT, 'giu');
const BASE_BEFORE = new RegExp(BASELINE_BEFORE, 'iu');
const BASE_AFTER = new RegExp(BASELINE_AFTER, 'iu');
const YEAR = /^(?:19|20)\d{2}$/u;

/** Parenthesis depth at each position, so that "(tương đương 2.600 USD)" is skipped. */
export function parenDepths(text: string): number[] {
  const depths: number[] = [];
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth += 1;
    depths.push(depth);
    if (char === ')' && depth > 0) depth -= 1;
    // Astral characters take two code units; keep indices aligned with the string.
    if (char.length === 2) depths.push(depth);
  }
  return depths;
}

/** Spans of "không còn ..." up to the next comma or semicolon. */
function noneLeftSpans(text: string, depths: readonly number[]): Anchor[] {
  const spans: Anchor[] = [];
  for (const match of text.matchAll(NONE_LEFT_PATTERN)) {
    if ((depths[match.index] ?? 0) > 0) continue;
    const rest = text.slice(match.index);
    const stop = rest.search(/[,;]/u);
    const end = stop < 0 ? text.length : match.index + stop;
    spans.push({ kind: 'none_left', start: match.index, end, measure: null });
  }
  return spans;
}

/** True when a number found at [start, end) belongs to a name, not to a target. */
function isNameNumber(text: string, start: number, end: number, token: string): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end);
  // A unit of measure makes a figure a target ("dân số 1,2%"), whatever comes before it.
  if (MEASURE_AFTER.test(after)) return false;
  const years = token.split(/\s*(?:[-–÷]|đến)\s*/u);
  if (years.every((part) => YEAR.test(part))) return true;
  if (NAME_BEFORE.test(before)) return true;
  return NAME_AFTER.test(after) && !RESCUE.test(before);
}

/** The figure at a match, with its unit, or null when it is part of a name. */
function figureAt(text: string, start: number, token: string): Anchor | null {
  const numberEnd = start + token.length;
  if (isNameNumber(text, start, numberEnd, token)) return null;
  const after = text.slice(numberEnd);
  const measure = MEASURE_AFTER.exec(after);
  if (measure) return { kind: 'figure', start, end: numberEnd + measure[0].length, measure: measure[0].trim() };
  const multiplier = MULTIPLIER_AFTER.exec(after);
  return { kind: 'figure', start, end: numberEnd + (multiplier?.[0].length ?? 0), measure: null };
}

/** The baseline an anchor opens ("từ 30,67% năm 2020" before "xuống ..."), or null. */
function baselineAt(text: string, anchor: Anchor): Baseline | null {
  const before = text.slice(0, anchor.start);
  const from = BASE_BEFORE.exec(before);
  if (!from || anchor.kind !== 'figure') return null;
  const after = BASE_AFTER.exec(text.slice(anchor.start).replace(/^[\d.,\s\-–]+/u, ''));
  if (!after || /trở\s+lên$/iu.test(after[0])) return null;
  const tail = text.slice(anchor.start);
  const year = /^[\d.,\s\-–]+[%‰]?(?:\s*năm\s+\d{4})?/u.exec(tail);
  return { start: from.index, end: anchor.start + (year?.[0].length ?? 0) };
}

/** Finds the target figures and baselines in a clause, in reading order. */
export function findAnchors(text: string): { anchors: Anchor[]; baselines: Baseline[] } {
  const depths = parenDepths(text);
  const noneLeft = noneLeftSpans(text, depths);
  const anchors: Anchor[] = [...noneLeft];
  const baselines: Baseline[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const start = match.index;
    if ((depths[start] ?? 0) > 0) continue;
    if (noneLeft.some((span) => start >= span.start && start < span.end)) continue;
    const anchor = figureAt(text, start, match[0]);
    if (!anchor) continue;
    const baseline = baselineAt(text, anchor);
    if (baseline) baselines.push(baseline);
    else anchors.push(anchor);
  }
  anchors.sort((a, b) => a.start - b.start);
  return { anchors, baselines };
}
