/** Contract: a consultation's tallies, dispositions and e-mail verifications, and migration 0010's audit log. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Migrator, sql } from 'kysely';
import type { Migration } from 'kysely';
import { appendAudit, listAudit } from '../audit.repository.ts';
import { deleteDisposition, dispositionAuditId, getDisposition, listDispositions, setDisposition } from '../consultation-disposition.repository.ts';
import { addTally, deleteTally, listTallies } from '../consultation-tally.repository.ts';
import {
  countVerificationsSince, createVerification, findVerificationByToken, latestVerification, markVerified, recordVerificationAttempt,
} from '../consultation-verification.repository.ts';
import { migrateToLatest, MIGRATIONS } from '../migrations/index.ts';
import type { TestEngine } from './engines.ts';
import { withStore } from './engines.ts';
import { rejectsWithCode } from './expect-error.ts';
import { at, T0 } from './fixtures.ts';
import { seedConsultation } from './consultation-fixtures.ts';

/** Registers the tally, disposition, verification and audit-migration cases for one engine. */
export function consultationRecordCases(engine: TestEngine): void {
  describe('consultation tallies, dispositions and verifications', () => {
    test('tallies are added with their actor, listed oldest first and deleted, audited', () =>
      withStore(engine, async ({ db }) => {
        const { consultation } = await seedConsultation(db);
        const base = { consultationId: consultation.id, localityId: 'xa-ban-lang', channel: 'meeting' as const, scope: 'own' as const, note: null };
        const first = await addTally(db, at('2026-03-05T00:00:00.000Z', 'u-sec'), { ...base, counts: { agree: 120, disagree: 3 }, note: 'Hội nghị xã' });
        const second = await addTally(db, at('2026-03-06T00:00:00.000Z', 'u-sec'), { ...base, id: 't2', scope: 'area', counts: { unspecified: 40 } });
        assert.deepEqual(first.counts, { agree: 120, disagree: 3, partly: 0, unspecified: 0 });
        assert.deepEqual([first.enteredBy, first.createdAt, second.id], ['u-sec', '2026-03-05T00:00:00.000Z', 't2']);
        assert.deepEqual(await listTallies(db, consultation.id), [first, second]);
        await rejectsWithCode(addTally(db, T0, { ...base, counts: { agree: -1 } }), 'invalid_input');
        await rejectsWithCode(addTally(db, T0, { ...base, counts: { partly: 1.5 } }), 'invalid_input');
        assert.equal(await deleteTally(db, T0, first.id), true);
        assert.equal(await deleteTally(db, T0, first.id), false);
        assert.deepEqual(await listTallies(db, consultation.id), [second]);
        const entries = await listAudit(db, { entity: 'consultation_tally', entityId: first.id });
        assert.deepEqual(entries.map((e) => [e.action, e.before === null, e.after === null]), [['create', true, false], ['delete', false, true]]);
      }));

    test('a disposition is inserted once, updated and deleted by version, audited', () =>
      withStore(engine, async ({ db }) => {
        const { consultation } = await seedConsultation(db);
        const subject = { kind: 'cluster' as const, clusterId: 'g1' };
        const ctx = at('2026-04-10T00:00:00.000Z', 'u-draft');
        const created = await setDisposition(db, ctx, consultation.id, { subject, kind: 'accepted', note: '', changedSectionId: 's12' }, null);
        assert.deepEqual(created, { subject, kind: 'accepted', note: '', changedSectionId: 's12', consultationId: consultation.id, decidedBy: 'u-draft', decidedAt: '2026-04-10T00:00:00.000Z', version: 1 });
        assert.deepEqual(await getDisposition(db, consultation.id, subject), created);
        assert.equal(await getDisposition(db, consultation.id, { kind: 'comment', commentId: 'g1' }), null, 'a comment and a cluster are apart');
        await rejectsWithCode(setDisposition(db, ctx, consultation.id, { subject, kind: 'explained', note: 'x', changedSectionId: null }, null), 'conflict');
        const updated = await setDisposition(db, T0, consultation.id, { subject, kind: 'explained', note: 'Đã giải trình tại hội nghị', changedSectionId: null }, 1);
        assert.deepEqual([updated.version, updated.kind, updated.decidedBy], [2, 'explained', null]);
        await rejectsWithCode(setDisposition(db, T0, consultation.id, { subject, kind: 'explained', note: 'y', changedSectionId: null }, 1), 'conflict');
        await rejectsWithCode(setDisposition(db, T0, consultation.id, { subject, kind: 'explained', note: 'y', changedSectionId: 's3' }, 2), 'invalid_input');
        const other = { kind: 'comment' as const, commentId: 'c-9' };
        await rejectsWithCode(setDisposition(db, T0, consultation.id, { subject: other, kind: 'accepted', note: '', changedSectionId: null }, 1), 'record_not_found');
        const onComment = await setDisposition(db, T0, consultation.id, { subject: other, kind: 'not_accepted', note: 'Không phù hợp', changedSectionId: null }, null);
        assert.deepEqual(await listDispositions(db, consultation.id), [updated, onComment]);
        await rejectsWithCode(deleteDisposition(db, T0, consultation.id, subject, 1), 'conflict');
        await deleteDisposition(db, T0, consultation.id, subject, 2);
        await rejectsWithCode(deleteDisposition(db, T0, consultation.id, subject, 2), 'record_not_found');
        assert.deepEqual(await listDispositions(db, consultation.id), [onComment]);
        const key = dispositionAuditId(consultation.id, subject);
        assert.equal(key, `${consultation.id}:cluster:g1`);
        assert.deepEqual((await listAudit(db, { entity: 'consultation_disposition', entityId: key })).map((e) => e.action), ['create', 'update', 'delete']);
      }));

    test('e-mail verification: codes by address, attempts, one confirmation, token lookup, a count for the rate limit', () =>
      withStore(engine, async ({ db }) => {
        const { consultation } = await seedConsultation(db);
        const audited = (await listAudit(db, {})).length;
        const code = { consultationId: consultation.id, email: 'An.Nguyen@Example.VN', codeHash: 'h1', expiresAt: '2026-03-05T00:15:00.000Z' };
        const older = await createVerification(db, { ...code, id: 'v1', createdAt: '2026-03-05T00:00:00.000Z' });
        const newer = await createVerification(db, { ...code, id: 'v2', codeHash: 'h2', createdAt: '2026-03-05T00:05:00.000Z' });
        assert.deepEqual([older.email, older.attempts, older.verifiedAt, older.tokenHash], ['an.nguyen@example.vn', 0, null, null]);
        assert.deepEqual(await latestVerification(db, consultation.id, 'an.nguyen@example.vn'), newer);
        assert.equal(await latestVerification(db, consultation.id, 'other@example.vn'), null);
        assert.equal(await recordVerificationAttempt(db, 'v2'), 1);
        assert.equal(await recordVerificationAttempt(db, 'v2'), 2);
        await rejectsWithCode(recordVerificationAttempt(db, 'missing'), 'record_not_found');
        const now = new Date('2026-03-05T00:06:00.000Z');
        assert.equal(await markVerified(db, 'v2', now, 'token-hash'), true);
        assert.equal(await markVerified(db, 'v2', new Date('2026-03-05T00:07:00.000Z'), 'token-2'), false, 'confirmed once');
        const confirmed = await findVerificationByToken(db, consultation.id, 'token-hash');
        assert.deepEqual(confirmed, { ...newer, attempts: 2, verifiedAt: now.toISOString(), tokenHash: 'token-hash' });
        assert.equal(await findVerificationByToken(db, 'another', 'token-hash'), null);
        assert.equal(await countVerificationsSince(db, consultation.id, 'AN.NGUYEN@example.vn', new Date('2026-03-05T00:00:00.000Z')), 2);
        assert.equal(await countVerificationsSince(db, consultation.id, 'an.nguyen@example.vn', new Date('2026-03-05T00:01:00.000Z')), 1);
        assert.equal((await listAudit(db, {})).length, audited, 'verifications are not audited');
      }));

    test('migration 0010 keeps the audit log, its sequence and its append-only triggers, and accepts the new entities', async () => {
      const database = await engine.open();
      try {
        const upTo = MIGRATIONS.findIndex((m) => m.name === '0010-consultations');
        const migrations = Object.fromEntries(MIGRATIONS.slice(0, upTo).map((m): [string, Migration] => [m.name, { up: (db) => m.up(db, database.engine) }]));
        const schema = database.engine === 'postgres' && database.schema !== null ? { migrationTableSchema: database.schema } : {};
        const before = await new Migrator({ db: database.db, provider: { getMigrations: async () => migrations }, ...schema }).migrateToLatest();
        assert.equal(before.error, undefined);
        for (const id of ['p1', 'p2']) await appendAudit(database.db, T0, { entity: 'plan', entityId: id, action: 'create', before: null, after: { id } });
        await assert.rejects(sql`insert into audit_log (at, actor_id, entity, entity_id, action) values ('2026-01-01T00:00:00.000Z', null, 'consultation', 'c0', 'create')`.execute(database.db));
        assert.deepEqual(await migrateToLatest(database), MIGRATIONS.slice(upTo).map((m) => m.name));
        for (const entity of ['consultation', 'consultation_comment', 'consultation_tally', 'consultation_disposition'] as const) {
          await appendAudit(database.db, T0, { entity, entityId: `${entity}-1`, action: 'create', before: null, after: {} });
        }
        const entries = await listAudit(database.db, {});
        const ids = ['p1', 'p2', 'consultation-1', 'consultation_comment-1', 'consultation_tally-1', 'consultation_disposition-1'];
        assert.deepEqual(entries.map((e) => e.entityId), ids);
        assert.deepEqual(entries.slice(0, 2).map((e) => e.seq), [1, 2], 'old entries keep their numbers');
        // Strictly increasing after them (PostgreSQL's identity may skip the number the refused insert took).
        assert.ok(entries.every((e, i) => i === 0 || e.seq > (entries[i - 1]?.seq ?? Infinity)));
        await assert.rejects(sql`update audit_log set entity_id = 'x'`.execute(database.db), /append-only/);
        await assert.rejects(sql`delete from audit_log`.execute(database.db), /append-only/);
        await assert.rejects(sql`insert into audit_log (at, actor_id, entity, entity_id, action) values ('2026-01-01T00:00:00.000Z', null, 'galaxy', 'g', 'create')`.execute(database.db));
        if (database.engine === 'postgres') await assert.rejects(sql`truncate audit_log`.execute(database.db), /append-only/);
      } finally {
        await engine.dispose(database);
      }
    });
  });
}
