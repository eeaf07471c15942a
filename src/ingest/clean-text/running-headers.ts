/** Finds running headers and footers: the same line repeated on page after page. */
import { endsSentence, readLabel } from '../text-utils.ts';
import { proseText, type RawLine } from './raw-lines.ts';

/**
 * Marks as 'header' each body line of at least 15 characters that is repeated at least
 * three times, and returns their original line numbers in order. A heading or a finished
 * sentence is content even when repeated; a running header is neither.
 */
export function markRunningHeaders(lines: RawLine[]): number[] {
  const seen = new Map<string, RawLine[]>();
  for (const line of lines) {
    if (line.role !== 'body') continue;
    const key = proseText(line.text);
    if (key.length < 15 || readLabel(key) || endsSentence(key)) continue;
    seen.set(key, [...(seen.get(key) ?? []), line]);
  }
  const dropped: number[] = [];
  for (const repeats of seen.values()) {
    if (repeats.length < 3) continue;
    for (const line of repeats) {
      line.role = 'header';
      dropped.push(line.n);
    }
  }
  return dropped.sort((a, b) => a - b);
}
