/**
 * Which term and period a screen shows when the address names none. The default is the most
 * recent completed reporting round: a dashboard as of an open period shows half-entered
 * figures, and a new term has none until its first period closes.
 */

interface TermLike {
  id: string;
  startYear: number;
  endYear: number;
}

interface PeriodLike {
  id: string;
  kind: 'year' | 'mid_term' | 'term_end';
  startYear: number;
  endYear: number;
  state: 'open' | 'closed';
}

const KIND_RANK = { year: 0, mid_term: 1, term_end: 2 } as const;

/** Terms, most recent first. */
export function sortTerms<T extends TermLike>(terms: readonly T[]): T[] {
  return terms.toSorted((a, b) => b.startYear - a.startYear || b.endYear - a.endYear || a.id.localeCompare(b.id));
}

/** Periods, latest first: by end year, then the wider round (term end, mid-term, year), then start year. */
export function sortPeriods<P extends PeriodLike>(periods: readonly P[]): P[] {
  return periods.toSorted((a, b) => b.endYear - a.endYear || KIND_RANK[b.kind] - KIND_RANK[a.kind] || b.startYear - a.startYear);
}

/** Which periods a screen prefers: completed rounds (dashboards) or open ones (data entry, review). */
export type PeriodPreference = 'closed' | 'open';

/** The period to show: the latest one in the preferred state, else the latest; null for none. */
export function defaultPeriod<P extends PeriodLike>(periods: readonly P[], prefer: PeriodPreference = 'closed'): P | null {
  const sorted = sortPeriods(periods);
  return sorted.find((period) => period.state === prefer) ?? sorted[0] ?? null;
}

/**
 * The term to show: the most recent one with a period in the preferred state, else the most recent.
 * `periodsOf` gives the periods of a term, or undefined while they load; the choice waits
 * (returns undefined) until the terms it depends on are known.
 */
export function defaultTerm<T extends TermLike>(
  terms: readonly T[],
  periodsOf: (termId: string) => readonly PeriodLike[] | undefined,
  prefer: PeriodPreference = 'closed',
): T | null | undefined {
  const sorted = sortTerms(terms);
  for (const term of sorted) {
    const periods = periodsOf(term.id);
    if (periods === undefined) return undefined;
    if (periods.some((period) => period.state === prefer)) return term;
  }
  return sorted[0] ?? null;
}

/** `wanted` when it is one of `items`, else the fallback's id. */
export function pickId(items: readonly { id: string }[], wanted: string | null, fallback: { id: string } | null | undefined): string | null {
  if (wanted !== null && items.some((item) => item.id === wanted)) return wanted;
  return fallback?.id ?? null;
}
