/**
 * The moderation queue's rules, pure: which moderation actions a comment offers in its state,
 * a moderated comment put back in place in the pages already loaded (so the moderator sees
 * what they did, and the focus stays where it was), and the comments loaded so far.
 */
import type { ModerationStateCode } from '../../../../src/domain/consultation/types.ts';
import type { CommentQueue, QueueItem } from '../../api/consultations.ts';

/** A moderation action: the state it sets. */
export type ModerationAction = Exclude<ModerationStateCode, 'new'>;

const ACTIONS: readonly ModerationAction[] = ['published', 'hidden', 'spam'];

/** The actions a comment offers: every state but the one it is in. */
export function actionsFor(state: ModerationStateCode): ModerationAction[] {
  return ACTIONS.filter((action) => action !== state);
}

/** The loaded pages with one comment replaced by its moderated version (matched by id); untouched when absent. */
export function replaceItem<D extends { pages: CommentQueue[] }>(data: D | undefined, item: QueueItem): D | undefined {
  if (data === undefined) return undefined;
  let found = false;
  const pages = data.pages.map((page) => ({
    ...page,
    items: page.items.map((current) => {
      if (current.id !== item.id) return current;
      found = true;
      return item;
    }),
  }));
  return found ? { ...data, pages } : data;
}

/** The comments of the loaded pages in order, each once (a comment moved between pages while loading is not repeated). */
export function loadedItems(pages: readonly CommentQueue[]): QueueItem[] {
  const seen = new Set<string>();
  const items: QueueItem[] = [];
  for (const page of pages) {
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(item);
    }
  }
  return items;
}

/** Whether a comment belongs to a duplicate group of more than one comment (group actions then apply). */
export function inGroup(item: Pick<QueueItem, 'duplicateGroupId' | 'groupSize'>): item is { duplicateGroupId: string; groupSize: number } {
  return item.duplicateGroupId !== null && item.groupSize > 1;
}

/** The id of a comment card's heading (its actions are described by it). */
export function commentHeadingId(commentId: string): string {
  return `comment-${commentId}`;
}
