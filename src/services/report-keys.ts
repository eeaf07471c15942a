/**
 * Friendly names for terms and periods, for people typing commands: a term is its id or its
 * organisation's code and congress ("LCH:XIV"); a period of a term is its id, its kind
 * ("mid_term", "term_end") or a year ("2023": the year period of 2023, else the one period
 * that ends in 2023, such as the mid-term 2021-2023).
 */
import type { Organisation, Period, Term } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { getPeriod, getTerm, listChildren, listDescendants, listPeriods, listTerms } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import type { ServiceDeps } from './deps.ts';
import { loadTerm } from './scopes.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

function notFound(entity: string, id: string): ResoluteError {
  return new ResoluteError('record_not_found', `No ${entity} ${id}`, { entity, id });
}

/** Every organisation, roots first: fine for the command line on a province's data. */
async function allOrganisations(deps: ServiceDeps): Promise<Organisation[]> {
  const roots = await listChildren(deps.db, null);
  const below = await Promise.all(roots.map((root) => listDescendants(deps.db, root.id)));
  return [...roots, ...below.flat()];
}

/** The term a key names: its id, or "CODE:CONGRESS" ("LCH:XIV", any case). */
export async function resolveTermKey(deps: ServiceDeps, actor: Actor, key: string): Promise<Term> {
  const trimmed = key.trim();
  let term: Term | null = null;
  if (UUID.test(trimmed)) {
    term = await getTerm(deps.db, trimmed);
  } else {
    const [code = '', congress = '', ...rest] = trimmed.split(':');
    if (rest.length > 0 || code === '' || congress === '') throw notFound('term', trimmed);
    const organisation = (await allOrganisations(deps)).find((o) => o.code !== null && o.code.toLocaleUpperCase('vi') === code.toLocaleUpperCase('vi'));
    if (organisation !== undefined) {
      term = (await listTerms(deps.db, organisation.id)).find((t) => t.congress.toUpperCase() === congress.toUpperCase()) ?? null;
    }
  }
  if (term === null) throw notFound('term', trimmed);
  assertCan(actor, 'framework.read', (await loadTerm(deps.db, term.id)).scope);
  return term;
}

/** The period of `term` a key names: its id, its kind, or a year. */
export async function resolvePeriodKey(deps: ServiceDeps, actor: Actor, term: Term, key: string): Promise<Period> {
  const trimmed = key.trim();
  assertCan(actor, 'framework.read', (await loadTerm(deps.db, term.id)).scope);
  if (UUID.test(trimmed)) {
    const period = await getPeriod(deps.db, trimmed);
    if (period === null || period.termId !== term.id) throw notFound('period', trimmed);
    return period;
  }
  const periods = await listPeriods(deps.db, term.id);
  const candidates = /^\d{4}$/u.test(trimmed) ? byYear(periods, Number(trimmed)) : periods.filter((p) => p.kind === trimmed);
  const [only, ...others] = candidates;
  if (only === undefined || others.length > 0) throw notFound('period', `${term.congress}:${trimmed}`);
  return only;
}

/** The year period of `year`, else the single period ending that year. */
function byYear(periods: readonly Period[], year: number): Period[] {
  const own = periods.filter((p) => p.kind === 'year' && p.endYear === year);
  return own.length > 0 ? own : periods.filter((p) => p.endYear === year);
}
