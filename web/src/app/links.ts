/** Addresses of the pages, with the term and period they show. */
import type { StatusFilter } from '../search/indicator-filters.ts';
import { href } from './router.ts';

export interface Scope {
  termId: string | null;
  periodId: string | null;
}

/** The indicator list of a term as of a period, filtered by status and group when given. */
export function indicatorsHref(scope: Scope, filters: { status?: StatusFilter | null; group?: string | null } = {}): string {
  return href('/indicators', { term: scope.termId, period: scope.periodId, status: filters.status ?? null, group: filters.group ?? null });
}

/** One indicator's page. */
export function indicatorHref(scope: Scope, indicatorId: string): string {
  return href(`/indicators/${encodeURIComponent(indicatorId)}`, { term: scope.termId, period: scope.periodId });
}
