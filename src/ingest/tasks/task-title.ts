/**
 * A task's title: the first sentence of its item, or its first clause when the sentence is
 * long, cut at a word near 160 characters. The full text stays in the document; the task's
 * `sourceLine` points to it.
 */
import { titleOf } from '../outline.ts';

/** Longest title kept. */
const TITLE_LIMIT = 160;

/**
 * The title of an item's text (after its label).
 * @example taskTitle("Đột phá về hạ tầng giao thông: - Ưu tiên ...") === "Đột phá về hạ tầng giao thông"
 */
export function taskTitle(text: string): string {
  const title = titleOf(text.trim());
  if (title.length <= TITLE_LIMIT && !title.endsWith('…')) return title;
  const clause = /^(.{20,}?)\s*;\s/u.exec(text.trim())?.[1];
  return clause !== undefined && clause.length <= TITLE_LIMIT ? clause.replace(/[\s,:]+$/u, '') : title;
}
