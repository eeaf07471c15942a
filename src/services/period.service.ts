/**
 * Reporting periods of a term: create (a year, the mid-term, the term end), open, close,
 * move the due date, and list them with how many days are left. Admins and the secretariat
 * manage periods; every reading role sees them.
 */
import type { Period, Term } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { createPeriod as storePeriod, listPeriods as storePeriods, updatePeriod, type PeriodPatch } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { daysUntil } from './due-date.ts';
import { parseInput } from './parse-input.ts';
import { CreatePeriodInput, ListPeriodsInput, PeriodInput, SetDueDateInput } from './period.schemas.ts';
import { loadPeriod, loadTerm } from './scopes.ts';

/** A period with its deadline as seen today. */
export interface PeriodStatus extends Period {
  /** Days until the due date (0 on the day, negative when passed); null without a due date. */
  daysUntilDue: number | null;
  /** Open, with its due date passed. */
  overdue: boolean;
}

function checkSpan(term: Term, kind: Period['kind'], startYear: number, endYear: number): void {
  const fail = (detail: string, detailVi: string): never => {
    throw new ResoluteError('invalid_input', `Invalid period: ${detail}`, { detail, detail_vi: detailVi });
  };
  if (startYear > endYear) fail('startYear is after endYear', 'năm bắt đầu (startYear) sau năm kết thúc (endYear)');
  if (kind === 'year' && startYear !== endYear) fail('a year period starts and ends in the same year', 'kỳ báo cáo năm phải bắt đầu và kết thúc trong cùng một năm');
  if (kind !== 'year' && startYear === endYear) fail('a mid-term or term-end period spans several years', 'kỳ báo cáo giữa nhiệm kỳ hoặc cuối nhiệm kỳ phải kéo dài nhiều năm');
  // The term's first year is allowed: it holds the previous term's final figures (the baseline).
  if (startYear < term.startYear || endYear > term.endYear) fail(`the period must lie within the term ${term.startYear}-${term.endYear}`, `kỳ báo cáo phải nằm trong nhiệm kỳ ${term.startYear}-${term.endYear}`);
}

/** Creates a period of a term (closed unless `open`); one per term, kind and span. */
export async function createPeriod(deps: ServiceDeps, actor: Actor, input: CreatePeriodInput): Promise<Period> {
  const args = parseInput(CreatePeriodInput, input);
  const { term, scope } = await loadTerm(deps.db, args.termId);
  assertCan(actor, 'period.manage', scope);
  checkSpan(term, args.kind, args.startYear, args.endYear);
  const label = args.label ?? (args.startYear === args.endYear ? `${args.startYear}` : `${args.startYear}-${args.endYear}`);
  return storePeriod(deps.db, writeContext(deps, actor), {
    termId: term.id, kind: args.kind, startYear: args.startYear, endYear: args.endYear, label,
    state: args.open ? 'open' : 'closed', dueDate: args.dueDate ?? null,
  });
}

async function changePeriod(deps: ServiceDeps, actor: Actor, periodId: string, patch: PeriodPatch): Promise<Period> {
  const { period, scope } = await loadPeriod(deps.db, periodId);
  assertCan(actor, 'period.manage', scope);
  const unchanged = (Object.keys(patch) as (keyof PeriodPatch)[]).every((key) => patch[key] === period[key]);
  if (unchanged) return period;
  return updatePeriod(deps.db, writeContext(deps, actor), periodId, patch);
}

/** Opens a period for entries (nothing changes when it is open already). */
export async function openPeriod(deps: ServiceDeps, actor: Actor, input: PeriodInput): Promise<Period> {
  return changePeriod(deps, actor, parseInput(PeriodInput, input).periodId, { state: 'open' });
}

/** Closes a period: it refuses new entries and edits (nothing changes when it is closed already). */
export async function closePeriod(deps: ServiceDeps, actor: Actor, input: PeriodInput): Promise<Period> {
  return changePeriod(deps, actor, parseInput(PeriodInput, input).periodId, { state: 'closed' });
}

/** Sets or clears a period's due date. */
export async function setDueDate(deps: ServiceDeps, actor: Actor, input: SetDueDateInput): Promise<Period> {
  const args = parseInput(SetDueDateInput, input);
  return changePeriod(deps, actor, args.periodId, { dueDate: args.dueDate });
}

/** The deadline of a period as seen at `now`. */
export function periodStatus(period: Period, now: Date): PeriodStatus {
  const daysUntilDue = period.dueDate === null ? null : daysUntil(period.dueDate, now);
  return { ...period, daysUntilDue, overdue: period.state === 'open' && daysUntilDue !== null && daysUntilDue < 0 };
}

/** A term's periods in time order, each with its deadline as seen now. */
export async function listPeriods(deps: ServiceDeps, actor: Actor, input: ListPeriodsInput): Promise<PeriodStatus[]> {
  const args = parseInput(ListPeriodsInput, input);
  const { term, scope } = await loadTerm(deps.db, args.termId);
  assertCan(actor, 'framework.read', scope);
  const now = deps.clock();
  return (await storePeriods(deps.db, term.id)).map((period) => periodStatus(period, now));
}
