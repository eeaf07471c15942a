/**
 * The authorization matrix: every role against every permission, in scope and out of scope,
 * with actors and scopes loaded from a real database on both engines.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ANONYMOUS_ACTOR, loadActor, SYSTEM_ACTOR, type Actor } from './actor.ts';
import { assertCan, can, PERMISSIONS, type Permission, type Scope } from './authorization.ts';
import { unitScope } from './scopes.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedUnits, userWith } from './testing/fixtures.ts';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { createUser, updateUser } from '../store/index.ts';

type ScopeName = 'P' | 'FA' | 'FU' | 'H' | 'Q';
type ActorName = 'admin' | 'secretariat' | 'reporter' | 'leader' | 'inspector' | 'public' | 'anonymous';

/**
 * P: the province; FA: the finance department, for an indicator assigned to it; FU: finance,
 * for an indicator assigned elsewhere; H: the health department (its own indicator); Q: another province.
 * Every actor but the reporter (finance) holds its role at the province.
 */
const ALL_P: ScopeName[] = ['P', 'FA', 'FU', 'H'];
const EXPECTED: Record<Permission, Partial<Record<ActorName, ScopeName[]>>> = {
  'organisation.manage': { admin: ALL_P },
  'user.manage': { admin: ALL_P },
  'period.manage': { admin: ALL_P, secretariat: ALL_P },
  'document.import': { secretariat: ALL_P },
  'framework.read': { admin: ALL_P, secretariat: ALL_P, leader: ALL_P, inspector: ALL_P, reporter: ['P', 'FA', 'FU'] },
  'framework.edit': { secretariat: ALL_P },
  'observation.read': { secretariat: ALL_P, leader: ALL_P, inspector: ALL_P, reporter: ['FA', 'FU'] },
  'observation.edit': { reporter: ['FA'] },
  'observation.submit': { reporter: ['FA'] },
  'observation.review': { secretariat: ALL_P },
  'evaluation.read': { secretariat: ALL_P, leader: ALL_P, inspector: ALL_P },
  'audit.read.framework': { secretariat: ALL_P, inspector: ALL_P },
  'audit.read.collection': { secretariat: ALL_P, inspector: ALL_P },
  'audit.read.accounts': { admin: ALL_P, inspector: ALL_P },
  // A task scope is its lead unit with the lead and supporting units assigned: FA is a task finance leads or supports, FU one it does not.
  'task.read': { secretariat: ALL_P, leader: ALL_P, inspector: ALL_P, reporter: ['FA'] },
  'task.update': { reporter: ['FA'] },
  'task.comment': { secretariat: ALL_P, reporter: ['FA'] },
  'task.manage': { secretariat: ALL_P },
  'audit.read.tasks': { secretariat: ALL_P, inspector: ALL_P },
  // A consultation's scope is its organisation: a unit's reporter enters comments into its province's consultation (P) and its own.
  'consultation.read': { secretariat: ALL_P, leader: ALL_P, inspector: ALL_P },
  'consultation.manage': { secretariat: ALL_P },
  'consultation.moderate': { secretariat: ALL_P },
  'consultation.enter': { secretariat: ALL_P, reporter: ['P', 'FA', 'FU'] },
  'audit.read.consultations': { secretariat: ALL_P, inspector: ALL_P },
};
const ACTOR_NAMES: ActorName[] = ['admin', 'secretariat', 'reporter', 'leader', 'inspector', 'public', 'anonymous'];
const SCOPE_NAMES: ScopeName[] = ['P', 'FA', 'FU', 'H', 'Q'];

test('the matrix names every permission, and only those', () => {
  assert.deepEqual(Object.keys(EXPECTED).sort(), [...PERMISSIONS].sort());
});

await onBothEngines('authorization', (engine) => {
  test('every role × permission × scope is allowed exactly where the matrix says', () =>
    withDatabase(engine, async ({ db }) => {
      const u = await seedUnits(db);
      const actors: Record<ActorName, Actor> = {
        admin: await userWith(db, 'admin', [['admin', u.province]]),
        secretariat: await userWith(db, 'secretariat', [['secretariat', u.province]]),
        reporter: await userWith(db, 'reporter', [['reporter', u.finance]]),
        leader: await userWith(db, 'leader', [['leader', u.province]]),
        inspector: await userWith(db, 'inspector', [['inspector', u.province]]),
        public: await userWith(db, 'citizen', [['public', u.province]]),
        anonymous: ANONYMOUS_ACTOR,
      };
      const finance = await unitScope(db, u.finance.id);
      const scopes: Record<ScopeName, Scope> = {
        P: await unitScope(db, u.province.id),
        FA: { ...finance, assignedUnitIds: [u.finance.id] },
        FU: { ...finance, assignedUnitIds: [u.health.id] },
        H: { ...(await unitScope(db, u.health.id)), assignedUnitIds: [u.health.id] },
        Q: await unitScope(db, u.otherProvince.id),
      };
      const mismatches: string[] = [];
      let checked = 0;
      for (const permission of PERMISSIONS) {
        for (const actorName of ACTOR_NAMES) {
          for (const scopeName of SCOPE_NAMES) {
            const expected = (EXPECTED[permission][actorName] ?? []).includes(scopeName);
            const actual = can(actors[actorName], permission, scopes[scopeName]);
            checked += 1;
            if (actual !== expected) mismatches.push(`${actorName} ${permission} @${scopeName}: expected ${expected}, got ${actual}`);
            assert.equal(can(SYSTEM_ACTOR, permission, scopes[scopeName]), true);
          }
        }
      }
      assert.deepEqual(mismatches, []);
      assert.equal(checked, PERMISSIONS.length * 7 * 5);
    }));

  test('a secretariat of a department does not reach the province or a sibling department', () =>
    withDatabase(engine, async ({ db }) => {
      const u = await seedUnits(db);
      const actor = await userWith(db, 'dept-secretariat', [['secretariat', u.finance]]);
      assert.equal(can(actor, 'observation.review', await unitScope(db, u.finance.id)), true);
      assert.equal(can(actor, 'observation.review', await unitScope(db, u.health.id)), false);
      assert.equal(can(actor, 'framework.edit', await unitScope(db, u.province.id)), false);
      const error = await rejectsWithCode(Promise.resolve().then(() => assertCan(actor, 'framework.edit', { unitId: u.province.id, ancestorIds: [] })), 'forbidden');
      assert.deepEqual(error.details, { permission: 'framework.edit', unitId: u.province.id });
    }));

  test('a supporting unit reads and comments on a task led by another unit, and cannot update it', () =>
    withDatabase(engine, async ({ db }) => {
      const u = await seedUnits(db);
      const finance = await userWith(db, 'finance', [['reporter', u.finance]]);
      const health = await userWith(db, 'health', [['reporter', u.health]]);
      const commune = await userWith(db, 'commune', [['reporter', u.commune]]);
      // Led by health, supported by finance.
      const task: Scope = { ...(await unitScope(db, u.health.id)), assignedUnitIds: [u.health.id, u.finance.id] };
      assert.deepEqual((['task.read', 'task.comment', 'task.update'] as const).map((p) => can(finance, p, task)), [true, true, false]);
      assert.deepEqual((['task.read', 'task.comment', 'task.update'] as const).map((p) => can(health, p, task)), [true, true, true]);
      assert.deepEqual((['task.read', 'task.comment', 'task.update'] as const).map((p) => can(commune, p, task)), [false, false, false]);
      // Unassigned: the plan's organisation, nobody assigned; no reporter reaches it.
      const unassigned: Scope = { ...(await unitScope(db, u.province.id)), assignedUnitIds: [] };
      assert.equal(can(health, 'task.read', unassigned), false);
    }));

  test('a disabled account is refused when it is loaded', () =>
    withDatabase(engine, async ({ db }) => {
      const ctx = { actorId: null, at: new Date('2024-01-01T00:00:00.000Z') };
      const user = await createUser(db, ctx, { login: 'gone', displayName: 'Gone' });
      await updateUser(db, ctx, user.id, user.version, { disabledAt: '2024-01-02T00:00:00.000Z' });
      await rejectsWithCode(loadActor(db, user.id), 'forbidden');
      await rejectsWithCode(loadActor(db, 'no-such-user'), 'forbidden');
    }));
});
