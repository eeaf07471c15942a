/** Small shared setups for the contract cases: a province with units, a term, indicators, periods. */
import type { Indicator, Organisation, Period, Term } from '../../domain/entities.ts';
import type { Target } from '../../domain/target.ts';
import type { Executor } from '../database.ts';
import { createIndicator } from '../indicator.repository.ts';
import { createOrganisation } from '../organisation.repository.ts';
import { createPeriod } from '../period.repository.ts';
import { createTerm } from '../term.repository.ts';
import type { WriteContext } from '../write-context.ts';

/** A write context at a fixed time. */
export function at(iso: string, actorId: string | null = null): WriteContext {
  return { actorId, at: new Date(iso) };
}

export const T0 = at('2024-01-15T08:00:00.000Z');

/** "9-10%/năm": a range target, as the parser produces it. */
export const GRDP_TARGET = {
  kind: 'range',
  text: '9-10%/năm',
  unit: '%',
  basis: null,
  per: 'year',
  year: null,
  direction: 'increase',
  min: 9,
  max: 10,
  minInclusive: true,
  maxInclusive: true,
} satisfies Target;

export interface Province {
  province: Organisation;
  finance: Organisation;
  health: Organisation;
  commune: Organisation;
}

/** A province with two departments and a commune. */
export async function seedProvince(db: Executor, code = 'LCH'): Promise<Province> {
  const province = await createOrganisation(db, T0, { parentId: null, kind: 'province', name: 'Tỉnh Lai Châu', code });
  const child = (name: string, kind: Organisation['kind']): Promise<Organisation> =>
    createOrganisation(db, T0, { parentId: province.id, kind, name });
  return {
    province,
    finance: await child('Sở Tài chính', 'department'),
    health: await child('Sở Y tế', 'department'),
    commune: await child('Xã Bản Lang', 'commune'),
  };
}

export interface Framework extends Province {
  term: Term;
  grdp: Indicator;
  forest: Indicator;
  year2021: Period;
  midTerm: Period;
}

/** The province with a XIV term, two indicators and two periods. */
export async function seedFramework(db: Executor): Promise<Framework> {
  const units = await seedProvince(db);
  const term = await createTerm(db, T0, { organisationId: units.province.id, congress: 'XIV', startYear: 2020, endYear: 2025 });
  const grdp = await createIndicator(db, T0, {
    termId: term.id, name: 'Tốc độ tăng trưởng GRDP', unit: '%', target: GRDP_TARGET, leadUnitId: units.finance.id, position: 1,
  });
  const forest = await createIndicator(db, T0, {
    termId: term.id, name: 'Tỷ lệ che phủ rừng', unit: '%', targetText: '53%', leadUnitId: units.health.id, position: 2,
  });
  const year2021 = await createPeriod(db, T0, { termId: term.id, kind: 'year', startYear: 2021, endYear: 2021, label: 'Năm 2021' });
  const midTerm = await createPeriod(db, T0, { termId: term.id, kind: 'mid_term', startYear: 2021, endYear: 2023, label: '2021-2023' });
  return { ...units, term, grdp, forest, year2021, midTerm };
}
