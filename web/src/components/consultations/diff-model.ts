/**
 * The version diff tab's rules, pure: the counts in the order Bổ sung, Lược bỏ, Sửa đổi,
 * Giữ nguyên; a section's heading (the new one, or the old one when it was removed); adjacent
 * pieces of the same kind joined; long unchanged stretches of a changed section shortened to
 * their ends around the edits (shown whole on demand); the link from a disposition to the
 * disposition tab.
 */
import type { z } from 'zod';
import type { VersionDiff as VersionDiffSchema } from '../../../../src/server/schemas/consultation.schemas.ts';
import { SECTION_CHANGE_WORD } from '../../../../src/domain/vocabulary/index.ts';
import { href } from '../../app/router.ts';
import { revisedSectionText, subjectKey } from './disposition-model.ts';

export type VersionDiff = z.output<typeof VersionDiffSchema>;
export type SectionChange = VersionDiff['changes'][number];
export type ChangeKind = SectionChange['change'];
export type DiffPiece = SectionChange['pieces'][number];

/** The change kinds in the order the screen counts them. */
export const CHANGE_KINDS = ['added', 'removed', 'changed', 'unchanged'] as const satisfies readonly ChangeKind[];

/** The counts with their words: "Bổ sung 2", "Lược bỏ 1", … */
export function changeCounts(counts: Partial<Record<ChangeKind, number>>): { kind: ChangeKind; word: string; count: number }[] {
  return CHANGE_KINDS.map((kind) => ({ kind, word: SECTION_CHANGE_WORD[kind], count: counts[kind] ?? 0 }));
}

/** A section change's heading: the new section's label and title, or the old one's when it was removed. */
export function changeHeading(change: SectionChange): string {
  const section = change.after ?? change.before;
  return section === null ? '' : revisedSectionText(section);
}

/** The old heading of a retitled section ("II. Khó khăn"), else null. */
export function formerHeading(change: SectionChange): string | null {
  if (!change.retitled || change.before === null) return null;
  return revisedSectionText(change.before);
}

/** A piece to show: text of one kind, or an unchanged stretch left out (`skipped` characters). */
export type ShownPiece = DiffPiece | { op: 'skip'; skipped: number };

/** Adjacent pieces of the same kind joined; empty pieces dropped. */
export function joinPieces(pieces: readonly DiffPiece[]): DiffPiece[] {
  const joined: DiffPiece[] = [];
  for (const piece of pieces) {
    if (piece.text === '') continue;
    const last = joined.at(-1);
    if (last !== undefined && last.op === piece.op) joined[joined.length - 1] = { op: last.op, text: last.text + piece.text };
    else joined.push({ ...piece });
  }
  return joined;
}

/** Cuts at a space near `at` (looking back up to 20 characters) so that words stay whole. */
function cutNear(text: string, at: number, direction: 'head' | 'tail'): number {
  const window = 20;
  if (direction === 'head') {
    const space = text.lastIndexOf(' ', at);
    return space > at - window && space > 0 ? space : at;
  }
  const space = text.indexOf(' ', at);
  return space !== -1 && space < at + window ? space + 1 : at;
}

/**
 * The pieces with every unchanged stretch longer than `2 × context + 40` characters cut to
 * `context` characters next to the edits around it (the start of a section keeps only its
 * tail, the end only its head), the middle counted as skipped.
 */
export function compactPieces(pieces: readonly DiffPiece[], context = 160): ShownPiece[] {
  const joined = joinPieces(pieces);
  const shown: ShownPiece[] = [];
  joined.forEach((piece, index) => {
    if (piece.op !== 'equal' || piece.text.length <= 2 * context + 40) {
      shown.push(piece);
      return;
    }
    const keepHead = index > 0;
    const keepTail = index < joined.length - 1;
    const headEnd = keepHead ? cutNear(piece.text, context, 'head') : 0;
    const tailStart = keepTail ? cutNear(piece.text, piece.text.length - context, 'tail') : piece.text.length;
    if (headEnd > 0) shown.push({ op: 'equal', text: piece.text.slice(0, headEnd) });
    shown.push({ op: 'skip', skipped: tailStart - headEnd });
    if (tailStart < piece.text.length) shown.push({ op: 'equal', text: piece.text.slice(tailStart) });
  });
  return shown;
}

/** Whether compacting left anything out. */
export const anySkipped = (pieces: readonly ShownPiece[]): boolean => pieces.some((piece) => piece.op === 'skip');

/** The disposition tab with one subject brought into view: "/consultations/ID?tab=disposition&subject=cluster:ID". */
export function dispositionHref(consultationId: string, subject: { kind: 'comment' | 'cluster'; id: string }): string {
  return href(`/consultations/${encodeURIComponent(consultationId)}`, { tab: 'disposition', subject: subjectKey(subject) });
}
