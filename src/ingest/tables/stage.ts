/**
 * What kind of figure a result column holds, read from its header: the result of a
 * finished term ("Kết quả thực hiện", "Thực hiện đến năm 2020"), a mid-term result
 * ("Ước thực hiện giai đoạn 2021 - 2023" in a 2020-2025 term) or an estimate of the
 * term-end value ("Ước thực hiện giai đoạn 2020 - 2025").
 */
import type { ExtractedObservation } from '../../domain/document.ts';
import { ESTIMATE_WORDS, lower, TERM_WORD } from '../../domain/vocabulary/index.ts';

/** final | interim | estimate, as `ExtractedObservation.stage` has them. */
export type Stage = NonNullable<ExtractedObservation['stage']>;

const YEARS = /\b(?:19|20)\d\d\b/gu;

/** The last year a label names ("giai đoạn 2021 - 2023" → 2023), or null. */
export function lastYear(label: string): number | null {
  const years = [...label.matchAll(YEARS)].map((match) => Number(match[0]));
  return years.length === 0 ? null : Math.max(...years);
}

/** The end of the term a title names ("... NHIỆM KỲ 2020-2025" → 2025), or null. */
export function termEndFromTitle(title: string | null): number | null {
  if (title === null) return null;
  const text = lower(title);
  const at = text.indexOf(TERM_WORD);
  return at < 0 ? null : lastYear(text.slice(at));
}

/**
 * The stage of a result column. Without a known term end, a dated estimate counts as the
 * term-end estimate and an undated or plain result as final.
 */
export function stageOf(label: string, termEnd: number | null): Stage {
  const text = lower(label);
  const estimated = ESTIMATE_WORDS.some((word) => new RegExp(`(?:^|\\s)${word}(?:\\s|$)`, 'u').test(text));
  const year = lastYear(text);
  const beforeEnd = year !== null && termEnd !== null && year < termEnd;
  if (beforeEnd) return 'interim';
  return estimated ? 'estimate' : 'final';
}
