/**
 * A small world for service tests: a province with two departments and a commune, a second
 * province, one user per role, a XIV term with a published framework and open periods.
 */
import type { Indicator, Organisation, Period, Role, Term } from '../../domain/entities.ts';
import { parseTarget } from '../../domain/target-parse.ts';
import {
  addMembership, createIndicator, createIndicatorGroup, createOrganisation, createPeriod, createTerm, createUser, updateIndicator,
  type Executor,
} from '../../store/index.ts';
import { loadActor, type Actor } from '../actor.ts';
import { createDeps, type ServiceConfig, type ServiceDeps } from '../deps.ts';

const SEED = { actorId: null, at: new Date('2024-01-01T00:00:00.000Z') };

/** A clock tests can set. */
export interface TestClock {
  now: () => Date;
  set(iso: string): void;
}

export function testClock(iso: string): TestClock {
  let current = new Date(iso);
  return { now: () => new Date(current), set: (next) => { current = new Date(next); } };
}

export interface Units {
  province: Organisation;
  finance: Organisation;
  health: Organisation;
  commune: Organisation;
  otherProvince: Organisation;
  otherDepartment: Organisation;
}

/** Two provinces; the first with two departments and a commune, the second with one department. */
export async function seedUnits(db: Executor): Promise<Units> {
  const org = (parentId: string | null, kind: Organisation['kind'], name: string, code: string | null = null) =>
    createOrganisation(db, SEED, { parentId, kind, name, code });
  const province = await org(null, 'province', 'Tỉnh Lai Châu', 'LCH');
  const otherProvince = await org(null, 'province', 'Tỉnh Điện Biên', 'DBN');
  return {
    province, otherProvince,
    finance: await org(province.id, 'department', 'Sở Tài chính'),
    health: await org(province.id, 'department', 'Sở Y tế'),
    commune: await org(province.id, 'commune', 'Xã Bản Lang'),
    otherDepartment: await org(otherProvince.id, 'department', 'Sở Tài chính Điện Biên'),
  };
}

/** Creates a user with the given memberships and loads it as an actor. */
export async function userWith(db: Executor, login: string, grants: [Role, Organisation][]): Promise<Actor> {
  const user = await createUser(db, SEED, { login, displayName: login });
  for (const [role, unit] of grants) await addMembership(db, SEED, { userId: user.id, unitId: unit.id, role });
  return loadActor(db, user.id);
}

export interface World extends Units {
  term: Term;
  forest: Indicator;
  poverty: Indicator;
  year2021: Period;
  year2022: Period;
  year2023: Period;
  midTerm: Period;
  actors: {
    admin: Actor; secretariat: Actor; financeReporter: Actor; healthReporter: Actor; communeReporter: Actor;
    leader: Actor; inspector: Actor; publicMember: Actor; otherSecretariat: Actor;
  };
  deps: ServiceDeps;
  clock: TestClock;
}

async function indicator(db: Executor, term: Term, groupId: string, name: string, targetText: string, unit: string, leadUnitId: string, position: number) {
  const target = parseTarget(targetText, { name, unit, termEndYear: term.endYear });
  return createIndicator(db, SEED, { termId: term.id, groupId, name, unit, target, leadUnitId, status: 'published', position });
}

/**
 * The XIV term (2020-2025) with two published indicators: forest cover 53% (lead: health)
 * and the poverty rate "xuống dưới 10%" (lead: finance, supported by the commune); open years
 * 2021-2023 and an open mid-term 2021-2023.
 */
export async function seedWorld(db: Executor, config: Partial<ServiceConfig> = {}): Promise<World> {
  const units = await seedUnits(db);
  const term = await createTerm(db, SEED, { organisationId: units.province.id, congress: 'XIV', startYear: 2020, endYear: 2025 });
  const group = await createIndicatorGroup(db, SEED, { termId: term.id, name: 'Môi trường', position: 1 });
  const forest = await indicator(db, term, group.id, 'Tỷ lệ che phủ rừng', '53%', '%', units.health.id, 1);
  const poverty0 = await indicator(db, term, group.id, 'Tỷ lệ hộ nghèo', 'giảm xuống dưới 10%', '%', units.finance.id, 2);
  const poverty = await updateIndicator(db, SEED, poverty0.id, poverty0.version, { supportingUnitIds: [units.commune.id] });
  const period = (kind: Period['kind'], startYear: number, endYear: number) =>
    createPeriod(db, SEED, { termId: term.id, kind, startYear, endYear, label: startYear === endYear ? `${startYear}` : `${startYear}-${endYear}`, state: 'open' });
  const u = units;
  const actors = {
    admin: await userWith(db, 'admin', [['admin', u.province]]),
    secretariat: await userWith(db, 'secretariat', [['secretariat', u.province]]),
    financeReporter: await userWith(db, 'finance', [['reporter', u.finance]]),
    healthReporter: await userWith(db, 'health', [['reporter', u.health]]),
    communeReporter: await userWith(db, 'commune', [['reporter', u.commune]]),
    leader: await userWith(db, 'leader', [['leader', u.province]]),
    inspector: await userWith(db, 'inspector', [['inspector', u.province]]),
    publicMember: await userWith(db, 'citizen', [['public', u.province]]),
    otherSecretariat: await userWith(db, 'other-secretariat', [['secretariat', u.otherProvince]]),
  };
  const clock = testClock('2024-02-01T03:00:00.000Z');
  return {
    ...units, term, forest, poverty,
    year2021: await period('year', 2021, 2021), year2022: await period('year', 2022, 2022), year2023: await period('year', 2023, 2023),
    midTerm: await period('mid_term', 2021, 2023),
    actors, clock, deps: createDeps(db, { clock: clock.now, config }),
  };
}
