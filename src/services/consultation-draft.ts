/**
 * What a consultation's draft offers to comment on, read from the stored document version:
 * its sections (the outline, each with its own text and the heading path from the top) and its
 * targets (the target list the document reader finds in the text), plus the localities a
 * commenter may name (the organisation's province and the communes below it). A document
 * version never changes, so a draft is read once and kept (a small cache by document id).
 */
import type { Consultation } from '../domain/consultation/consultation.ts';
import { sectionIdOf } from '../domain/consultation/consultation.ts';
import type { OutlineSection } from '../domain/consultation/section-diff.ts';
import type { CommentTarget } from '../domain/consultation/types.ts';
import { COMMENT_TARGET_WORD } from '../domain/vocabulary/index.ts';
import { ResoluteError } from '../domain/errors.ts';
import type { StoredDocument } from '../domain/entities.ts';
import { structureText } from '../ingest/read-document.ts';
import { getDocument, getOrganisation, listAncestors, listDescendants, type Executor } from '../store/index.ts';

export interface DraftSection {
  id: string;
  label: string;
  title: string;
  level: number;
  /** Heading labels from the top ("Phần thứ nhất", "I", "2"). */
  path: string[];
  /** The section's own text: its lines up to the next heading. */
  text: string;
}

export interface DraftIndicator {
  id: string;
  code: string | null;
  name: string;
  targetText: string | null;
}

export interface Draft {
  documentId: string;
  title: string;
  sections: DraftSection[];
  indicators: DraftIndicator[];
}

export interface Locality {
  id: string;
  name: string;
  parentId: string | null;
  kind: string;
}

const CACHE_LIMIT = 32;
const drafts = new Map<string, Promise<Draft>>();

/** The draft of a stored document version; `record_not_found` when there is no such document. */
export function loadDraft(db: Executor, documentId: string): Promise<Draft> {
  const cached = drafts.get(documentId);
  if (cached !== undefined) return cached;
  // The promise is kept, not the draft: comments arriving together read and parse the document once.
  const loading = readDraft(db, documentId);
  if (drafts.size >= CACHE_LIMIT) drafts.delete(drafts.keys().next().value as string);
  drafts.set(documentId, loading);
  loading.catch(() => {
    if (drafts.get(documentId) === loading) drafts.delete(documentId);
  });
  return loading;
}

async function readDraft(db: Executor, documentId: string): Promise<Draft> {
  const document = await getDocument(db, documentId);
  if (document === null) throw new ResoluteError('record_not_found', `No document with id ${documentId}`, { entity: 'document', id: documentId });
  return draftOf(document);
}

/** Sections and targets of a document (pure). */
export function draftOf(document: StoredDocument): Draft {
  const sections: DraftSection[] = [];
  const path: { level: number; label: string }[] = [];
  document.sections.forEach((section, i) => {
    while (path.length > 0 && (path.at(-1)?.level ?? 0) >= section.level) path.pop();
    path.push({ level: section.level, label: section.label });
    const next = document.sections[i + 1];
    // `endLine` is where the section's whole span ends; its own text starts after the heading's (possibly joined) line.
    const headingEnd = document.lines.find((l) => l.line === section.line)?.endLine ?? section.line;
    const end = next === undefined ? Number.POSITIVE_INFINITY : next.line;
    const text = document.lines.filter((l) => l.line > headingEnd && l.line < end && l.line <= section.endLine).map((l) => l.text).join('\n');
    sections.push({ id: sectionIdOf(section.line), label: section.label, title: section.title, level: section.level, path: path.map((p) => p.label), text });
  });
  const structured = structureText(document.lines.map((l) => l.text).join('\n'));
  // The reader numbers the lines of the text it was given: line k is the document's k-th clean line.
  // Several targets may stand on one line ("GRDP … đạt 8%; GRDP bình quân đầu người …"): "t51", "t51-2", …
  const onLine = new Map<number, number>();
  const indicators = structured.indicators.map((indicator) => {
    const line = document.lines[indicator.line - 1]?.line ?? indicator.line;
    const n = (onLine.get(line) ?? 0) + 1;
    onLine.set(line, n);
    return { id: n === 1 ? `t${line}` : `t${line}-${n}`, code: indicator.code, name: indicator.name, targetText: indicator.target?.text ?? null };
  });
  return { documentId: document.id, title: document.title ?? document.originalName, sections, indicators };
}

/** The sections as the section diff compares them. */
export function outlineOf(draft: Draft): OutlineSection[] {
  return draft.sections.map((s) => ({ id: s.id, label: s.label, title: s.title, text: s.text }));
}

/** Resolves a submitted target against the draft: the section's path is filled in; `invalid_input` when it is not the draft's. */
export function resolveTarget(draft: Draft, target: { kind: 'draft' } | { kind: 'section'; sectionId: string } | { kind: 'indicator'; indicatorId: string }): CommentTarget {
  if (target.kind === 'draft') return { kind: 'draft' };
  if (target.kind === 'section') {
    const section = draft.sections.find((s) => s.id === target.sectionId);
    if (section === undefined) throw new ResoluteError('invalid_input', `Invalid input: target.sectionId: not a section of the draft`, { detail: 'target.sectionId: not a section of the draft', detail_vi: 'target.sectionId: không phải một mục của dự thảo', path: 'target.sectionId' });
    return { kind: 'section', sectionId: section.id, path: section.path };
  }
  if (!draft.indicators.some((i) => i.id === target.indicatorId)) {
    throw new ResoluteError('invalid_input', `Invalid input: target.indicatorId: not a target of the draft`, { detail: 'target.indicatorId: not a target of the draft', detail_vi: 'target.indicatorId: không phải một chỉ tiêu của dự thảo', path: 'target.indicatorId' });
  }
  return { kind: 'indicator', indicatorId: target.indicatorId };
}

/** A target for people: "Toàn văn dự thảo", "Mục II. Title", "Chỉ tiêu: name". */
export function targetLabel(draft: Draft, target: CommentTarget): string {
  if (target.kind === 'draft') return COMMENT_TARGET_WORD.draft;
  if (target.kind === 'section') {
    const section = draft.sections.find((s) => s.id === target.sectionId);
    return section === undefined ? `${COMMENT_TARGET_WORD.section} ${target.path.join('.')}` : `${COMMENT_TARGET_WORD.section} ${section.label} ${section.title}`.trim();
  }
  const indicator = draft.indicators.find((i) => i.id === target.indicatorId);
  return `${COMMENT_TARGET_WORD.indicator}: ${indicator?.name ?? target.indicatorId}`;
}

/**
 * The localities of a consultation: its organisation's province (the organisation itself, or
 * its nearest province ancestor) and every commune below it.
 */
export async function localitiesOf(db: Executor, consultation: Consultation): Promise<Locality[]> {
  const organisation = await getOrganisation(db, consultation.organisationId);
  if (organisation === null) return [];
  const province = organisation.kind === 'province' ? organisation : (await listAncestors(db, organisation.id)).find((o) => o.kind === 'province') ?? organisation;
  const below = (await listDescendants(db, province.id)).filter((o) => o.kind === 'commune');
  return [province, ...below].map((o) => ({ id: o.id, name: o.name, parentId: o.id === province.id ? null : o.parentId, kind: o.kind }));
}
