/**
 * The filters of the indicator list, kept in the page address so that every count on the
 * dashboard can link to the indicators behind it ("/indicators?status=at_risk&group=…").
 */
import type { StatusCode } from '../../../src/domain/vocabulary/index.ts';
import { STATUS_ORDER } from '../../../src/domain/vocabulary/index.ts';
import { matchesQuery } from './fold.ts';

/** 'none': indicators the evaluation left without a status. */
export type StatusFilter = StatusCode | 'none';

export interface IndicatorFilters {
  q: string;
  /** A group's name; null is every group. */
  group: string | null;
  status: StatusFilter | null;
  /** The lead unit's id. */
  unit: string | null;
}

/** What a filter looks at in an indicator. */
export interface IndicatorFacts {
  code: string | null;
  name: string;
  group: string | null;
  status: StatusCode | null;
  leadUnitId: string | null;
}

export const NO_FILTERS: IndicatorFilters = { q: '', group: null, status: null, unit: null };

function statusFilter(text: string | null): StatusFilter | null {
  if (text === 'none') return 'none';
  return STATUS_ORDER.find((code) => code === text) ?? null;
}

/** The filters written in a query string; unknown values are ignored. */
export function parseFilters(params: URLSearchParams): IndicatorFilters {
  const text = (name: string): string | null => {
    const value = params.get(name);
    return value === null || value.trim() === '' ? null : value;
  };
  return { q: params.get('q') ?? '', group: text('group'), status: statusFilter(params.get('status')), unit: text('unit') };
}

/** Writes the filters into `params` (removing the empty ones) and returns it. */
export function writeFilters(params: URLSearchParams, filters: IndicatorFilters): URLSearchParams {
  const set = (name: string, value: string | null): void => {
    if (value === null || value === '') params.delete(name);
    else params.set(name, value);
  };
  set('q', filters.q.trim() === '' ? null : filters.q);
  set('group', filters.group);
  set('status', filters.status);
  set('unit', filters.unit);
  return params;
}

/** True when the indicator passes every filter; the search looks at the code and the name. */
export function matchesFilters(facts: IndicatorFacts, filters: IndicatorFilters): boolean {
  if (filters.group !== null && facts.group !== filters.group) return false;
  if (filters.status === 'none' ? facts.status !== null : filters.status !== null && facts.status !== filters.status) return false;
  if (filters.unit !== null && facts.leadUnitId !== filters.unit) return false;
  return matchesQuery(`${facts.code ?? ''} ${facts.name}`, filters.q);
}
