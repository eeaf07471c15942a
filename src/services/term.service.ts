/**
 * Congress terms of an organisation ("XV", 2025-2030). Terms and their reporting periods are
 * managed by the same people (period.manage: admins and the secretariat). Consecutive terms
 * share their boundary year (XIV 2020-2025, XV 2025-2030); anything more is an overlap.
 */
import type { Term } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { createTerm as storeTerm, getOrganisation, listTerms } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { parseInput } from './parse-input.ts';
import { unitScope } from './scopes.ts';
import { CreateTermInput } from './term.schemas.ts';

function invalid(detail: string, detailVi: string, path: string): ResoluteError {
  return new ResoluteError('invalid_input', `Invalid input: ${detail}`, { detail, detail_vi: detailVi, path });
}

/** Whether two terms share more than a boundary year. */
function overlaps(a: { startYear: number; endYear: number }, b: { startYear: number; endYear: number }): boolean {
  return a.startYear < b.endYear && b.startYear < a.endYear;
}

/** Creates a term of an organisation: the end after the start, no overlap with its other terms, one per Congress number. */
export async function createTerm(deps: ServiceDeps, actor: Actor, input: CreateTermInput): Promise<Term> {
  const args = parseInput(CreateTermInput, input);
  const organisation = await getOrganisation(deps.db, args.organisationId);
  if (organisation === null) {
    throw new ResoluteError('record_not_found', `No organisation with id ${args.organisationId}`, { entity: 'organisation', id: args.organisationId });
  }
  assertCan(actor, 'period.manage', await unitScope(deps.db, organisation.id));
  if (args.endYear <= args.startYear) throw invalid('endYear: must be after startYear', 'endYear: năm kết thúc phải sau năm bắt đầu (startYear)', 'endYear');
  const congress = /^[ivxlcdm]+$/i.test(args.congress) ? args.congress.toUpperCase() : args.congress;
  const existing = await listTerms(deps.db, organisation.id);
  const same = existing.find((term) => term.congress === congress);
  if (same !== undefined) {
    throw new ResoluteError('duplicate', `The term ${congress} of ${organisation.name} exists`, { detail: `congress "${congress}"`, detail_vi: `nhiệm kỳ Đại hội "${congress}"`, field: 'congress' });
  }
  const clash = existing.find((term) => overlaps(term, args));
  if (clash !== undefined) throw invalid(
    `startYear: the term overlaps term ${clash.congress} (${clash.startYear}-${clash.endYear})`,
    `startYear: nhiệm kỳ trùng thời gian với nhiệm kỳ Đại hội ${clash.congress} (${clash.startYear}-${clash.endYear})`,
    'startYear',
  );
  return storeTerm(deps.db, writeContext(deps, actor), { organisationId: organisation.id, congress, startYear: args.startYear, endYear: args.endYear });
}
