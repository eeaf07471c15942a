/**
 * Loads the demo province into an empty database in one transaction: Tỉnh Lai Châu with
 * its departments and communes, the XIV term with targets and approved figures, the XV
 * term's targets linked to their XIV predecessors, and one demo user per role.
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
import { readDemoData } from './demo-data.ts';
import { storeDemoReport } from './demo-report.ts';
import type { DemoComponent, DemoData, DemoIndicator, DemoTerm } from './demo-data.ts';

/** What was loaded, for the start banner. */
export interface DemoSummary {
  organisations: number;
  indicators: number;
  observations: number;
  users: number;
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

interface Loading {
  trx: Executor;
  ctx: WriteContext;
  units: Map<string, string>;
  summary: DemoSummary;
}

async function loadUnits(load: Loading, data: DemoData): Promise<void> {
  const province = await createOrganisation(load.trx, load.ctx, {
    id: demoId('province'), parentId: null, kind: 'province', name: data.province.name, code: data.province.code,
  });
  load.units.set('province', province.id);
  for (const unit of data.units) {
    const created = await createOrganisation(load.trx, load.ctx, {
      id: demoId(`unit/${unit.key}`), parentId: province.id, kind: unit.kind, name: unit.name, code: unit.code,
    });
    load.units.set(unit.key, created.id);
  }
  load.summary.organisations = data.units.length + 1;
}

function unitId(load: Loading, key: string): string {
  const id = load.units.get(key);
  if (id === undefined) throw new Error(`demo data: unknown unit "${key}"`);
  return id;
}

async function loadUsers(load: Loading, data: DemoData, hashes: readonly string[]): Promise<void> {
  for (const [index, user] of data.users.entries()) {
    const created = await createUser(load.trx, load.ctx, {
      id: demoId(`user/${user.login}`), login: user.login, displayName: user.displayName, passwordHash: hashes[index] ?? null,
    });
    await addMembership(load.trx, load.ctx, { userId: created.id, unitId: unitId(load, user.unit), role: user.role });
  }
  load.summary.users = data.users.length;
}

interface TermScope {
  term: DemoTerm;
  termId: string;
  periods: Map<string, { period: Period; kind: 'estimate' | 'official' }>;
  /** Positions run through the whole term in document order, as an import numbers them: indicators list in framework order. */
  position: number;
}

async function loadFigures(load: Loading, scope: TermScope, component: DemoComponent, indicatorId: string): Promise<void> {
  for (const [periodKey, figure] of Object.entries(component.values)) {
    const found = scope.periods.get(periodKey);
    if (found === undefined) throw new Error(`demo data: unknown period "${periodKey}"`);
    await createObservation(load.trx, load.ctx, {
      id: demoId(`${scope.term.key}/${component.key}/${periodKey}`),
      indicatorId, periodId: found.period.id, unitId: unitId(load, component.lead), kind: found.kind,
      value: figureValue(figure.text), valueText: figure.text, note: figure.status ?? null, state: 'approved',
    });
    load.summary.observations += 1;
  }
}

/** Creates one indicator (with its components, for XIV) and its figures. */
async function loadIndicator(load: Loading, scope: TermScope, groupId: string, item: DemoIndicator): Promise<void> {
  const common = { termId: scope.termId, groupId, status: 'published' as const };
  const target = (text: string, name: string, unit: string | null) => parseTarget(text, { name, unit, termEndYear: scope.term.endYear });
  if (!('components' in item)) {
    await createIndicator(load.trx, load.ctx, {
      ...common, id: demoId(`${scope.term.key}/${item.key}`), code: item.code, name: item.name, unit: item.unit,
      targetText: item.target, target: target(item.target, item.name, item.unit), leadUnitId: unitId(load, item.lead),
      previousIndicatorId: item.previous === undefined ? null : demoId(`XIV/${item.previous}`), position: ++scope.position,
    });
    load.summary.indicators += 1;
    return;
  }
  const parent = await createIndicator(load.trx, load.ctx, {
    ...common, id: demoId(`${scope.term.key}/indicator-${item.code}`), code: item.code, name: item.name, position: ++scope.position,
  });
  for (const component of item.components) {
    const created = await createIndicator(load.trx, load.ctx, {
      ...common, id: demoId(`${scope.term.key}/${component.key}`), parentId: parent.id, code: item.code, name: component.name,
      unit: component.unit, targetText: component.target, target: target(component.target, component.name, component.unit),
      leadUnitId: unitId(load, component.lead), position: ++scope.position,
    });
    await loadFigures(load, scope, component, created.id);
  }
  load.summary.indicators += 1 + item.components.length;
}

async function loadTerm(load: Loading, term: DemoTerm): Promise<void> {
  const created = await createTerm(load.trx, load.ctx, {
    id: demoId(`term/${term.key}`), organisationId: unitId(load, 'province'), congress: term.congress, startYear: term.startYear, endYear: term.endYear,
  });
  const scope: TermScope = { term, termId: created.id, periods: new Map(), position: 0 };
  for (const p of term.periods) {
    const period = await createPeriod(load.trx, load.ctx, {
      id: demoId(`${term.key}/period/${p.key}`), termId: created.id, kind: p.kind, startYear: p.startYear, endYear: p.endYear,
      label: p.label, state: p.state, dueDate: p.dueDate ?? null,
    });
    scope.periods.set(p.key, { period, kind: p.observationKind });
  }
  if (term.periods.some((p) => p.key === 'mid')) {
    // Where the report's figures are, its appendix goes too: the dashboard compares its status words.
    await storeDemoReport(load.trx, load.ctx, { id: demoId(`${term.key}/report`), organisationId: unitId(load, 'province'), termId: created.id }, term);
  }
  for (const [groupIndex, group] of term.groups.entries()) {
    const createdGroup = await createIndicatorGroup(load.trx, load.ctx, {
      id: demoId(`${term.key}/group-${groupIndex + 1}`), termId: created.id, name: group.name, position: groupIndex + 1,
    });
    for (const item of group.indicators) await loadIndicator(load, scope, createdGroup.id, item);
  }
}

/** Loads the demo data in one transaction (all or nothing), written by the system at `now`. */
export async function loadDemo(database: Database, now: Date, data: DemoData = readDemoData()): Promise<DemoSummary> {
  // Hash outside the transaction: scrypt is slow on purpose and must not hold the write lock.
  const hashes = await Promise.all(data.users.map((user) => hashPassword(user.password)));
  return transaction(database.db, async (trx) => {
    const load: Loading = { trx, ctx: { actorId: null, at: now }, units: new Map(), summary: { organisations: 0, indicators: 0, observations: 0, users: 0 } };
    await loadUnits(load, data);
    await loadUsers(load, data, hashes);
    for (const term of data.terms) await loadTerm(load, term);
    return load.summary;
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
