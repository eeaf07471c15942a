/**
 * From tasks read out of a document to a draft task tree: the headings above each task
 * (`path`) become area nodes, and unit names as written ("Sở Tài chính, Sở Công Thương") are
 * matched to organisations by folded name, only where one organisation fits. What is not
 * matched is kept as text for the review. Pure: the organisations come in as data.
 */
import { dueOnOrAfter } from '../domain/due-date.ts';
import type { IsoDate } from '../domain/entities.ts';
import { foldVietnamese } from '../domain/fold.ts';
import { findFolded } from '../domain/fold-match.ts';
import type { ExtractedTask, Recurrence, TaskKind } from '../domain/plan.ts';

export interface UnitCandidate {
  id: string;
  name: string;
}

/** A node of the draft tree, in document order; `parentKey` points to an earlier node. */
export interface DraftTaskNode {
  key: string;
  parentKey: string | null;
  number: string | null;
  title: string;
  kind: TaskKind;
  leadUnitId: string | null;
  supportingUnitIds: string[];
  dueDate: IsoDate | null;
  recurrence: Recurrence | null;
  productText: string | null;
  sourceLine: number | null;
  /** Unit texts of the document that matched no single organisation, for the reviewer. */
  unmatchedUnits: string[];
  /** True for a heading made from `path`, not a task of the document. */
  heading: boolean;
}

interface Match {
  id: string;
  start: number;
  end: number;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Organisations named in `text` (longest names first, no overlaps), and the parts of the text left unmatched. */
export function matchUnits(text: string | null, units: readonly UnitCandidate[]): { ids: string[]; unmatched: string[] } {
  if (text === null || text.trim() === '') return { ids: [], unmatched: [] };
  const byName = new Map<string, { name: string; ids: string[] }>();
  for (const unit of units) {
    const key = foldVietnamese(unit.name);
    if (key.length > 0) byName.set(key, { name: unit.name, ids: [...(byName.get(key)?.ids ?? []), unit.id] });
  }
  const taken: Match[] = [];
  for (const [, { name, ids }] of [...byName].sort(([a], [b]) => b.length - a.length)) {
    for (const range of findFolded(text, name)) {
      if (isWordChar(text[range.start - 1]) || isWordChar(text[range.end])) continue;
      if (taken.some((m) => range.start < m.end && range.end > m.start)) continue;
      // Two organisations with the same name: ambiguous, the reviewer decides (id '').
      taken.push({ id: ids.length === 1 ? (ids[0] ?? '') : '', start: range.start, end: range.end });
    }
  }
  let rest = text;
  for (const m of [...taken].sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, m.start)},${rest.slice(m.end)}`;
  const leftovers = rest
    .split(/[,;]/u)
    .map((part) => part.replace(/^[\s.:()-]+|[\s.:()-]+$/gu, ''))
    .filter((part) => /\p{L}{2,}/u.test(part));
  const ambiguous = taken.filter((m) => m.id === '').map((m) => text.slice(m.start, m.end));
  return { ids: [...new Set(taken.map((m) => m.id).filter((id) => id !== ''))], unmatched: [...ambiguous, ...leftovers] };
}

const HEADING = /^\s*((?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ]))\s*[.)/-]\s*(.+)$/iu;

/** "1. Nhiệm vụ trọng tâm" → number "1" and title; a heading without a label keeps its text. */
export function splitHeading(heading: string): { number: string | null; title: string } {
  const match = HEADING.exec(heading);
  return match?.[1] !== undefined && match[2] !== undefined ? { number: match[1], title: match[2].trim() } : { number: null, title: heading.trim() };
}

/**
 * The draft tree of a document's tasks: a sub-item under its item (`parentIndex`), a top
 * item under heading nodes made from its `path`. A task's lead unit is set only when its lead text
 * names exactly one organisation; its supporting units are every organisation named. A
 * recurring duty without a date gets its first due date on or after `today`.
 */
export function buildDraftTree(extracted: readonly ExtractedTask[], units: readonly UnitCandidate[], today: IsoDate): DraftTaskNode[] {
  const nodes: DraftTaskNode[] = [];
  const headings = new Map<string, string>();
  for (const [index, item] of extracted.entries()) {
    // A sub-item sits under its item (whose own headings are already there); a top item under its headings.
    const parentIndex = item.parentIndex ?? null;
    let parentKey: string | null = parentIndex !== null && parentIndex < index ? `t:${parentIndex}` : null;
    const headingDepth = parentKey === null ? item.path.length : 0;
    for (let depth = 0; depth < headingDepth; depth++) {
      const key = `h:${item.path.slice(0, depth + 1).join('\u0000')}`;
      if (!headings.has(key)) {
        const { number, title } = splitHeading(item.path[depth] ?? '');
        nodes.push({
          key, parentKey, number, title, kind: 'regular', leadUnitId: null, supportingUnitIds: [], dueDate: null, recurrence: null,
          productText: null, sourceLine: null, unmatchedUnits: [], heading: true,
        });
        headings.set(key, key);
      }
      parentKey = key;
    }
    const lead = matchUnits(item.leadUnitText, units);
    const supporting = matchUnits(item.supportingUnitsText, units);
    const leadUnitId = lead.ids.length === 1 ? (lead.ids[0] ?? null) : null;
    const unmatched = [...(lead.ids.length > 1 ? [item.leadUnitText ?? ''] : []), ...lead.unmatched, ...supporting.unmatched];
    const dueDate = item.dueDate ?? (item.recurrence === null ? null : dueOnOrAfter(item.recurrence, today));
    nodes.push({
      key: `t:${index}`, parentKey, number: item.number, title: item.title, kind: item.kind, leadUnitId,
      supportingUnitIds: [...new Set([...supporting.ids, ...(lead.ids.length > 1 ? lead.ids : [])])].filter((id) => id !== leadUnitId),
      dueDate, recurrence: item.recurrence, productText: item.productText, sourceLine: item.sourceLine, unmatchedUnits: unmatched,
      heading: false,
    });
  }
  return nodes;
}
