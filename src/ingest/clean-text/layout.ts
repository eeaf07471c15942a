/**
 * Measures a document's layout from its own lines: how wide the lines are that the
 * converter wrapped, and whether an empty line marks a paragraph break.
 */
import { endsSentence, readLabel, startsLowerCase } from '../text-utils.ts';
import { proseText, type RawLine } from './raw-lines.ts';

export interface Layout {
  /** Typical length of a line the converter wrapped, or null when paragraphs are single lines. */
  wrapWidth: number | null;
  /** True when empty lines are rare, so one marks a paragraph break. */
  blanksBreak: boolean;
}

/**
 * The wrap width is the median length of body lines followed by a lower-case line (a
 * sure continuation); it needs 8 of them and at most 200 characters to count.
 */
export function measureLayout(lines: readonly RawLine[]): Layout {
  const widths: number[] = [];
  let pairs = 0;
  let withBlank = 0;
  let previous: RawLine | null = null;
  let blankSeen = false;
  for (const line of lines) {
    if (line.role === 'blank') blankSeen = true;
    if (line.role !== 'body') continue;
    if (previous) {
      pairs++;
      if (blankSeen) withBlank++;
      const text = proseText(previous.text);
      if (startsLowerCase(line.text) && !endsSentence(text) && !readLabel(text)) widths.push(text.length);
    }
    previous = line;
    blankSeen = false;
  }
  const wrapWidth = widths.length >= 8 ? median(widths) : null;
  return { wrapWidth: wrapWidth !== null && wrapWidth <= 200 ? wrapWidth : null, blanksBreak: pairs >= 10 && withBlank / pairs < 0.3 };
}

/** True when `text` is about as long as a wrapped line: from `share` of the wrap width to 1.35 times it. */
export function isWrapped(text: string, layout: Layout, share: number): boolean {
  const width = layout.wrapWidth;
  return width !== null && text.length >= width * share && text.length <= width * 1.35;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
