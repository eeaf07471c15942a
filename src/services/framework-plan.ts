/**
 * Turns the indicators a document reader extracted into a framework to create: groups in
 * document order, and for each numbered item either one indicator or, when the item lists
 * several targets, a parent indicator with one component per target. Pure.
 */
import type { ExtractedIndicator } from '../domain/document.ts';
import type { Indicator } from '../domain/entities.ts';

export type ImportSource = 'auto' | 'target_list' | 'table';

/** An indicator to create: the framework fields of `Indicator`, with its components. */
export interface PlannedIndicator extends Pick<Indicator, 'code' | 'name' | 'unit' | 'targetText' | 'target' | 'direction' | 'baseline'> {
  sourceLine: number;
  components: PlannedIndicator[];
}

export interface PlannedGroup {
  /** The group heading; null for indicators the document puts under no heading. */
  name: string | null;
  indicators: PlannedIndicator[];
}

/** The extracted indicators of the chosen source: 'auto' takes the target lists, or the tables when there is no list. */
export function pickSource(indicators: readonly ExtractedIndicator[], source: ImportSource): ExtractedIndicator[] {
  const listed = indicators.filter((i) => i.source === 'target_list');
  if (source === 'target_list' || (source === 'auto' && listed.length > 0)) return listed;
  return indicators.filter((i) => i.source === 'table');
}

function leaf(extracted: ExtractedIndicator, code: string | null): PlannedIndicator {
  const target = extracted.target ?? null;
  return {
    code,
    name: extracted.name,
    unit: extracted.unit ?? target?.unit ?? null,
    targetText: target?.text ?? null,
    target,
    direction: target?.direction ?? extracted.direction,
    baseline: extracted.baseline ?? null,
    sourceLine: extracted.line,
    components: [],
  };
}

/**
 * A parent's name from its components': "Cơ cấu kinh tế: Dịch vụ" contributes "Cơ cấu kinh
 * tế", the others their own names, each once, in order. The secretariat can rename it.
 */
export function parentName(components: readonly ExtractedIndicator[]): string {
  const heads = components.map((c) => c.subgroup ?? c.name.split(':')[0]?.trim() ?? c.name);
  return [...new Set(heads)].join('; ');
}

/** "(7)" → "7": the bare number, for numbering components "7.1", "7.2". */
function bareCode(code: string): string {
  return code.replace(/^\(|\)$/g, '').replace(/\.$/, '');
}

function planItem(items: readonly ExtractedIndicator[]): PlannedIndicator {
  const first = items[0];
  if (first === undefined) throw new Error('planItem needs at least one indicator');
  if (items.length === 1) return leaf(first, first.code);
  const code = first.code ?? '';
  return {
    code: first.code,
    name: parentName(items),
    unit: null,
    targetText: null,
    target: null,
    direction: 'unknown',
    baseline: null,
    sourceLine: first.line,
    components: items.map((item, i) => leaf(item, code === '' ? null : `${bareCode(code)}.${i + 1}`)),
  };
}

/** Consecutive runs of the same group, then of the same item code (no code: one item each). */
function runs<T>(items: readonly T[], same: (a: T, b: T) => boolean): T[][] {
  const result: T[][] = [];
  for (const item of items) {
    const current = result[result.length - 1];
    const last = current?.[current.length - 1];
    if (current !== undefined && last !== undefined && same(last, item)) current.push(item);
    else result.push([item]);
  }
  return result;
}

/** The groups and indicators to create for a document's extracted indicators. */
export function planFramework(indicators: readonly ExtractedIndicator[], source: ImportSource): PlannedGroup[] {
  const chosen = pickSource(indicators, source);
  const byGroup = runs(chosen, (a, b) => a.group === b.group);
  const groups = new Map<string | null, PlannedIndicator[]>();
  for (const members of byGroup) {
    const items = runs(members, (a, b) => a.code !== null && a.code === b.code);
    const name = members[0]?.group ?? null;
    groups.set(name, [...(groups.get(name) ?? []), ...items.map(planItem)]);
  }
  return [...groups].map(([name, planned]) => ({ name, indicators: planned }));
}
