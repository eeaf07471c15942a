/**
 * Loads the demo into an empty database in one transaction: a root organisation with a
 * reader of both provinces, then each province of the demo files — Tỉnh Lai Châu (its
 * departments and communes, the XIV term with targets and approved figures, the XV term's
 * targets linked to their XIV predecessors, one user per role), then Tỉnh Điện Biên (its
 * XIII targets and results to 2020, its XIV targets linked to them, a secretariat user); then
 * Lai Châu's XV plan (demo-tasks.ts) and its open consultation on a sample draft (demo-consultation.ts).
 */
import { createHash } from 'node:crypto';
import type { Period } from '../../domain/entities.ts';
import { ResoluteError } from '../../domain/errors.ts';
import { parseTarget } from '../../domain/target-parse.ts';
import { parseVnNumber } from '../../domain/vn-number.ts';
import {
  addMembership, createIndicator, createIndicatorGroup, createObservation, createOrganisation, createPeriod, createTerm,
  createUser, transaction,
} from '../../store/index.ts';
import type { Database, Executor, WriteContext } from '../../store/index.ts';
import { isEmpty } from '../maintenance.service.ts';
import { hashPassword } from '../password-hash.ts';
import { readDemoSet } from './demo-data.ts';
import { loadDemoConsultation } from './demo-consultation.ts';
import { storeDemoReport } from './demo-report.ts';
import { loadDemoTasks } from './demo-tasks.ts';
import type { DemoComponent, DemoData, DemoIndicator, DemoSet, DemoTerm } from './demo-data.ts';

/** What was loaded, for the start banner. */
export interface DemoSummary {
  organisations: number;
  indicators: number;
  observations: number;
  users: number;
  /** Comments of the demo consultation (demo-consultation.ts). */
  comments: number;
}

/**
 * A stable UUID for a demo record ("xiv/grdp-growth"), the same on every install, so
 * links and examples in the documentation keep working.
 */
export function demoId(key: string): string {
  const hex = createHash('sha256').update(`resolute-demo:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A figure as written ("3,91", ">5", "1.000") → its number; the text is kept beside it. */
export function figureValue(text: string): number | null {
  return parseVnNumber(text.replace(/^\s*[<>≤≥]\s*/u, ''));
}

/** The id of the demo's root organisation, above both provinces. */
export const DEMO_ROOT_ID = demoId('root');

interface Loading {
  trx: Executor;
  ctx: WriteContext;
  /** Prefixes the keys of one province's records ("" for the first province, "dien-bien/" after). */
  prefix: string;
  units: Map<string, string>;
  summary: DemoSummary;
}

/** The stable id of a record of the province being loaded. */
function idOf(load: Loading, key: string): string {
  return demoId(`${load.prefix}${key}`);
}

async function loadUnits(load: Loading, data: DemoData, parentId: string): Promise<void> {
  const province = await createOrganisation(load.trx, load.ctx, {
    id: idOf(load, 'province'), parentId, kind: 'province', name: data.province.name, code: data.province.code,
  });
  load.units.set('province', province.id);
  for (const unit of data.units) {
    const created = await createOrganisation(load.trx, load.ctx, {
      id: idOf(load, `unit/${unit.key}`), parentId: province.id, kind: unit.kind, name: unit.name, code: unit.code,
    });
    load.units.set(unit.key, created.id);
  }
  load.summary.organisations += data.units.length + 1;
}

function unitId(load: Loading, key: string): string {
  const id = load.units.get(key);
  if (id === undefined) throw new Error(`demo data: unknown unit "${key}"`);
  return id;
}

async function loadUsers(load: Loading, data: DemoData, hashes: ReadonlyMap<string, string>): Promise<void> {
  for (const user of data.users) {
    const created = await createUser(load.trx, load.ctx, {
      id: idOf(load, `user/${user.login}`), login: user.login, displayName: user.displayName, passwordHash: hashes.get(user.login) ?? null,
    });
    await addMembership(load.trx, load.ctx, { userId: created.id, unitId: unitId(load, user.unit), role: user.role });
  }
  load.summary.users += data.users.length;
}

interface TermScope {
  term: DemoTerm;
  termId: string;
  /** The key of the term before it in the file, which `previous` keys point into. */
  previousTermKey: string | null;
  periods: Map<string, { period: Period; kind: 'estimate' | 'official' }>;
  /** Positions run through the whole term in document order, as an import numbers them: indicators list in framework order. */
  position: number;
}

async function loadFigures(load: Loading, scope: TermScope, component: DemoComponent, indicatorId: string): Promise<void> {
  for (const [periodKey, figure] of Object.entries(component.values)) {
    const found = scope.periods.get(periodKey);
    if (found === undefined) throw new Error(`demo data: unknown period "${periodKey}"`);
    await createObservation(load.trx, load.ctx, {
      id: idOf(load, `${scope.term.key}/${component.key}/${periodKey}`),
      indicatorId, periodId: found.period.id, unitId: unitId(load, component.lead), kind: found.kind,
      value: figureValue(figure.text), valueText: figure.text, note: figure.status ?? null, state: 'approved',
    });
    load.summary.observations += 1;
  }
}

/** The id of the previous term's indicator a `previous` key names. */
function previousId(load: Loading, scope: TermScope, previous: string | undefined): string | null {
  if (previous === undefined) return null;
  if (scope.previousTermKey === null) throw new Error(`demo data: "${previous}" links to a previous term, but ${scope.term.key} is the first`);
  return idOf(load, `${scope.previousTermKey}/${previous}`);
}

/** Creates one indicator (a parent with its components, or a single one) and its figures. */
async function loadIndicator(load: Loading, scope: TermScope, groupId: string, item: DemoIndicator): Promise<void> {
  const common = { termId: scope.termId, groupId, status: 'published' as const };
  const target = (text: string, name: string, unit: string | null) => parseTarget(text, { name, unit, termEndYear: scope.term.endYear });
  if (!('components' in item)) {
    await createIndicator(load.trx, load.ctx, {
      ...common, id: idOf(load, `${scope.term.key}/${item.key}`), code: item.code, name: item.name, unit: item.unit,
      targetText: item.target, target: target(item.target, item.name, item.unit), leadUnitId: unitId(load, item.lead),
      previousIndicatorId: previousId(load, scope, item.previous), position: ++scope.position,
    });
    load.summary.indicators += 1;
    return;
  }
  const parent = await createIndicator(load.trx, load.ctx, {
    ...common, id: idOf(load, `${scope.term.key}/indicator-${item.code}`), code: item.code, name: item.name, position: ++scope.position,
  });
  for (const component of item.components) {
    const created = await createIndicator(load.trx, load.ctx, {
      ...common, id: idOf(load, `${scope.term.key}/${component.key}`), parentId: parent.id, code: item.code, name: component.name,
      unit: component.unit, targetText: component.target, target: target(component.target, component.name, component.unit),
      leadUnitId: unitId(load, component.lead), previousIndicatorId: previousId(load, scope, component.previous), position: ++scope.position,
    });
    await loadFigures(load, scope, component, created.id);
  }
  load.summary.indicators += 1 + item.components.length;
}

async function loadTerm(load: Loading, term: DemoTerm, previousTermKey: string | null): Promise<void> {
  const created = await createTerm(load.trx, load.ctx, {
    id: idOf(load, `term/${term.key}`), organisationId: unitId(load, 'province'), congress: term.congress, startYear: term.startYear, endYear: term.endYear,
  });
  const scope: TermScope = { term, termId: created.id, previousTermKey, periods: new Map(), position: 0 };
  for (const p of term.periods) {
    const period = await createPeriod(load.trx, load.ctx, {
      id: idOf(load, `${term.key}/period/${p.key}`), termId: created.id, kind: p.kind, startYear: p.startYear, endYear: p.endYear,
      label: p.label, state: p.state, dueDate: p.dueDate ?? null,
    });
    scope.periods.set(p.key, { period, kind: p.observationKind });
  }
  if (term.periods.some((p) => p.key === 'mid')) {
    // Where the report's figures are, its appendix goes too: the dashboard compares its status words.
    await storeDemoReport(load.trx, load.ctx, { id: idOf(load, `${term.key}/report`), organisationId: unitId(load, 'province'), termId: created.id }, term);
  }
  for (const [groupIndex, group] of term.groups.entries()) {
    const createdGroup = await createIndicatorGroup(load.trx, load.ctx, {
      id: idOf(load, `${term.key}/group-${groupIndex + 1}`), termId: created.id, name: group.name, position: groupIndex + 1,
    });
    for (const item of group.indicators) await loadIndicator(load, scope, createdGroup.id, item);
  }
}

/** One province under the root: its units, users and terms (each term's `previous` keys point into the one before it). */
async function loadProvince(load: Loading, data: DemoData, hashes: ReadonlyMap<string, string>): Promise<void> {
  await loadUnits(load, data, DEMO_ROOT_ID);
  await loadUsers(load, data, hashes);
  for (const [index, term] of data.terms.entries()) await loadTerm(load, term, data.terms[index - 1]?.key ?? null);
}

/** The root organisation and the users who hold a role there. */
async function loadRoot(trx: Executor, ctx: WriteContext, demo: DemoSet, hashes: ReadonlyMap<string, string>, summary: DemoSummary): Promise<void> {
  const { organisation, users } = demo.root;
  await createOrganisation(trx, ctx, { id: DEMO_ROOT_ID, parentId: null, kind: 'nation', name: organisation.name, code: organisation.code });
  for (const user of users) {
    const created = await createUser(trx, ctx, { id: demoId(`user/${user.login}`), login: user.login, displayName: user.displayName, passwordHash: hashes.get(user.login) ?? null });
    await addMembership(trx, ctx, { userId: created.id, unitId: DEMO_ROOT_ID, role: user.role });
  }
  summary.organisations += 1;
  summary.users += users.length;
}

/** Loads the demo data in one transaction (all or nothing), written by the system at `now`. */
export async function loadDemo(database: Database, now: Date, demo: DemoSet = readDemoSet()): Promise<DemoSummary> {
  // Hash outside the transaction: scrypt is slow on purpose and must not hold the write lock.
  const users = [...demo.root.users, ...demo.provinces.flatMap((data) => data.users)];
  const hashes = new Map(await Promise.all(users.map(async (user) => [user.login, await hashPassword(user.password)] as const)));
  return transaction(database.db, async (trx) => {
    const ctx = { actorId: null, at: now };
    const summary: DemoSummary = { organisations: 0, indicators: 0, observations: 0, users: 0, comments: 0 };
    await loadRoot(trx, ctx, demo, hashes, summary);
    for (const data of demo.provinces) {
      const prefix = data.province.key === undefined ? '' : `${data.province.key}/`;
      await loadProvince({ trx, ctx, prefix, units: new Map(), summary }, data, hashes);
    }
    // Lai Châu's XV plan and its tasks (demo-tasks.ts), dated from `now` so some are due soon and one is overdue.
    const ids = { id: demoId, unit: (key: string) => demoId(key === 'province' ? key : `unit/${key}`) };
    await loadDemoTasks(trx, ctx, ids);
    // Lai Châu's open consultation on its sample draft political report, its comments dated from `now`.
    summary.comments = await loadDemoConsultation(trx, ctx, ids);
    return summary;
  });
}

/** True when the database holds the demo province (loaded now or on an earlier start). */
export async function hasDemo(database: Database): Promise<boolean> {
  const row = await database.db.selectFrom('organisations').select('id').where('id', '=', demoId('province')).executeTakeFirst();
  return row !== undefined;
}

/**
 * Loads the demo when the database is empty; returns null (and changes nothing) otherwise.
 * Two servers starting together on one empty database both try; the demo's fixed ids make
 * the second one's transaction fail as a duplicate, which means "already loaded".
 */
export async function loadDemoIfEmpty(database: Database, now: Date): Promise<DemoSummary | null> {
  if (!(await isEmpty(database))) return null;
  try {
    return await loadDemo(database, now);
  } catch (error) {
    if (error instanceof ResoluteError && error.code === 'duplicate') return null;
    throw error;
  }
}
