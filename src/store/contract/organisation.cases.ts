/** Contract: the organisation tree, its queries, NFC text and unique codes. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { listAudit } from '../audit.repository.ts';
import {
  createOrganisation,
  getOrganisation,
  isWithin,
  listAncestors,
  listChildren,
  listDescendants,
  updateOrganisation,
} from '../organisation.repository.ts';
import { createTerm, listTerms } from '../term.repository.ts';
import type { TestEngine } from './engines.ts';
import { withStore } from './engines.ts';
import { rejectsWithCode } from './expect-error.ts';
import { at, seedProvince, T0 } from './fixtures.ts';

/** Registers the organisation and term cases for one engine. */
export function organisationCases(engine: TestEngine): void {
  describe('organisations', () => {
    test('children are listed in Vietnamese alphabetical order, roots with null', () =>
      withStore(engine, async ({ db }) => {
        const { province } = await seedProvince(db);
        await createOrganisation(db, T0, { parentId: province.id, kind: 'party_body', name: 'Đảng ủy Khối cơ quan' });
        await createOrganisation(db, T0, { parentId: province.id, kind: 'party_body', name: 'Ban Tuyên giáo' });
        const names = (await listChildren(db, province.id)).map((o) => o.name);
        // "Đ" sorts after "D" and before "S" in Vietnamese; byte order would put it last.
        assert.deepEqual(names, ['Ban Tuyên giáo', 'Đảng ủy Khối cơ quan', 'Sở Tài chính', 'Sở Y tế', 'Xã Bản Lang']);
        assert.deepEqual((await listChildren(db, null)).map((o) => o.id), [province.id]);
      }));

    test('descendants come shallowest first; ancestors root first; isWithin follows the tree', () =>
      withStore(engine, async ({ db }) => {
        const { province, finance, health, commune } = await seedProvince(db);
        const office = await createOrganisation(db, T0, { parentId: finance.id, kind: 'other', name: 'Phòng Ngân sách' });
        const descendants = await listDescendants(db, province.id);
        assert.deepEqual(descendants.map((o) => o.id), [finance.id, health.id, commune.id, office.id]);
        assert.deepEqual(await listDescendants(db, office.id), []);
        assert.deepEqual((await listAncestors(db, office.id)).map((o) => o.id), [province.id, finance.id]);
        assert.deepEqual(await listAncestors(db, province.id), []);
        assert.equal(await isWithin(db, office.id, province.id), true);
        assert.equal(await isWithin(db, office.id, health.id), false);
        assert.equal(await isWithin(db, province.id, office.id), false);
      }));

    test('moving an organisation under its own subtree is refused; a real move is audited', () =>
      withStore(engine, async ({ db }) => {
        const { province, finance, health } = await seedProvince(db);
        await rejectsWithCode(updateOrganisation(db, T0, province.id, { parentId: finance.id }), 'invalid_input');
        const moved = await updateOrganisation(db, at('2024-02-01T00:00:00.000Z', 'u-admin'), health.id, { parentId: finance.id });
        assert.equal(moved.parentId, finance.id);
        assert.equal(moved.updatedAt, '2024-02-01T00:00:00.000Z');
        assert.deepEqual((await getOrganisation(db, health.id))?.parentId, finance.id);
        const audit = await listAudit(db, { entity: 'organisation', entityId: health.id });
        assert.deepEqual(audit.map((e) => [e.action, e.actorId]), [['create', null], ['update', 'u-admin']]);
        assert.deepEqual(audit[1]?.before, { ...health });
        assert.deepEqual(audit[1]?.after, { ...moved });
      }));

    test('Vietnamese text written decomposed (NFD) is stored and read in NFC', () =>
      withStore(engine, async ({ db }) => {
        const nfc = 'Huyện Tân Uyên, xã Phúc Khoa — Đảng ủy';
        const created = await createOrganisation(db, T0, { parentId: null, kind: 'commune', name: nfc.normalize('NFD') });
        const read = await getOrganisation(db, created.id);
        assert.equal(read?.name, nfc);
        assert.equal(created.name, nfc);
        assert.notEqual(nfc.normalize('NFD'), nfc);
      }));

    test('a taken organisation code and a repeated congress number are named duplicates', () =>
      withStore(engine, async ({ db }) => {
        const { province } = await seedProvince(db, 'LCH');
        await rejectsWithCode(createOrganisation(db, T0, { parentId: null, kind: 'province', name: 'Khác', code: 'LCH' }), 'duplicate');
        await createTerm(db, T0, { organisationId: province.id, congress: 'XV', startYear: 2025, endYear: 2030 });
        await createTerm(db, T0, { organisationId: province.id, congress: 'XIV', startYear: 2020, endYear: 2025 });
        await rejectsWithCode(createTerm(db, T0, { organisationId: province.id, congress: 'XIV', startYear: 2020, endYear: 2025 }), 'duplicate');
        assert.deepEqual((await listTerms(db, province.id)).map((t) => t.congress), ['XIV', 'XV']);
        // The failed writes left no audit entries behind.
        assert.equal((await listAudit(db, { entity: 'term' })).length, 2);
        assert.equal((await listAudit(db, { entity: 'organisation' })).length, 4);
      }));

    test('a term of a missing organisation is invalid input', () =>
      withStore(engine, async ({ db }) => {
        await rejectsWithCode(createTerm(db, T0, { organisationId: 'nope', congress: 'XIV', startYear: 2020, endYear: 2025 }), 'invalid_input');
      }));
  });
}
