/** The organisation tree as admins manage it, on both engines: who sees and changes which units, codes, the audit trail. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { getOrganisation, listAudit } from '../store/index.ts';
import { createUnit, listOrganisationTree, updateUnit } from './organisation.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld, userWith } from './testing/fixtures.ts';

await onBothEngines('organisation service', (engine) => {
  test('an admin lists the tree under their organisation, each unit after its parent', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const ward = await createUnit(w.deps, w.actors.admin, { parentId: w.commune.id, kind: 'other', name: 'Thôn Nà Củng' });
      const tree = await listOrganisationTree(w.deps, w.actors.admin, { organisationId: w.province.id });
      assert.deepEqual(tree.map((o) => [o.name, o.depth]), [
        ['Tỉnh Lai Châu', 0], ['Sở Tài chính', 1], ['Sở Y tế', 1], ['Xã Bản Lang', 1], ['Thôn Nà Củng', 2],
      ]);
      assert.equal(tree.at(-1)?.id, ward.id);
      const departmentAdmin = await userWith(db, 'admin-yte', [['admin', w.health]]);
      assert.deepEqual((await listOrganisationTree(w.deps, departmentAdmin, { organisationId: w.health.id })).map((o) => o.name), ['Sở Y tế']);
      for (const actor of [w.actors.secretariat, w.actors.leader, w.actors.inspector, w.actors.financeReporter, w.actors.publicMember, departmentAdmin]) {
        await rejectsWithCode(listOrganisationTree(w.deps, actor, { organisationId: w.province.id }), 'forbidden');
      }
      await rejectsWithCode(listOrganisationTree(w.deps, w.actors.admin, { organisationId: w.otherProvince.id }), 'forbidden');
      await rejectsWithCode(listOrganisationTree(w.deps, w.actors.admin, { organisationId: 'missing' }), 'record_not_found');
    }));

  test('an admin creates units of the four kinds under units they manage; the code is unique and upper case', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const commune = await createUnit(w.deps, w.actors.admin, { parentId: w.province.id, kind: 'commune', name: 'Xã Tân Phong', code: 'lch-tanphong' });
      assert.deepEqual([commune.parentId, commune.kind, commune.name, commune.code], [w.province.id, 'commune', 'Xã Tân Phong', 'LCH-TANPHONG']);
      const party = await createUnit(w.deps, w.actors.admin, { parentId: w.province.id, kind: 'party_body', name: 'Ban Tuyên giáo Tỉnh ủy' });
      assert.equal(party.code, null);
      const taken = await rejectsWithCode(createUnit(w.deps, w.actors.admin, { parentId: w.health.id, kind: 'other', name: 'Trung tâm', code: 'LCH-TanPhong' }), 'duplicate');
      assert.deepEqual(taken.details, { detail: 'code "LCH-TANPHONG"', detail_vi: 'mã "LCH-TANPHONG"', field: 'code' });
      // The seeded province's code is taken too, whoever holds it.
      await rejectsWithCode(createUnit(w.deps, w.actors.admin, { parentId: w.province.id, kind: 'department', name: 'Sở mới', code: 'DBN' }), 'duplicate');
      const bad = async (input: object) => (await rejectsWithCode(createUnit(w.deps, w.actors.admin, { parentId: w.province.id, kind: 'department', name: 'Sở', ...input }), 'invalid_input')).details.path;
      assert.equal(await bad({ kind: 'province' }), 'kind');
      assert.equal(await bad({ name: '  ' }), 'name');
      assert.equal(await bad({ code: 'SỞ Y TẾ' }), 'code');
      assert.equal(await bad({ extra: 1 }), '(input)');
      for (const actor of [w.actors.secretariat, w.actors.leader, w.actors.financeReporter]) {
        await rejectsWithCode(createUnit(w.deps, actor, { parentId: w.province.id, kind: 'department', name: 'Sở Công Thương' }), 'forbidden');
      }
      await rejectsWithCode(createUnit(w.deps, w.actors.admin, { parentId: w.otherProvince.id, kind: 'department', name: 'Sở Công Thương' }), 'forbidden');
      await rejectsWithCode(createUnit(w.deps, w.actors.admin, { parentId: 'missing', kind: 'department', name: 'Sở Công Thương' }), 'record_not_found');
      const trail = await listAudit(db, { entity: 'organisation', entityId: commune.id });
      assert.deepEqual(trail.map((e) => [e.action, e.actorId]), [['create', w.actors.admin.kind === 'user' ? w.actors.admin.userId : null]]);
    }));

  test('whoever manages the parent renames a unit and changes its code or kind; the province keeps its kind', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const renamed = await updateUnit(w.deps, w.actors.admin, { organisationId: w.health.id, name: 'Sở Y tế tỉnh Lai Châu', code: 'lch-yt' });
      assert.deepEqual([renamed.name, renamed.code, renamed.kind], ['Sở Y tế tỉnh Lai Châu', 'LCH-YT', 'department']);
      assert.equal((await getOrganisation(db, w.health.id))?.code, 'LCH-YT');
      assert.equal((await updateUnit(w.deps, w.actors.admin, { organisationId: w.health.id, code: null })).code, null);
      assert.equal((await updateUnit(w.deps, w.actors.admin, { organisationId: w.commune.id, kind: 'other' })).kind, 'other');
      // The root has no parent: its own admins name it.
      assert.equal((await updateUnit(w.deps, w.actors.admin, { organisationId: w.province.id, name: 'Tỉnh Lai Châu (mới)' })).name, 'Tỉnh Lai Châu (mới)');
      assert.equal((await rejectsWithCode(updateUnit(w.deps, w.actors.admin, { organisationId: w.province.id, kind: 'department' }), 'invalid_input')).details.path, 'kind');
      await rejectsWithCode(updateUnit(w.deps, w.actors.admin, { organisationId: w.finance.id, code: 'LCH' }), 'duplicate');
      // A unit's own admin does not rename it; the other province's units are out of reach.
      const healthAdmin = await userWith(db, 'admin-yte', [['admin', w.health]]);
      await rejectsWithCode(updateUnit(w.deps, healthAdmin, { organisationId: w.health.id, name: 'Sở Y tế (đổi)' }), 'forbidden');
      await rejectsWithCode(updateUnit(w.deps, w.actors.admin, { organisationId: w.otherDepartment.id, name: 'Sở' }), 'forbidden');
      await rejectsWithCode(updateUnit(w.deps, w.actors.secretariat, { organisationId: w.health.id, name: 'Sở' }), 'forbidden');
      // Nothing to change writes nothing.
      const before = (await listAudit(db, { entity: 'organisation', entityId: w.finance.id })).length;
      await updateUnit(w.deps, w.actors.admin, { organisationId: w.finance.id, name: 'Sở Tài chính' });
      assert.equal((await listAudit(db, { entity: 'organisation', entityId: w.finance.id })).length, before);
      const trail = await listAudit(db, { entity: 'organisation', entityId: w.health.id });
      assert.deepEqual(trail.map((e) => e.action), ['create', 'update', 'update']);
      const nameOf = (s: object | null) => (s !== null && 'name' in s ? s.name : null);
      assert.deepEqual([nameOf(trail[1]?.before ?? null), nameOf(trail[1]?.after ?? null)], ['Sở Y tế', 'Sở Y tế tỉnh Lai Châu']);
    }));
});
