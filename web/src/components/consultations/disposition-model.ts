/**
 * The disposition tab's rules, pure: the subjects (main points and single comments) grouped by
 * the unit of the draft they are about, the "pending only" filter, the editor's values and what
 * stops them from being sent (a Giải trình or Không tiếp thu needs a note; only a Tiếp thu names
 * the changed section of the next version), and the PUT body with the version read.
 */
import type { z } from 'zod';
import type {
  DispositionBoard as DispositionBoardSchema, SetDispositionBody as SetDispositionBodySchema,
} from '../../../../src/server/schemas/consultation.schemas.ts';
import type { DispositionKind } from '../../../../src/domain/consultation/types.ts';
import { unitKey } from './synthesis-model.ts';
import type { ReportUnit } from './synthesis-model.ts';

export type DispositionBoard = z.output<typeof DispositionBoardSchema>;
export type DispositionSubject = DispositionBoard['subjects'][number];
export type DispositionRecord = NonNullable<DispositionSubject['disposition']>;
export type SetDispositionRequest = z.input<typeof SetDispositionBodySchema>;

/** The three kinds in the order the editor offers them. */
export const DISPOSITION_CHOICES = ['accepted', 'explained', 'not_accepted'] as const satisfies readonly DispositionKind[];

/** "cluster:ID" or "comment:ID": a subject's key in the page and in a link's `subject` parameter. */
export function subjectKey(subject: { kind: 'comment' | 'cluster'; id: string }): string {
  return `${subject.kind}:${subject.id}`;
}

/** A key made safe for an element id and an id reference ("section:a b" → "section_a_b"). */
export function domId(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/gu, '_');
}

/** The subjects of one unit, in the server's order. */
export interface SubjectGroup {
  key: string;
  unit: ReportUnit;
  subjects: DispositionSubject[];
}

/** Subjects grouped by unit, units in order of first appearance; with `pendingOnly`, only those without a disposition (and no empty group). */
export function groupSubjects(subjects: readonly DispositionSubject[], pendingOnly: boolean): SubjectGroup[] {
  const groups = new Map<string, SubjectGroup>();
  for (const subject of subjects) {
    if (pendingOnly && subject.disposition !== null) continue;
    const key = unitKey(subject.unit);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { key, unit: subject.unit, subjects: [subject] });
    else group.subjects.push(subject);
  }
  return [...groups.values()];
}

/** What the editor holds. `kind` null until one is chosen. */
export interface DispositionDraft {
  kind: DispositionKind | null;
  note: string;
  changedSectionId: string | null;
}

/** The editor's starting values: the current disposition, or nothing chosen. */
export function draftOf(subject: DispositionSubject): DispositionDraft {
  const record = subject.disposition;
  return record === null
    ? { kind: null, note: '', changedSectionId: null }
    : { kind: record.kind, note: record.note, changedSectionId: record.changedSectionId };
}

/** Whether a kind needs a note: Giải trình and Không tiếp thu say why. */
export const noteRequired = (kind: DispositionKind | null): boolean => kind === 'explained' || kind === 'not_accepted';

/** Why the draft cannot be sent yet, or null. */
export type DispositionProblem = 'kind_required' | 'note_required' | 'unchanged';

/** The first thing that stops the draft from being sent (checked before sending, as the server would). */
export function draftProblem(subject: DispositionSubject, draft: DispositionDraft): DispositionProblem | null {
  if (draft.kind === null) return 'kind_required';
  if (noteRequired(draft.kind) && draft.note.trim() === '') return 'note_required';
  const record = subject.disposition;
  const changed = draft.kind === 'accepted' ? draft.changedSectionId : null;
  if (record !== null && record.kind === draft.kind && record.note === draft.note.trim() && record.changedSectionId === changed) return 'unchanged';
  return null;
}

/**
 * The PUT body for a draft that has no problem: the subject as the server names it, the note
 * trimmed, the changed section only for a Tiếp thu, and the version read (null before any).
 */
export function dispositionBody(subject: DispositionSubject, draft: DispositionDraft & { kind: DispositionKind }): SetDispositionRequest {
  const ref = subject.subject;
  return {
    subject: ref.kind === 'comment' ? { kind: 'comment', commentId: ref.id } : { kind: 'cluster', clusterId: ref.id },
    kind: draft.kind,
    note: draft.note.trim(),
    changedSectionId: draft.kind === 'accepted' ? draft.changedSectionId : null,
    version: subject.disposition?.version ?? null,
  };
}

/** "I. Thuận lợi": a section of the next version as the select lists it. */
export function revisedSectionText(section: { label: string; title: string }): string {
  const label = section.label.trim();
  const title = section.title.trim();
  if (label === '') return title;
  if (title === '') return label;
  return /[.\-):]$/u.test(label) ? `${label} ${title}` : `${label}. ${title}`;
}
