/**
 * Moderation steps and dispositions, pure. A moderator moves a comment between states:
 *
 * | from → to | allowed |
 * |---|---|
 * | new → published, hidden (with a reason), spam | yes |
 * | published → hidden, spam | yes (a reader's report, a second look) |
 * | hidden, spam → published | yes (a mistake undone) |
 * | hidden ↔ spam | yes |
 * | any → new | no: the queue is for comments nobody has looked at |
 * | a state to itself | no (`same_state`), except hidden → hidden with another reason |
 *
 * A disposition: Giải trình and Không tiếp thu need a note (the explanation is the point of
 * the "báo cáo tiếp thu, giải trình"); only Tiếp thu can name the section it changed.
 */
import type { DISPOSITION_PROBLEM_TEXT } from '../vocabulary/index.ts';
import type { Disposition, ModerationState } from './types.ts';

export type ModerationRefusal = 'same_state' | 'not_allowed';

/** Whether a moderator may move a comment from `from` to `to`. */
export function checkModeration(from: ModerationState, to: ModerationState): { ok: true } | { ok: false; refusal: ModerationRefusal } {
  if (to.state === 'new') return { ok: false, refusal: 'not_allowed' };
  if (from.state === to.state) {
    const newReason = from.state === 'hidden' && to.state === 'hidden' && (from.reason !== to.reason || from.note !== to.note);
    return newReason ? { ok: true } : { ok: false, refusal: 'same_state' };
  }
  return { ok: true };
}

export type DispositionProblem = keyof typeof DISPOSITION_PROBLEM_TEXT;

/** The problems of a disposition (none: it can be saved). */
export function dispositionProblems(disposition: Disposition): DispositionProblem[] {
  const problems: DispositionProblem[] = [];
  if (disposition.kind !== 'accepted' && disposition.note.trim() === '') problems.push('note_required');
  if (disposition.kind !== 'accepted' && disposition.changedSectionId !== null) problems.push('changed_section_not_allowed');
  return problems;
}
