/**
 * An indicator's lineage across terms (forest cover 50% → 53% → 55%): the chain of
 * `previousIndicatorId` links backwards, and forwards the later terms' indicators that name it
 * as their previous one. Pure: it reads frameworks already loaded.
 */

export interface LineageTerm {
  id: string;
  congress: string;
  startYear: number;
  endYear: number;
}

export interface LineageIndicator {
  id: string;
  name: string;
  targetText: string | null;
  previousIndicatorId: string | null;
}

export interface LineageStep {
  term: LineageTerm;
  indicator: LineageIndicator;
  /** The indicator the page is about. */
  current: boolean;
}

/** The steps of `indicatorId`'s lineage, oldest term first; just the indicator itself when it has no links, empty when unknown. */
export function lineageOf(indicatorId: string, frameworks: readonly { term: LineageTerm; indicators: readonly LineageIndicator[] }[]): LineageStep[] {
  const byId = new Map<string, { term: LineageTerm; indicator: LineageIndicator }>();
  for (const framework of frameworks) for (const indicator of framework.indicators) byId.set(indicator.id, { term: framework.term, indicator });
  const start = byId.get(indicatorId);
  if (start === undefined) return [];
  const seen = new Set([indicatorId]);
  const earlier: LineageStep[] = [];
  for (let step = byId.get(start.indicator.previousIndicatorId ?? ''); step !== undefined && !seen.has(step.indicator.id); step = byId.get(step.indicator.previousIndicatorId ?? '')) {
    seen.add(step.indicator.id);
    earlier.unshift({ ...step, current: false });
  }
  const later: LineageStep[] = [];
  for (let id = indicatorId; ;) {
    const next = [...byId.values()].filter((candidate) => candidate.indicator.previousIndicatorId === id && !seen.has(candidate.indicator.id))
      .toSorted((a, b) => a.term.startYear - b.term.startYear)[0];
    if (next === undefined) break;
    seen.add(next.indicator.id);
    later.push({ ...next, current: false });
    id = next.indicator.id;
  }
  return [...earlier, { ...start, current: true }, ...later];
}
