/**
 * The comments this browser has reported ("Báo cáo vi phạm"), remembered in localStorage so a
 * reader reports a comment once. The list is capped: the oldest reports are forgotten first.
 */

const STORAGE_KEY = 'resolute.reportedComments';
/** Enough for any reader; keeps the stored text small. */
export const REPORTED_LIMIT = 500;

/** The ids in a stored value; anything unreadable is an empty list. */
export function parseReported(stored: string | null): string[] {
  if (stored === null) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** The list with `id` added last (once), the oldest dropped beyond the limit. */
export function withReported(list: readonly string[], id: string, limit = REPORTED_LIMIT): string[] {
  return [...list.filter((known) => known !== id), id].slice(-limit);
}

/** Whether this browser reported the comment. */
export function wasReported(id: string): boolean {
  try {
    return parseReported(window.localStorage.getItem(STORAGE_KEY)).includes(id);
  } catch {
    // Storage disabled (private mode, policies): nothing is remembered.
    return false;
  }
}

/** Remembers that this browser reported the comment. */
export function rememberReported(id: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(withReported(parseReported(window.localStorage.getItem(STORAGE_KEY)), id)));
  } catch {
    // Not remembered; the server still counts the report once per request.
  }
}
