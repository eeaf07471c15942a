/**
 * Pure helpers of the consultation screens: a consultation's period in Vietnam time
 * ("08:00 01/12/2026 – 17:00 20/12/2026"), the targets a comment can be about and the
 * localities as choices (in tree order, with their depth), and the target a choice stands for.
 */
import { vietnamParts } from '../../../../src/domain/consultation/consultation-window.ts';
import { formatVnDate } from '../../../../src/domain/vn-date.ts';
import { COMMENT_TARGET_WORD } from '../../../../src/domain/vocabulary/consultation.ts';
import type { DraftIndicator, DraftSection, Locality, OfflineComment } from '../../api/consultations.ts';
import { indicatorLabel } from '../../format/format.ts';

/** "08:00 01/12/2026": an instant in Vietnam time. */
export function vietnamMoment(instant: string): string {
  const { date, time } = vietnamParts(instant);
  return `${time} ${formatVnDate(date)}`;
}

/** "08:00 01/12/2026 – 17:00 20/12/2026": when a consultation takes comments, in Vietnam time. */
export function periodText(opensAt: string, closesAt: string): string {
  return `${vietnamMoment(opensAt)} – ${vietnamMoment(closesAt)}`;
}

/** The colour of each consultation state's tag: dark enough for white text (4.5:1), as the app's status colours. */
export const STATE_COLOR = { upcoming: '#0958d9', open: '#237804', closed: '#595959' } as const;

/** The colour of each moderation state's tag (white text). */
export const MODERATION_COLOR = { new: '#8c6100', published: '#237804', hidden: '#595959', spam: '#a8071a' } as const;

/** The colour of each stance's tag (white text). */
export const STANCE_COLOR = { agree: '#237804', disagree: '#a8071a', partly: '#8c6100' } as const;

/** The colour of the "reported" tag (white text). */
export const REPORTED_COLOR = '#c2410c';

/** A choice of a select: its value, its text and how deep it sits (for indenting). */
export interface Choice {
  value: string;
  label: string;
  depth: number;
}

/** "I. Mục tiêu", "Phần thứ nhất. Đánh giá", "1) Kinh tế": a section as the draft labels it. */
export function sectionLabel(section: Pick<DraftSection, 'label' | 'title'>): string {
  const label = section.label.trim();
  const title = section.title.trim();
  if (label === '') return title;
  if (title === '') return label;
  return /[.):]$/u.test(label) ? `${label} ${title}` : `${label}. ${title}`;
}

/** What a comment can be about: the whole draft, then the sections in order, then the indicators. */
export function targetChoices(sections: readonly DraftSection[], indicators: readonly DraftIndicator[]): Choice[] {
  const top = Math.min(...sections.map((section) => section.level), 1);
  return [
    { value: 'draft', label: COMMENT_TARGET_WORD.draft, depth: 0 },
    ...sections.map((section) => ({ value: `section:${section.id}`, label: sectionLabel(section), depth: Math.max(0, section.level - top) })),
    ...indicators.map((indicator) => ({ value: `indicator:${indicator.id}`, label: `${COMMENT_TARGET_WORD.indicator}: ${indicatorLabel(indicator.code, indicator.name)}`, depth: 0 })),
  ];
}

/** The target a choice's value stands for ("draft", "section:ID", "indicator:ID"); null for anything else. */
export function targetOf(value: string): OfflineComment['target'] | null {
  if (value === 'draft') return { kind: 'draft' };
  const match = /^(section|indicator):(.+)$/u.exec(value);
  if (match === null || match[2] === undefined) return null;
  return match[1] === 'section' ? { kind: 'section', sectionId: match[2] } : { kind: 'indicator', indicatorId: match[2] };
}

/**
 * The localities in tree order (each under its parent, siblings as listed), with their depth;
 * one whose parent is missing is a root. A cycle cannot hang it: each locality is placed once.
 */
export function localityChoices(localities: readonly Locality[]): Choice[] {
  const known = new Set(localities.map((locality) => locality.id));
  const children = new Map<string | null, Locality[]>();
  for (const locality of localities) {
    const parent = locality.parentId !== null && known.has(locality.parentId) && locality.parentId !== locality.id ? locality.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), locality]);
  }
  const placed = new Set<string>();
  const out: Choice[] = [];
  const walk = (parent: string | null, depth: number): void => {
    for (const locality of children.get(parent) ?? []) {
      if (placed.has(locality.id)) continue;
      placed.add(locality.id);
      out.push({ value: locality.id, label: locality.name, depth });
      walk(locality.id, depth + 1);
    }
  };
  walk(null, 0);
  // Localities only reachable through a cycle: listed at the end rather than lost.
  for (const locality of localities) if (!placed.has(locality.id)) out.push({ value: locality.id, label: locality.name, depth: 0 });
  return out;
}

/** A choice's label indented by its depth with em spaces (select options are plain text). */
export function indented(choice: Choice): string {
  return `${'\u2003'.repeat(choice.depth)}${choice.label}`;
}

/** A stored document as the draft choosers list it. */
export interface DocumentLike {
  id: string;
  kind: string;
  title: string | null;
  originalName: string;
  date: string | null;
  createdAt: string;
}

/** Documents to choose a draft from: drafts first, then the rest; newest first within each (as the server lists them). */
export function draftsFirst<T extends DocumentLike>(documents: readonly T[]): T[] {
  return [...documents.filter((document) => document.kind === 'draft'), ...documents.filter((document) => document.kind !== 'draft')];
}
