/**
 * Splits the lines of a task part into items and nests them by their labels: "2.1." holds
 * "2.1.1.", which holds "- ..." bullets; "(1)" holds its bullets. A line without a label goes
 * on the item above it (a paragraph of the same task); lines before the first item are the
 * part's introduction.
 */
import type { CleanLine } from '../../domain/document.ts';
import { readLabel, romanValue, type LineLabel } from '../text-utils.ts';

/** One item of a task part. */
export interface TaskItem {
  label: LineLabel;
  /** Its number as written ("2.1.1", "a", "1"), or null for a bullet. */
  number: string | null;
  /** Nesting rank of its label style: smaller holds larger. */
  rank: number;
  /** The text after the label on its first line. */
  head: string;
  /** Its own text: the first line after the label and the unlabelled lines after it. */
  text: string;
  /** Original line where it starts. */
  line: number;
  /** Index of the item it sits under, or null at the top of the part. */
  parent: number | null;
}

export interface PartItems {
  items: TaskItem[];
  /** The text before the first item. */
  introduction: string;
}

/** Bullets: "-", "–", "•", "*" hold "+". */
const BULLET_RANK: Readonly<Record<string, number>> = { '-': 9, '–': 9, '•': 9, '*': 9, '+': 10 };

/** Rank of a label style, as the outline nests them (letter > Roman > 1. > 1.1. > a) > (1) > bullets). */
function rankOf(label: LineLabel): number | null {
  switch (label.style) {
    case 'part':
    case 'appendix':
      return null;
    case 'upper': {
      // A lone "C", "D", "L" or "M" is a letter; "I", "V", "X" and longer numerals are Roman.
      const roman = romanValue(label.value);
      return roman !== null && roman < 40 && !(label.value.length === 1 && 'CDLM'.includes(label.value)) ? 2 : 1;
    }
    case 'decimal':
      return 2 + Math.min(label.depth, 4);
    case 'lower':
      return 7;
    case 'paren':
      return 8;
    case 'bullet':
      return BULLET_RANK[label.value] ?? 9;
  }
}

/** Reads the items of a part from its lines (indices into `lines`, in order). */
export function readItems(lines: readonly CleanLine[], indices: readonly number[]): PartItems {
  const items: TaskItem[] = [];
  const open: number[] = [];
  const introduction: string[] = [];
  for (const index of indices) {
    const line = lines[index];
    if (!line) continue;
    const text = line.text.trim();
    if (text === '') continue;
    const label = text.includes('\t') ? null : readLabel(text);
    const rank = label ? rankOf(label) : null;
    if (!label || rank === null) {
      const current = items[open.at(-1) ?? -1];
      if (current) current.text = `${current.text} ${text}`;
      else introduction.push(text);
      continue;
    }
    while (open.length > 0 && (items[open.at(-1) ?? -1]?.rank ?? 0) >= rank) open.pop();
    const number = label.style === 'bullet' ? null : label.value;
    items.push({ label, number, rank, head: label.rest, text: label.rest, line: line.line, parent: open.at(-1) ?? null });
    open.push(items.length - 1);
  }
  return { items, introduction: introduction.join(' ') };
}
