/**
 * The rows of the import review: a term's draft indicators in document order (groups in
 * order, each parent followed by its components), the edits a person has typed but not saved,
 * and the PATCH body that saves one row (only the fields that changed, with the version read).
 * Pure, so the page's rules are tested without a browser.
 */

/** The fields of an indicator the review reads (the API's Indicator has them). */
export interface ReviewIndicator {
  id: string;
  groupId: string | null;
  parentId: string | null;
  code: string | null;
  name: string;
  unit: string | null;
  targetText: string | null;
  direction: string;
  leadUnitId: string | null;
  status: 'draft' | 'published';
  position: number;
  version: number;
}

export interface ReviewGroup {
  id: string;
  name: string;
  position: number;
}

export type Direction = 'increase' | 'decrease' | 'band' | 'structure' | 'unknown';

/** What the review edits. Text fields hold what is typed; an empty unit or target means none. */
export interface RowEdits {
  name?: string;
  unit?: string;
  targetText?: string;
  /** Chosen by hand; left out, saving a new target stores the direction the parser reads. */
  direction?: Direction;
  groupId?: string | null;
  leadUnitId?: string | null;
}

export interface ReviewSection<I extends ReviewIndicator> {
  /** null: indicators outside any group. */
  group: ReviewGroup | null;
  rows: { indicator: I; depth: 0 | 1 }[];
}

/** The draft indicators by group in the document's order; each parent is followed by its components. */
export function reviewSections<I extends ReviewIndicator>(indicators: readonly I[], groups: readonly ReviewGroup[]): ReviewSection<I>[] {
  const drafts = indicators.filter((indicator) => indicator.status === 'draft').toSorted((a, b) => a.position - b.position);
  const ids = new Set(drafts.map((indicator) => indicator.id));
  const known = new Set(groups.map((group) => group.id));
  const topLevel = drafts.filter((indicator) => indicator.parentId === null || !ids.has(indicator.parentId));
  const rowsOf = (inGroup: (indicator: I) => boolean): ReviewSection<I>['rows'] =>
    topLevel.filter(inGroup).flatMap((indicator) => [
      { indicator, depth: 0 as const },
      ...drafts.filter((component) => component.parentId === indicator.id).map((component) => ({ indicator: component, depth: 1 as const })),
    ]);
  const sections: ReviewSection<I>[] = groups
    .toSorted((a, b) => a.position - b.position)
    .map((group) => ({ group, rows: rowsOf((indicator) => indicator.groupId === group.id) }));
  // Drafts outside any known group come last, in one section.
  const loose = { group: null, rows: rowsOf((indicator) => indicator.groupId === null || !known.has(indicator.groupId)) };
  return [...sections, loose].filter((section) => section.rows.length > 0);
}

/** What is typed in a text field: trimmed, and empty as null. */
function typed(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** The value of a field once the row's edits apply (what the form shows). */
export function currentValues(indicator: ReviewIndicator, edits: RowEdits | undefined): Required<RowEdits> {
  return {
    name: edits?.name ?? indicator.name,
    unit: edits?.unit ?? indicator.unit ?? '',
    targetText: edits?.targetText ?? indicator.targetText ?? '',
    direction: edits?.direction ?? (isDirection(indicator.direction) ? indicator.direction : 'unknown'),
    groupId: edits?.groupId === undefined ? indicator.groupId : edits.groupId,
    leadUnitId: edits?.leadUnitId === undefined ? indicator.leadUnitId : edits.leadUnitId,
  };
}

function isDirection(value: string): value is Direction {
  return ['increase', 'decrease', 'band', 'structure', 'unknown'].includes(value);
}

/** The PATCH body of a row (PATCH /api/indicators/:id): the changed fields with the version read, or null when nothing changed. */
export function patchOf(indicator: ReviewIndicator, edits: RowEdits | undefined): ({ version: number } & Partial<{
  name: string; unit: string | null; targetText: string | null; direction: Direction; groupId: string | null; leadUnitId: string | null;
}>) | null {
  if (edits === undefined) return null;
  const patch: NonNullable<ReturnType<typeof patchOf>> = { version: indicator.version };
  if (edits.name !== undefined && edits.name.trim() !== indicator.name && edits.name.trim() !== '') patch.name = edits.name.trim();
  if (edits.unit !== undefined && typed(edits.unit) !== indicator.unit) patch.unit = typed(edits.unit);
  if (edits.targetText !== undefined && typed(edits.targetText) !== indicator.targetText) patch.targetText = typed(edits.targetText);
  if (edits.direction !== undefined && edits.direction !== indicator.direction) patch.direction = edits.direction;
  if (edits.groupId !== undefined && edits.groupId !== indicator.groupId) patch.groupId = edits.groupId;
  if (edits.leadUnitId !== undefined && edits.leadUnitId !== indicator.leadUnitId) patch.leadUnitId = edits.leadUnitId;
  return Object.keys(patch).length > 1 ? patch : null;
}

/** Whether a row has edits that saving would send. */
export function isUnsaved(indicator: ReviewIndicator, edits: RowEdits | undefined): boolean {
  return patchOf(indicator, edits) !== null;
}

/** Whether the name would be saved empty (the server refuses it; the form says so first). */
export function nameMissing(edits: RowEdits | undefined): boolean {
  return edits?.name !== undefined && edits.name.trim() === '';
}

/** The organisation `rootId` and every unit below it, in the given order: who may lead a term's indicator. */
export function unitsWithin<O extends { id: string; parentId: string | null }>(organisations: readonly O[], rootId: string): O[] {
  const parentOf = new Map(organisations.map((unit) => [unit.id, unit.parentId]));
  const inside = (id: string): boolean => {
    const seen = new Set<string>();
    for (let at: string | null | undefined = id; at !== null && at !== undefined && !seen.has(at); at = parentOf.get(at)) {
      if (at === rootId) return true;
      seen.add(at);
    }
    return false;
  };
  return organisations.filter((unit) => inside(unit.id));
}
