/**
 * Which indicators of several terms are the same indicator, for the comparison side by side:
 * first the curated rules (GRDP growth, GRDP per capita, forest cover, poverty, trained
 * labour, new-style rural communes, ...: COMPARISON_RULES, matched on folded names and
 * units), helped by lineage (an indicator whose predecessor or successor in another of the
 * terms was matched is that term's match); then any other lineage that spans two of the
 * terms. A row needs a match in at least two terms: one alone compares with nothing. Pure.
 */
import { foldVietnamese } from '../domain/fold.ts';
import { COMPARISON_RULES, type ComparisonRule } from '../domain/vocabulary/index.ts';

/** What matching needs of an indicator (leaves only: parents carry no figures). */
export interface ComparableIndicator {
  id: string;
  name: string;
  unit: string | null;
  previousIndicatorId: string | null;
}

export interface MatchedRow {
  /** The rule's key, or "lineage" for a row found by lineage alone. */
  key: string;
  name: string;
  unit: string | null;
  /** One per term, in the order given: the matched indicator's id, or null. */
  indicatorIds: (string | null)[];
}

/** Whether the rule names this indicator. */
export function ruleMatches(rule: ComparisonRule, indicator: Pick<ComparableIndicator, 'name' | 'unit'>): boolean {
  const name = foldVietnamese(indicator.name);
  if (!rule.include.some((phrase) => name.includes(phrase))) return false;
  if ((rule.exclude ?? []).some((phrase) => name.includes(phrase))) return false;
  if (rule.units === undefined) return true;
  return indicator.unit !== null && rule.units.includes(foldVietnamese(indicator.unit));
}

/** Lineage classes: indicators joined by previousIndicatorId links among the given ones. */
function lineageClasses(terms: readonly (readonly ComparableIndicator[])[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  const all = terms.flat();
  for (const indicator of all) parent.set(indicator.id, indicator.id);
  for (const indicator of all) {
    const previous = indicator.previousIndicatorId;
    if (previous !== null && parent.has(previous)) parent.set(find(indicator.id), find(previous));
  }
  return new Map(all.map((indicator) => [indicator.id, find(indicator.id)]));
}

/** Matches the same indicators across terms; `terms[i]` lists term i's leaf indicators in framework order. */
export function matchAcrossTerms(terms: readonly (readonly ComparableIndicator[])[]): MatchedRow[] {
  const classOf = lineageClasses(terms);
  const used = new Set<string>();
  const rows: MatchedRow[] = [];
  const take = (picks: (ComparableIndicator | null)[]): (string | null)[] => {
    for (const pick of picks) if (pick !== null) used.add(pick.id);
    return picks.map((pick) => pick?.id ?? null);
  };
  for (const rule of COMPARISON_RULES) {
    const picks = terms.map((indicators) => indicators.find((i) => !used.has(i.id) && ruleMatches(rule, i)) ?? null);
    const classes = new Set(picks.flatMap((pick) => (pick === null ? [] : [classOf.get(pick.id)])));
    const filled = picks.map((pick, t) => pick ?? terms[t]?.find((i) => !used.has(i.id) && classes.has(classOf.get(i.id))) ?? null);
    if (filled.filter((pick) => pick !== null).length >= 2) rows.push({ key: rule.key, name: rule.name, unit: rule.unit, indicatorIds: take(filled) });
  }
  const lastTerm = (picks: (ComparableIndicator | null)[]) => picks.filter((pick) => pick !== null).at(-1) ?? null;
  for (const indicator of terms.flat()) {
    if (used.has(indicator.id)) continue;
    const lineage = classOf.get(indicator.id);
    const picks = terms.map((indicators) => indicators.find((i) => !used.has(i.id) && classOf.get(i.id) === lineage) ?? null);
    const named = lastTerm(picks);
    if (named !== null && picks.filter((pick) => pick !== null).length >= 2) rows.push({ key: 'lineage', name: named.name, unit: named.unit, indicatorIds: take(picks) });
  }
  return rows;
}
