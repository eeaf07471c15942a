/**
 * What the reports page asks for, kept in the address (so a report can be bookmarked and sent
 * to a colleague): the report, the term, one or two as-of periods, the extra columns, and the
 * terms compared across provinces. Also the defaults the page fills in and the request the
 * choices make. Pure: tested without a browser.
 */
import { REPORT_KINDS } from '../../api/reports.ts';
import type { ReportKind, ReportRequest } from '../../api/reports.ts';
import { defaultPeriod, sortPeriods, sortTerms } from '../../app/term-period.ts';

/** A term compared across provinces, with the period its figures come from (null: its latest closed one). */
export interface ComparedTerm {
  termId: string;
  periodId: string | null;
}

export interface ReportChoices {
  kind: ReportKind;
  /** The term of the appendix, the summary or the term comparison; null: the default. */
  termId: string | null;
  /** The as-of period (null: the default) and an optional second one. */
  periodId: string | null;
  period2Id: string | null;
  nextTarget: boolean;
  note: boolean;
  /** The terms compared across provinces; null: not chosen yet, so the default applies. */
  compared: ComparedTerm[] | null;
}

/** The address's parameter names. `term` and `period` are the ones every page shares. */
const PARAM = { kind: 'report', term: 'term', period: 'period', period2: 'period2', next: 'next', note: 'note', compared: 'cmp' } as const;

const isKind = (value: string | null): value is ReportKind => REPORT_KINDS.some((kind) => kind === value);

/** The choices written in the address; anything missing or unknown is left to the defaults. */
export function readChoices(params: URLSearchParams): ReportChoices {
  const kind = params.get(PARAM.kind);
  const given = params.getAll(PARAM.compared);
  const compared = given.length === 0 ? null : given.filter((value) => value !== '').map(parseCompared);
  return {
    kind: isKind(kind) ? kind : 'appendix',
    termId: params.get(PARAM.term) || null,
    periodId: params.get(PARAM.period) || null,
    period2Id: params.get(PARAM.period2) || null,
    nextTarget: params.get(PARAM.next) === '1',
    note: params.get(PARAM.note) === '1',
    compared,
  };
}

/** "termId" or "termId:periodId" (ids are UUIDs, which have no colon). */
function parseCompared(value: string): ComparedTerm {
  const at = value.indexOf(':');
  return at < 0 ? { termId: value, periodId: null } : { termId: value.slice(0, at), periodId: value.slice(at + 1) || null };
}

/** The address's parameters with the report's choices replaced (other parameters kept). */
export function writeChoices(params: URLSearchParams, choices: ReportChoices): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.values(PARAM)) next.delete(name);
  if (choices.kind !== 'appendix') next.set(PARAM.kind, choices.kind);
  if (choices.termId !== null) next.set(PARAM.term, choices.termId);
  if (choices.periodId !== null) next.set(PARAM.period, choices.periodId);
  if (choices.period2Id !== null) next.set(PARAM.period2, choices.period2Id);
  if (choices.nextTarget) next.set(PARAM.next, '1');
  if (choices.note) next.set(PARAM.note, '1');
  if (choices.compared !== null) {
    // An empty choice is kept as one empty value, so that it does not fall back to the default.
    if (choices.compared.length === 0) next.append(PARAM.compared, '');
    for (const term of choices.compared) next.append(PARAM.compared, term.periodId === null ? term.termId : `${term.termId}:${term.periodId}`);
  }
  return next;
}

interface TermLike {
  id: string;
  organisationId: string;
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

/** The terms that can be compared with the term before them (an earlier term of the same organisation), most recent first. */
export function termsWithPrevious<T extends TermLike>(terms: readonly T[]): T[] {
  return sortTerms(terms).filter((term) => terms.some((other) => other.organisationId === term.organisationId && other.startYear < term.startYear));
}

/**
 * The terms compared across provinces by default: the most recent term window (same start and
 * end years) that two or more organisations share, one term each, ordered by `nameOf` the
 * organisation. None when no window is shared.
 */
export function defaultComparedTerms<T extends TermLike>(terms: readonly T[], nameOf: (organisationId: string) => string): T[] {
  for (const term of sortTerms(terms)) {
    const window = terms.filter((other) => other.startYear === term.startYear && other.endYear === term.endYear);
    const perOrganisation = [...new Map(window.map((other) => [other.organisationId, other])).values()];
    if (perOrganisation.length >= 2) return perOrganisation.sort((a, b) => nameOf(a.organisationId).localeCompare(nameOf(b.organisationId), 'vi'));
  }
  return [];
}

/**
 * The as-of periods of the appendix and the summary: the chosen one and the optional second,
 * each only when it is a period of the term, without repeats, in time order.
 */
export function asOfPeriods<P extends PeriodLike>(periods: readonly P[], periodId: string | null, period2Id: string | null): P[] {
  const chosen = [periodId, period2Id].flatMap((id) => periods.filter((period) => period.id === id));
  return sortPeriods([...new Set(chosen)]).reverse();
}

/**
 * The comparison across provinces to ask for: null with fewer than two terms; undefined while
 * a term's periods are still needed (a period was chosen for some term, so every term must be
 * given one: the others get their latest closed period, as the server would choose).
 */
export function compareOrgsRequest(compared: readonly ComparedTerm[], periodsOf: (termId: string) => readonly PeriodLike[] | undefined): ReportRequest | null | undefined {
  if (compared.length < 2) return null;
  const termIds = compared.map((term) => term.termId);
  if (compared.every((term) => term.periodId === null)) return { kind: 'compare-orgs', termIds, asOf: null };
  const asOf: string[] = [];
  for (const term of compared) {
    if (term.periodId !== null) {
      asOf.push(term.periodId);
      continue;
    }
    const periods = periodsOf(term.termId);
    if (periods === undefined) return undefined;
    const fallback = defaultPeriod(periods);
    if (fallback === null) return null;
    asOf.push(fallback.id);
  }
  return { kind: 'compare-orgs', termIds, asOf };
}
