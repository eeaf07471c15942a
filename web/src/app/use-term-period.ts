/**
 * The term and period a page shows: from the address (`?term=…&period=…`) when they name
 * readable ones, else the default of term-period.ts. Changing them rewrites the address, so a
 * view can be bookmarked and sent to a colleague.
 */
import { useQueries } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { readDirectory, readPeriods } from '../api/endpoints.ts';
import { DIRECTORY_KEY, useDirectory } from '../api/queries.ts';
import type { PeriodStatus, Term } from '../api/types.ts';
import { href, navigate, useLocation } from './router.ts';
import { defaultPeriod, defaultTerm, pickId, sortPeriods, sortTerms } from './term-period.ts';
import type { PeriodPreference } from './term-period.ts';

/** How many recent terms are looked at for the default (each costs one request). */
const DEFAULT_CANDIDATES = 2;

/** Asks for the directory and the candidate terms' periods at once, while a page's code is still loading. */
export function prefetchTermPeriod(queryClient: QueryClient): void {
  void queryClient
    .fetchQuery({ queryKey: DIRECTORY_KEY, queryFn: readDirectory })
    .then((directory) => {
      for (const term of sortTerms(directory.terms).slice(0, DEFAULT_CANDIDATES)) {
        void queryClient.prefetchQuery({ queryKey: ['periods', term.id], queryFn: () => readPeriods(term.id) });
      }
    })
    .catch(() => undefined);
}

export interface TermPeriod {
  terms: Term[];
  periods: PeriodStatus[];
  term: Term | null;
  period: PeriodStatus | null;
  loading: boolean;
  error: unknown;
  refetch(): void;
  /** Shows another term (at its default period) or period, keeping the page. */
  select(change: { term?: string; period?: string }): void;
}

/** The term and period of the current address, with what the selectors list. */
export function useTermPeriod(prefer: PeriodPreference = 'closed'): TermPeriod {
  const { pathname, params } = useLocation();
  const directory = useDirectory();
  const terms = sortTerms(directory.data?.terms ?? []);
  const wantedTerm = params.get('term');
  const explicit = wantedTerm !== null && terms.some((term) => term.id === wantedTerm) ? wantedTerm : null;
  const candidates = explicit === null ? terms.slice(0, DEFAULT_CANDIDATES) : terms.filter((term) => term.id === explicit);
  const periodQueries = useQueries({
    queries: candidates.map((term) => ({ queryKey: ['periods', term.id], queryFn: () => readPeriods(term.id) })),
  });
  const periodsOf = (termId: string): PeriodStatus[] | undefined => periodQueries[candidates.findIndex((term) => term.id === termId)]?.data;
  const chosen = explicit === null ? defaultTerm(candidates, periodsOf, prefer) : (terms.find((term) => term.id === explicit) ?? null);
  const term = chosen ?? null;
  const periods = sortPeriods(term === null ? [] : (periodsOf(term.id) ?? []));
  const periodId = pickId(periods, params.get('period'), defaultPeriod(periods, prefer));
  const failed = [directory, ...periodQueries].find((query) => query.isError);
  return {
    terms,
    periods,
    term,
    period: periods.find((period) => period.id === periodId) ?? null,
    loading: directory.isPending || chosen === undefined || (term !== null && periodsOf(term.id) === undefined && failed === undefined),
    error: failed?.error ?? null,
    refetch: () => {
      void directory.refetch();
      for (const query of periodQueries) void query.refetch();
    },
    select: (change) => {
      const next = new URLSearchParams(params);
      if (change.term !== undefined) {
        next.set('term', change.term);
        next.delete('period');
      }
      if (change.period !== undefined) next.set('period', change.period);
      navigate(href(pathname, Object.fromEntries(next)), { replace: true });
    },
  };
}
