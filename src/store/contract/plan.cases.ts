/** Contract: plans and tasks — the tree, links, versions, filters, updates, evidence, reminders, and the audit migration. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Migrator, sql } from 'kysely';
import type { Migration } from 'kysely';
import { appendAudit, listAudit } from '../audit.repository.ts';
import { migrateToLatest, MIGRATIONS } from '../migrations/index.ts';
import { listNotifications, markNotificationRead, markNotificationSent, recordNotification } from '../notification.repository.ts';
import { createPlan, getPlan, listPlans, updatePlan } from '../plan.repository.ts';
import { addTaskEvidence, addTaskUpdate, listTaskEvidence, listTaskUpdates } from '../task-update.repository.ts';
import { createTask, deleteTask, getTask, listTasks, updateTask } from '../task.repository.ts';
import { createUser } from '../user.repository.ts';
import type { Database } from '../database.ts';
import type { TestEngine } from './engines.ts';
import { withStore } from './engines.ts';
import { rejectsWithCode } from './expect-error.ts';
import { at, seedFramework, T0 } from './fixtures.ts';

async function seedPlan(database: Database) {
  const { db } = database;
  const f = await seedFramework(db);
  const plan = await createPlan(db, T0, { organisationId: f.province.id, termId: f.term.id, title: 'Kế hoạch thực hiện Nghị quyết', number: '27-KH/UBND', date: '2026-01-15' });
  const area = await createTask(db, T0, { planId: plan.id, title: 'Nhiệm vụ trọng tâm', kind: 'regular', number: '1', position: 1 });
  const tea = await createTask(db, T0, {
    planId: plan.id, parentId: area.id, position: 2, number: '1.1', title: 'Đề án vùng chè', kind: 'project', leadUnitId: f.finance.id,
    supportingUnitIds: [f.health.id, f.commune.id, f.health.id], indicatorIds: [f.forest.id, f.grdp.id], dueDate: '2026-06-30',
    productText: 'Đề án', sourceLine: 24,
  });
  const report = await createTask(db, T0, {
    planId: plan.id, position: 3, title: 'Báo cáo hằng quý', kind: 'report_duty', leadUnitId: f.health.id,
    recurrence: { every: 'quarter', day: 20, text: 'hằng quý' }, dueDate: '2026-03-20',
  });
  return { f, plan, area, tea, report };
}

function titles(tasks: { title: string }[]): string[] {
  return tasks.map((t) => t.title);
}

/** Registers the plan and task cases for one engine. */
export function planCases(engine: TestEngine): void {
  describe('plans and tasks', () => {
    test('a plan with a task tree, supporting units and indicators reads back as written', () =>
      withStore(engine, async (database) => {
        const { f, plan, area, tea, report } = await seedPlan(database);
        const read = await getTask(database.db, tea.id);
        assert.deepEqual(read, tea);
        assert.deepEqual(read?.supportingUnitIds, [f.health.id, f.commune.id].sort());
        assert.deepEqual(read?.indicatorIds, [f.forest.id, f.grdp.id].sort());
        assert.equal(read?.parentId, area.id);
        assert.deepEqual((await getTask(database.db, report.id))?.recurrence, { every: 'quarter', day: 20, text: 'hằng quý' });
        assert.deepEqual(await getPlan(database.db, plan.id), plan);
        assert.deepEqual(titles(await listTasks(database.db, { planId: plan.id })), ['Nhiệm vụ trọng tâm', 'Đề án vùng chè', 'Báo cáo hằng quý']);
        const audit = await listAudit(database.db, { entity: 'task' });
        assert.equal(audit.length, 3);
        assert.equal((await listAudit(database.db, { entity: 'plan' })).length, 1);
      }));

    test('filters: a unit\'s tasks as lead or supporting, open ones, due by a date, of published plans', () =>
      withStore(engine, async (database) => {
        const { db } = database;
        const { f, plan, tea, report } = await seedPlan(database);
        assert.deepEqual(titles(await listTasks(db, { unitId: f.commune.id })), ['Đề án vùng chè']);
        assert.deepEqual(titles(await listTasks(db, { unitId: f.health.id })), ['Đề án vùng chè', 'Báo cáo hằng quý']);
        assert.deepEqual(titles(await listTasks(db, { leadUnitId: f.health.id })), ['Báo cáo hằng quý']);
        assert.deepEqual(titles(await listTasks(db, { dueOnOrBefore: '2026-03-31' })), ['Báo cáo hằng quý']);
        assert.deepEqual(await listTasks(db, { planStatus: 'published' }), []);
        assert.deepEqual(await listTasks(db, { organisationIds: [] }), []);
        assert.equal((await listTasks(db, { organisationIds: [f.province.id] })).length, 3);
        const published = await updatePlan(db, T0, plan.id, plan.version, { status: 'published' });
        assert.equal(published.status, 'published');
        assert.equal((await listTasks(db, { planStatus: 'published' })).length, 3);
        await updateTask(db, T0, tea.id, tea.version, { status: 'done', doneAt: '2026-06-01', progressPercent: 100 }, 'transition');
        assert.deepEqual(titles(await listTasks(db, { unitId: f.health.id, open: true })), [report.title]);
        assert.deepEqual((await listPlans(db, { organisationId: f.province.id, status: 'published' })).map((p) => p.id), [plan.id]);
        const actions = (await listAudit(db, { entity: 'plan', entityId: plan.id })).map((e) => e.action);
        assert.deepEqual(actions, ['create', 'transition']);
      }));

    test('a stale version is a conflict; links are rewritten only when given', () =>
      withStore(engine, async (database) => {
        const { db } = database;
        const { f, tea } = await seedPlan(database);
        const moved = await updateTask(db, at('2026-02-01T00:00:00.000Z', 'u-1'), tea.id, tea.version, { dueDate: '2026-07-31', title: 'Đề án vùng chè chất lượng cao' });
        assert.deepEqual(moved.supportingUnitIds, tea.supportingUnitIds);
        const error = await rejectsWithCode(updateTask(db, T0, tea.id, tea.version, { title: 'x' }), 'conflict');
        assert.deepEqual(error.details, { entity: 'task', id: tea.id, expected: 1, actual: 2 });
        const relinked = await updateTask(db, T0, tea.id, moved.version, { supportingUnitIds: [f.commune.id], indicatorIds: [] });
        assert.deepEqual((await getTask(db, tea.id))?.supportingUnitIds, [f.commune.id]);
        assert.deepEqual(relinked.indicatorIds, []);
        await rejectsWithCode(updateTask(db, T0, 'missing', 1, { title: 'x' }), 'record_not_found');
        const history = await listAudit(db, { entity: 'task', entityId: tea.id });
        assert.deepEqual(history.map((e) => e.actorId), [null, 'u-1', null]);
      }));

    test('the schema refuses a done task without its day and a cancelled one without a reason', () =>
      withStore(engine, async (database) => {
        const { db } = database;
        const { tea } = await seedPlan(database);
        await rejectsWithCode(updateTask(db, T0, tea.id, tea.version, { status: 'done' }), 'invalid_input');
        await rejectsWithCode(updateTask(db, T0, tea.id, tea.version, { status: 'cancelled' }), 'invalid_input');
        await rejectsWithCode(updateTask(db, T0, tea.id, tea.version, { progressPercent: 101 }), 'invalid_input');
        const cancelled = await updateTask(db, T0, tea.id, tea.version, { status: 'cancelled', cancelReason: 'Gộp vào nhiệm vụ khác' }, 'transition');
        assert.equal(cancelled.cancelReason, 'Gộp vào nhiệm vụ khác');
        assert.equal((await getTask(db, tea.id))?.version, 2);
      }));

    test('updates and evidence are kept in order with their audit entries; a draft task can be deleted', () =>
      withStore(engine, async (database) => {
        const { db } = database;
        const { f, tea, area } = await seedPlan(database);
        const first = await addTaskUpdate(db, at('2026-02-01T00:00:00.000Z', 'u-1'), { taskId: tea.id, kind: 'progress', percent: 30, text: 'Đã lập đề cương', unitId: f.finance.id });
        await addTaskUpdate(db, at('2026-02-02T00:00:00.000Z', 'u-2'), { taskId: tea.id, kind: 'comment', percent: null, text: 'Sở Y tế góp ý', unitId: f.health.id });
        const file = { fileName: 'de-cuong.pdf', mediaType: 'application/pdf', size: 12, sha256: 'a'.repeat(64), storageKey: `files/${'a'.repeat(64)}` };
        const evidence = await addTaskEvidence(db, at('2026-02-01T00:00:01.000Z', 'u-1'), { taskId: tea.id, updateId: first.id, ...file });
        assert.deepEqual((await listTaskUpdates(db, tea.id)).map((u) => [u.kind, u.percent, u.createdBy]), [['progress', 30, 'u-1'], ['comment', null, 'u-2']]);
        assert.deepEqual(await listTaskEvidence(db, tea.id), [evidence]);
        assert.equal((await listAudit(db, { entity: 'task_update' })).length, 2);
        assert.equal((await listAudit(db, { entity: 'task_evidence' })).length, 1);
        // A task with updates is kept (the keys refuse); an empty heading goes once its children are gone.
        await rejectsWithCode(deleteTask(db, T0, tea.id, tea.version), 'invalid_input');
        await rejectsWithCode(deleteTask(db, T0, area.id, area.version), 'invalid_input');
        const spare = await createTask(db, T0, { planId: tea.planId, parentId: area.id, title: 'Trùng lặp', kind: 'regular', supportingUnitIds: [f.health.id] });
        await deleteTask(db, T0, spare.id, spare.version);
        assert.equal(await getTask(db, spare.id), null);
        assert.deepEqual((await listAudit(db, { entity: 'task', entityId: spare.id })).map((e) => e.action), ['create', 'delete']);
      }));

    test('one reminder per task, user, channel and day; read marks only the user\'s own', () =>
      withStore(engine, async (database) => {
        const { db } = database;
        const { tea } = await seedPlan(database);
        const user = await createUser(db, T0, { login: 'nn', displayName: 'Sở NN' });
        const other = await createUser(db, T0, { login: 'yt', displayName: 'Sở YT' });
        const reminder = { userId: user.id, kind: 'due_soon' as const, taskId: tea.id, text: 'Sắp đến hạn', dueDate: '2026-06-30', days: 5, day: '2026-06-25', channel: 'in_app' as const };
        const now = new Date('2026-06-25T01:00:00.000Z');
        const first = await recordNotification(db, now, reminder);
        const again = await recordNotification(db, new Date('2026-06-25T05:00:00.000Z'), { ...reminder, text: 'khác' });
        assert.equal(first.created, true);
        assert.equal(again.created, false);
        assert.deepEqual(again.notification, first.notification);
        const email = await recordNotification(db, now, { ...reminder, channel: 'email' });
        assert.equal(email.created, true);
        const nextDay = await recordNotification(db, now, { ...reminder, day: '2026-06-26', days: 4 });
        assert.equal(nextDay.created, true);
        await markNotificationSent(db, email.notification.id, now);
        await markNotificationSent(db, email.notification.id, new Date('2026-06-26T00:00:00.000Z'));
        const emails = await listNotifications(db, { userId: user.id, channel: 'email' });
        assert.equal(emails[0]?.sentAt, now.toISOString());
        assert.equal(await markNotificationRead(db, other.id, first.notification.id, now), null);
        const read = await markNotificationRead(db, user.id, first.notification.id, now);
        assert.equal(read?.readAt, now.toISOString());
        assert.deepEqual((await listNotifications(db, { userId: user.id, channel: 'in_app', unreadOnly: true })).map((n) => n.day), ['2026-06-26']);
        assert.equal((await listAudit(db, {})).filter((e) => e.entity === 'user').length, 2, 'reminders are not audited');
      }));

    test('migration 0009 keeps the audit log, its sequence and its append-only triggers', async () => {
      const database = await engine.open();
      try {
        const upTo = MIGRATIONS.findIndex((m) => m.name === '0009-plans');
        const migrations = Object.fromEntries(MIGRATIONS.slice(0, upTo).map((m): [string, Migration] => [m.name, { up: (db) => m.up(db, database.engine) }]));
        const schema = database.engine === 'postgres' && database.schema !== null ? { migrationTableSchema: database.schema } : {};
        const before = await new Migrator({ db: database.db, provider: { getMigrations: async () => migrations }, ...schema }).migrateToLatest();
        assert.equal(before.error, undefined);
        for (const id of ['t1', 't2', 't3']) await appendAudit(database.db, T0, { entity: 'term', entityId: id, action: 'create', before: null, after: { id } });
        assert.deepEqual(await migrateToLatest(database), MIGRATIONS.slice(upTo).map((m) => m.name));
        await appendAudit(database.db, T0, { entity: 'plan', entityId: 'p1', action: 'create', before: null, after: { id: 'p1' } });
        const entries = await listAudit(database.db, {});
        assert.deepEqual(entries.map((e) => [e.seq, e.entityId]), [[1, 't1'], [2, 't2'], [3, 't3'], [4, 'p1']]);
        await assert.rejects(sql`update audit_log set entity_id = 'x'`.execute(database.db), /append-only/);
        await assert.rejects(sql`delete from audit_log`.execute(database.db), /append-only/);
        await assert.rejects(sql`insert into audit_log (at, actor_id, entity, entity_id, action) values ('2026-01-01T00:00:00.000Z', null, 'galaxy', 'g', 'create')`.execute(database.db));
      } finally {
        await engine.dispose(database);
      }
    });
  });
}
