/**
 * The lineage of an indicator across the terms of its organisation (forest cover 50% → 53% →
 * 55%): every such term's framework is read (a few terms, cached and shared with other pages)
 * and the chain is followed by `lineageOf`.
 */
import { useQueries } from '@tanstack/react-query';
import { readFramework } from '../../api/endpoints.ts';
import type { Indicator, Term } from '../../api/types.ts';
import { lineageOf } from '../../framework/lineage.ts';
import type { LineageStep } from '../../framework/lineage.ts';

/** The steps of `indicator`'s lineage, oldest first, over the frameworks loaded so far (empty while none is). */
export function useLineage(indicator: Indicator | null, term: Term | null, terms: readonly Term[]): LineageStep[] {
  const related = term === null ? [] : terms.filter((other) => other.organisationId === term.organisationId);
  const frameworks = useQueries({
    queries: related.map((other) => ({ queryKey: ['framework', other.id], queryFn: () => readFramework(other.id) })),
  });
  const loaded = frameworks.flatMap((query) => (query.data === undefined ? [] : [{ term: query.data.term, indicators: query.data.indicators }]));
  return indicator === null ? [] : lineageOf(indicator.id, loaded);
}
