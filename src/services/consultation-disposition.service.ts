/**
 * What the drafting team did with the comments: for each main point (cluster) or single
 * comment of the synthesis, tiếp thu / giải trình / không tiếp thu with a note and, for a
 * Tiếp thu, the section of the next version it changed (consultation.manage to record;
 * consultation.read to read). And the next version's changes per section, each linked to the
 * comments on the old section and to the dispositions that name the new one.
 */
import type { z } from 'zod';
import type { StoredDisposition } from '../domain/consultation/consultation.ts';
import { dispositionProblems } from '../domain/consultation/moderation.ts';
import { diffOutlines, type SectionChange } from '../domain/consultation/section-diff.ts';
import type { DispositionSubject, Stance } from '../domain/consultation/types.ts';
import { DISPOSITION_PROBLEM_TEXT } from '../domain/vocabulary/index.ts';
import { ResoluteError } from '../domain/errors.ts';
import type { ReportUnit } from '../reports/index.ts';
import { countCommentsByTarget, getComment, listDispositions, setDisposition as storeSet } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import { loadDraft, outlineOf, type Draft } from './consultation-draft.ts';
import { ConsultationInput, SetDispositionInput } from './consultation.schemas.ts';
import { currentSynthesis, type Synthesis } from './consultation-synthesis.service.ts';
import { loadConsultation } from './consultation.service.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { parseInput } from './parse-input.ts';

export interface BoardSubject {
  unit: ReportUnit;
  subject: { kind: 'comment' | 'cluster'; id: string };
  size: number;
  text: string;
  stance: Stance | null;
  disposition: Omit<StoredDisposition, 'subject' | 'consultationId'> | null;
}

export interface DispositionBoard {
  subjects: BoardSubject[];
  pending: number;
  revisedSections: { id: string; label: string; title: string }[] | null;
}

/** Single comments listed per unit on the board (main points are all listed). */
export const SINGLES_PER_UNIT = 200;

function subjectKey(subject: { kind: string; id: string }): string {
  return `${subject.kind}:${subject.id}`;
}

function subjectOf(d: DispositionSubject): { kind: 'comment' | 'cluster'; id: string } {
  return d.kind === 'comment' ? { kind: 'comment', id: d.commentId } : { kind: 'cluster', id: d.clusterId };
}

/** The board's subjects from a synthesis and the stored dispositions. */
export function boardOf(synthesis: Synthesis, dispositions: readonly StoredDisposition[]): BoardSubject[] {
  const byKey = new Map(dispositions.map((d) => [subjectKey(subjectOf(d.subject)), d]));
  const subjects: BoardSubject[] = [];
  const answer = (subject: { kind: 'comment' | 'cluster'; id: string }) => {
    const found = byKey.get(subjectKey(subject));
    if (found === undefined) return null;
    const { subject: _s, consultationId: _c, ...rest } = found;
    return rest;
  };
  for (const unit of synthesis.units) {
    for (const point of unit.mainPoints) {
      const subject = { kind: 'cluster' as const, id: point.clusterId };
      const stance = (Object.entries(point.byStance) as [Stance, number][]).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
      subjects.push({ unit: unit.unit, subject, size: point.size, text: point.representativeText, stance, disposition: answer(subject) });
    }
    for (const single of unit.singles.slice(0, SINGLES_PER_UNIT)) {
      const subject = { kind: 'comment' as const, id: single.id };
      subjects.push({ unit: unit.unit, subject, size: 1, text: single.text, stance: single.stance, disposition: answer(subject) });
    }
  }
  return subjects;
}

/** The disposition board (consultation.read). */
export async function getDispositionBoard(deps: ServiceDeps, actor: Actor, input: z.input<typeof ConsultationInput>): Promise<DispositionBoard> {
  const args = parseInput(ConsultationInput, input);
  const { consultation, scope } = await loadConsultation(deps.db, args.consultationId);
  assertCan(actor, 'consultation.read', scope);
  const synthesis = await currentSynthesis(deps.db, consultation, deps.clock());
  const subjects = boardOf(synthesis, await listDispositions(deps.db, consultation.id));
  const revised = consultation.revisedDocumentId === null ? null : await loadDraft(deps.db, consultation.revisedDocumentId);
  return {
    subjects, pending: subjects.filter((s) => s.disposition === null).length,
    revisedSections: revised === null ? null : revised.sections.map((s) => ({ id: s.id, label: s.label, title: s.title })),
  };
}

function invalid(path: string, detail: string, detailVi: string): ResoluteError {
  return new ResoluteError('invalid_input', `Invalid input: ${path}: ${detail}`, { detail: `${path}: ${detail}`, detail_vi: `${path}: ${detailVi}`, path });
}

/** Records the answer to a main point or a comment (consultation.manage; optimistic version; audited). */
export async function recordDisposition(deps: ServiceDeps, actor: Actor, input: z.input<typeof SetDispositionInput>): Promise<StoredDisposition> {
  const args = parseInput(SetDispositionInput, input);
  const { consultation, scope } = await loadConsultation(deps.db, args.consultationId);
  assertCan(actor, 'consultation.manage', scope);
  const disposition = { subject: args.subject, kind: args.kind, note: args.note, changedSectionId: args.changedSectionId ?? null };
  const problems = dispositionProblems(disposition);
  if (problems.length > 0) {
    const first = problems[0] as keyof typeof DISPOSITION_PROBLEM_TEXT;
    throw invalid(first === 'note_required' ? 'note' : 'changedSectionId', DISPOSITION_PROBLEM_TEXT[first].en, DISPOSITION_PROBLEM_TEXT[first].vi);
  }
  if (args.subject.kind === 'comment') {
    const comment = await getComment(deps.db, args.subject.commentId);
    if (comment === null || comment.consultationId !== consultation.id) throw invalid('subject.commentId', 'not a comment of this consultation', 'không phải ý kiến góp ý của đợt lấy ý kiến này');
  }
  if (disposition.changedSectionId !== null) {
    if (consultation.revisedDocumentId === null) throw invalid('changedSectionId', 'link the next version of the draft first', 'cần liên kết phiên bản tiếp theo của dự thảo trước');
    const revised = await loadDraft(deps.db, consultation.revisedDocumentId);
    if (!revised.sections.some((s) => s.id === disposition.changedSectionId)) throw invalid('changedSectionId', 'not a section of the next version', 'không phải một mục của phiên bản tiếp theo');
  }
  return storeSet(deps.db, writeContext(deps, actor), consultation.id, disposition, args.version);
}

export interface VersionDiffView {
  before: { documentId: string; title: string };
  after: { documentId: string; title: string };
  changes: {
    change: SectionChange['change'];
    before: { id: string; label: string; title: string } | null;
    after: { id: string; label: string; title: string } | null;
    retitled: boolean;
    pieces: { op: 'equal' | 'insert' | 'delete'; text: string }[];
    comments: number;
    dispositions: { subject: { kind: 'comment' | 'cluster'; id: string }; text: string; note: string }[];
  }[];
  counts: Record<SectionChange['change'], number>;
}

const ref = (s: { id: string; label: string; title: string }) => ({ id: s.id, label: s.label, title: s.title });

/** The word pieces of a change: an added section is one insertion, a removed one one deletion. */
function piecesOf(c: SectionChange): { op: 'equal' | 'insert' | 'delete'; text: string }[] {
  switch (c.change) {
    case 'changed':
      return c.diff.pieces;
    case 'added':
      return c.after.text === '' ? [] : [{ op: 'insert', text: c.after.text }];
    case 'removed':
      return c.before.text === '' ? [] : [{ op: 'delete', text: c.before.text }];
    case 'unchanged':
      return [];
  }
}

/** The changes from the draft to its next version, per section, linked to comments and dispositions (consultation.read). */
export async function getVersionDiff(deps: ServiceDeps, actor: Actor, input: z.input<typeof ConsultationInput>): Promise<VersionDiffView> {
  const args = parseInput(ConsultationInput, input);
  const { consultation, scope } = await loadConsultation(deps.db, args.consultationId);
  assertCan(actor, 'consultation.read', scope);
  if (consultation.revisedDocumentId === null) throw new ResoluteError('invalid_state', 'Not possible: no next version is linked yet', { detail: 'no next version is linked yet', detail_vi: 'chưa liên kết phiên bản tiếp theo' });
  const before: Draft = await loadDraft(deps.db, consultation.documentId);
  const after: Draft = await loadDraft(deps.db, consultation.revisedDocumentId);
  const diff = diffOutlines(outlineOf(before), outlineOf(after));
  const comments = await countCommentsByTarget(deps.db, consultation.id, 'published');
  const dispositions = (await listDispositions(deps.db, consultation.id)).filter((d) => d.kind === 'accepted' && d.changedSectionId !== null);
  const synthesis = dispositions.length === 0 ? null : await currentSynthesis(deps.db, consultation, deps.clock());
  const texts = new Map((synthesis === null ? [] : boardOf(synthesis, [])).map((s) => [subjectKey(s.subject), s.text]));
  const changes = diff.changes.map((c) => {
    const old = c.change === 'added' ? null : c.before;
    const next = c.change === 'removed' ? null : c.after;
    return {
      change: c.change, before: old === null ? null : ref(old), after: next === null ? null : ref(next), retitled: c.change === 'changed' ? c.retitled : false,
      pieces: piecesOf(c), comments: old === null ? 0 : (comments[`section:${old.id}`] ?? 0),
      dispositions: next === null ? [] : dispositions.filter((d) => d.changedSectionId === next.id).map((d) => {
        const subject = subjectOf(d.subject);
        return { subject, text: texts.get(subjectKey(subject)) ?? '', note: d.note };
      }),
    };
  });
  return { before: { documentId: before.documentId, title: before.title }, after: { documentId: after.documentId, title: after.title }, changes, counts: diff.counts };
}
