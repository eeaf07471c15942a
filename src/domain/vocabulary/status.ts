/**
 * Status words: the evaluation outcomes exactly as the documents write them. The rest of
 * the code refers to them by English codes.
 */

/** Evaluation outcomes, by English code. */
export type StatusCode = 'exceeded' | 'achieved' | 'not_yet' | 'failed' | 'at_risk' | 'on_track';

/** The status words exactly as the documents write them. */
export const STATUS_WORD = {
  exceeded: 'Vượt',
  achieved: 'Đạt',
  not_yet: 'Chưa đạt',
  failed: 'Không đạt',
  at_risk: 'Khó đạt',
  on_track: 'Theo lộ trình',
} as const satisfies Record<StatusCode, string>;

/** Order in which statuses are listed in summaries ("12 vượt, 10 đạt, 27 theo lộ trình, 06 khó đạt"). */
export const STATUS_ORDER: readonly StatusCode[] = ['exceeded', 'achieved', 'on_track', 'not_yet', 'at_risk', 'failed'];

/**
 * Reads a status word as a document writes it (any case, any Unicode form, stray spaces)
 * into its code, or null when the text is no status word.
 */
export function statusFromWord(text: string): StatusCode | null {
  const key = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  for (const [code, word] of Object.entries(STATUS_WORD) as [StatusCode, string][]) {
    if (word.toLocaleLowerCase('vi') === key) return code;
  }
  return null;
}
