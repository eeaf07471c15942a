/**
 * The previous term's indicator an indicator descends from (lineage: forest cover 50% → 53%
 * → 55%). It is looked up in the nearest earlier term of the same organisation.
 */
import { useQuery } from '@tanstack/react-query';
import { readFramework } from '../../api/endpoints.ts';
import type { Indicator, Term } from '../../api/types.ts';
import { indicatorHref } from '../../app/links.ts';

export interface PreviousIndicator {
  name: string;
  targetText: string | null;
  link: string;
}

/** The lineage link of `indicator`, or null (none, or still loading, or not readable). */
export function usePreviousIndicator(indicator: Indicator | null, term: Term | null, terms: readonly Term[]): PreviousIndicator | null {
  const wanted = indicator?.previousIndicatorId ?? null;
  const earlier = term === null || wanted === null
    ? null
    : (terms.filter((other) => other.organisationId === term.organisationId && other.startYear < term.startYear).toSorted((a, b) => b.startYear - a.startYear)[0] ?? null);
  const framework = useQuery({ queryKey: ['framework', earlier?.id], queryFn: () => readFramework(earlier?.id ?? ''), enabled: earlier !== null });
  const found = framework.data?.indicators.find((candidate) => candidate.id === wanted);
  if (found === undefined || earlier === null) return null;
  return { name: found.name, targetText: found.targetText, link: indicatorHref({ termId: earlier.id, periodId: null }, found.id) };
}
