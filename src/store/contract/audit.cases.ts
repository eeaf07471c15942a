/** Contract: audit entries share the transaction of their change; the log filters and pages. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as auditRepository from '../audit.repository.ts';
import { appendAudit, listAudit } from '../audit.repository.ts';
import { readDataVersion } from '../data-version.repository.ts';
import { createObservation, getObservation, updateObservation } from '../observation.repository.ts';
import { createOrganisation, getOrganisation } from '../organisation.repository.ts';
import { transaction } from '../transaction.ts';
import type { TestEngine } from './engines.ts';
import { withStore } from './engines.ts';
import { rejectsWithCode } from './expect-error.ts';
import { at, seedFramework, T0 } from './fixtures.ts';

/** Registers the audit log cases for one engine. */
export function auditCases(engine: TestEngine): void {
  describe('audit log', () => {
    test('a failed transaction rolls back the changes and their audit entries together', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const o = await createObservation(db, T0, { indicatorId: f.grdp.id, periodId: f.year2021.id, unitId: f.finance.id, kind: 'official', value: 1 });
        const before = await listAudit(db);
        let orgId = '';
        await assert.rejects(
          transaction(db, async (trx) => {
            orgId = (await createOrganisation(trx, T0, { parentId: f.province.id, kind: 'commune', name: 'Xã Mường Kim' })).id;
            await updateObservation(trx, T0, o.id, 1, { value: 2 });
            throw new Error('the service changed its mind');
          }),
          /changed its mind/,
        );
        assert.equal(await getOrganisation(db, orgId), null);
        assert.equal((await getObservation(db, o.id))?.value, 1);
        assert.deepEqual(await listAudit(db), before);
      }));

    test('a committed transaction keeps both changes and both entries', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const o = await createObservation(db, T0, { indicatorId: f.grdp.id, periodId: f.year2021.id, unitId: f.finance.id, kind: 'official', value: 1 });
        const last = (await listAudit(db)).at(-1)?.seq ?? 0;
        const ctx = at('2024-05-05T05:05:05.005Z', 'u-sec');
        await transaction(db, async (trx) => {
          await createOrganisation(trx, ctx, { parentId: f.province.id, kind: 'commune', name: 'Xã Mường Kim' });
          await updateObservation(trx, ctx, o.id, 1, { value: 2 });
        });
        const added = await listAudit(db, { afterSeq: last });
        assert.deepEqual(added.map((e) => [e.entity, e.action, e.actorId, e.at]), [
          ['organisation', 'create', 'u-sec', '2024-05-05T05:05:05.005Z'],
          ['observation', 'update', 'u-sec', '2024-05-05T05:05:05.005Z'],
        ]);
      }));

    test('a write refused by a constraint leaves no audit entry', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const count = (await listAudit(db)).length;
        await rejectsWithCode(createOrganisation(db, T0, { parentId: f.province.id, kind: 'commune', name: 'X', code: 'LCH' }), 'duplicate');
        assert.equal((await listAudit(db)).length, count);
      }));

    test('filters by entity, actor and time; pages by sequence; keeps JSON snapshots', () =>
      withStore(engine, async ({ db }) => {
        const write = (iso: string, actor: string, entityId: string) =>
          appendAudit(db, at(iso, actor), { entity: 'indicator', entityId, action: 'update', before: { v: 1, name: 'Cũ' }, after: { v: 2, name: 'Mới', target: { min: 0.065 } } });
        await write('2024-01-01T00:00:00.000Z', 'a', 'i1');
        await write('2024-02-01T00:00:00.000Z', 'b', 'i2');
        await write('2024-03-01T00:00:00.000Z', 'a', 'i1');
        const all = await listAudit(db);
        assert.deepEqual(all.map((e) => e.seq), [...all.map((e) => e.seq)].sort((x, y) => x - y));
        assert.equal(new Set(all.map((e) => e.seq)).size, 3);
        assert.deepEqual(all[0]?.after, { v: 2, name: 'Mới', target: { min: 0.065 } });
        assert.deepEqual((await listAudit(db, { actorId: 'a' })).map((e) => e.at), ['2024-01-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z']);
        assert.deepEqual((await listAudit(db, { entityId: 'i2' })).map((e) => e.actorId), ['b']);
        const window = await listAudit(db, { from: new Date('2024-02-01T00:00:00.000Z'), to: new Date('2024-03-01T00:00:00.000Z') });
        assert.deepEqual(window.map((e) => e.entityId), ['i2']);
        const page = await listAudit(db, { afterSeq: all[0]?.seq ?? 0, limit: 1 });
        assert.deepEqual(page.map((e) => e.seq), [all[1]?.seq]);
      }));

    test('every committed change moves the data version; a rolled-back one does not', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const start = await readDataVersion(db);
        const o = await createObservation(db, T0, { indicatorId: f.grdp.id, periodId: f.year2021.id, unitId: f.finance.id, kind: 'official', value: 1 });
        const afterCreate = await readDataVersion(db);
        assert.ok(afterCreate > start, `${afterCreate} > ${start}`);
        await assert.rejects(
          transaction(db, async (trx) => {
            await updateObservation(trx, T0, o.id, 1, { value: 2 });
            throw new Error('rolled back');
          }),
          /rolled back/,
        );
        assert.equal(await readDataVersion(db), afterCreate);
        await updateObservation(db, T0, o.id, 1, { value: 3 });
        assert.ok((await readDataVersion(db)) > afterCreate);
      }));

    test('the repository offers no way to change or remove an entry', () => {
      assert.deepEqual(Object.keys(auditRepository).sort(), ['appendAudit', 'listAudit']);
    });
  });
}
