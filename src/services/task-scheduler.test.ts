/**
 * The due check and its scheduler on both engines: reminders once per task, user and day,
 * a moved clock, the daily timer, and e-mail through a local SMTP sink (started here; never
 * a real server), including a sink that is down and the retry on the next run.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listNotifications, updateUser } from '../store/index.ts';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { ANONYMOUS_ACTOR } from './actor.ts';
import { createEmailNotifier } from './email-notifier.ts';
import { listMyNotifications, markRead } from './notification.service.ts';
import { createPlan, publishPlan } from './plan.service.ts';
import { msUntilHour, runDueCheck, startTaskScheduler, type SchedulerTimer } from './task-scheduler.ts';
import { createTask } from './task.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld, type World } from './testing/fixtures.ts';
import { closedPort, startSmtpSink } from './testing/smtp-sink.ts';

/** A published plan: finance's task due 2026-03-31, health's due 2026-02-15 with a responsible person, a draft task of no plan. */
async function publishedTasks(w: World) {
  w.clock.set('2026-01-20T03:00:00.000Z');
  const s = w.actors.secretariat;
  const plan = await createPlan(w.deps, s, { organisationId: w.province.id, title: 'Kế hoạch thực hiện' });
  const budget = await createTask(w.deps, s, { planId: plan.id, title: 'Bố trí kinh phí', leadUnitId: w.finance.id, dueDate: '2026-03-31' });
  const clinics = await createTask(w.deps, s, { planId: plan.id, title: 'Trạm y tế đạt chuẩn', leadUnitId: w.health.id, dueDate: '2026-02-15' });
  const draft = await createPlan(w.deps, s, { organisationId: w.province.id, title: 'Dự thảo' });
  await createTask(w.deps, s, { planId: draft.id, title: 'Chưa ban hành', leadUnitId: w.health.id, dueDate: '2026-02-01' });
  await publishPlan(w.deps, s, { planId: plan.id, version: plan.version });
  return { plan, budget, clinics };
}

function userIdOf(actor: World['actors'][keyof World['actors']]): string {
  assert.equal(actor.kind, 'user');
  return actor.kind === 'user' ? actor.userId : '';
}

/** The text body of a message the sink kept (quoted-printable or base64, as nodemailer chose). */
function bodyOf(data: string): string {
  const [head = '', ...rest] = data.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n');
  if (/content-transfer-encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding: quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
    return decodeURIComponent(bytes);
  }
  return body;
}

await onBothEngines('task reminders', (engine) => {
  test('due soon and overdue with a moved clock; one reminder per task, user and day; drafts are not reminded', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const { clinics } = await publishedTasks(w);
      const health = userIdOf(w.actors.healthReporter);
      w.clock.set('2026-02-10T03:00:00.000Z');
      const first = await runDueCheck(w.deps, { days: 7 });
      assert.deepEqual(first.dueSoon.map((t) => [t.title, t.days, t.userIds]), [['Trạm y tế đạt chuẩn', 5, [health]]]);
      assert.deepEqual(first.overdue, []);
      assert.deepEqual([first.recorded, first.delivered.in_app, first.day], [1, 1, '2026-02-10']);
      const again = await runDueCheck(w.deps, { days: 7 });
      assert.deepEqual([again.recorded, again.delivered.in_app ?? 0], [0, 0]);
      w.clock.set('2026-02-17T01:00:00.000Z');
      const later = await runDueCheck(w.deps, { days: 7 });
      assert.deepEqual(later.overdue.map((t) => [t.taskId, t.days]), [[clinics.id, 2]]);
      const inbox = await listNotifications(db, { userId: health, channel: 'in_app' });
      assert.deepEqual(inbox.map((n) => [n.kind, n.day, n.text]), [
        ['overdue', '2026-02-17', 'Nhiệm vụ "Trạm y tế đạt chuẩn" đã quá hạn 2 ngày (hạn 15/02/2026).'],
        ['due_soon', '2026-02-10', 'Nhiệm vụ "Trạm y tế đạt chuẩn" đến hạn sau 5 ngày (hạn 15/02/2026).'],
      ]);
      assert.deepEqual(await listNotifications(db, { userId: userIdOf(w.actors.financeReporter) }), []);
    }));

  test('e-mail through a local SMTP sink: sent once; a server that is down is retried on the next run', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      await publishedTasks(w);
      const health = userIdOf(w.actors.healthReporter);
      await updateUser(db, { actorId: null, at: new Date('2026-01-01T00:00:00.000Z') }, health, 1, { email: 'yte@laichau.example' });
      w.clock.set('2026-02-10T03:00:00.000Z');
      const down = createEmailNotifier({ url: `smtp://127.0.0.1:${await closedPort()}`, from: 'resolute <no-reply@laichau.example>' });
      const errors: unknown[] = [];
      const failed = await runDueCheck(w.deps, { days: 7, notifiers: [down], onError: (error) => errors.push(error) });
      await down.close?.();
      assert.deepEqual([failed.recorded, failed.failed, failed.delivered.email ?? 0, errors.length], [2, 1, 0, 1]);
      assert.equal((await listNotifications(db, { userId: health, channel: 'email' }))[0]?.sentAt, null);
      const sink = await startSmtpSink();
      try {
        const email = createEmailNotifier({ url: sink.url, from: 'resolute <no-reply@laichau.example>' });
        const retried = await runDueCheck(w.deps, { days: 7, notifiers: [email] });
        assert.deepEqual([retried.recorded, retried.delivered.email, retried.failed], [0, 1, 0]);
        assert.equal(sink.messages.length, 1);
        assert.deepEqual(sink.messages[0]?.to, ['<yte@laichau.example>']);
        assert.match(bodyOf(sink.messages[0]?.data ?? ''), /Nhiệm vụ "Trạm y tế đạt chuẩn" đến hạn sau 5 ngày \(hạn 15\/02\/2026\)/);
        const once = await runDueCheck(w.deps, { days: 7, notifiers: [email] });
        assert.deepEqual([once.delivered.email ?? 0, sink.messages.length], [0, 1]);
        await email.close?.();
        assert.notEqual((await listNotifications(db, { userId: health, channel: 'email' }))[0]?.sentAt, null);
      } finally {
        await sink.close();
      }
    }));

  test('a user lists and marks read their own reminders only', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      await publishedTasks(w);
      w.clock.set('2026-02-10T03:00:00.000Z');
      await runDueCheck(w.deps, { days: 7 });
      const [mine] = await listMyNotifications(w.deps, w.actors.healthReporter, {});
      assert.ok(mine !== undefined);
      await rejectsWithCode(markRead(w.deps, w.actors.financeReporter, { notificationId: mine.id }), 'record_not_found');
      await rejectsWithCode(listMyNotifications(w.deps, ANONYMOUS_ACTOR, {}), 'forbidden');
      const read = await markRead(w.deps, w.actors.healthReporter, { notificationId: mine.id });
      assert.equal(read.readAt, '2026-02-10T03:00:00.000Z');
      assert.deepEqual(await listMyNotifications(w.deps, w.actors.healthReporter, { unreadOnly: true }), []);
      assert.equal((await listMyNotifications(w.deps, w.actors.healthReporter, {})).length, 1);
    }));

  test('the scheduler runs at start and then daily at the hour, with an injected timer', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      await publishedTasks(w);
      w.clock.set('2026-02-10T03:00:00.000Z');
      const waits: number[] = [];
      const callbacks: (() => void)[] = [];
      let cancelled = 0;
      const timer: SchedulerTimer = {
        schedule: (callback, ms) => {
          waits.push(ms);
          callbacks.push(callback);
          return () => { cancelled += 1; };
        },
      };
      const runs: string[] = [];
      const scheduler = startTaskScheduler(w.deps, { days: 7, hour: 7, timer, onRun: (result) => runs.push(`${result.day}:${result.recorded}`) });
      await scheduler.idle();
      // 10:00 in Vietnam: the next run is tomorrow at 07:00, 21 hours on.
      assert.deepEqual(waits, [21 * 3600 * 1000]);
      w.clock.set('2026-02-11T00:00:00.000Z');
      assert.equal(callbacks.length, 1);
      callbacks[0]?.();
      await scheduler.idle();
      assert.deepEqual(runs, ['2026-02-10:1', '2026-02-11:1']);
      await scheduler.stop();
      assert.equal(cancelled, 1);
      assert.equal(waits.length, 2);
    }));
});

test('the wait until the next run, in Vietnam\'s time', () => {
  assert.equal(msUntilHour(new Date('2026-02-10T03:00:00.000Z'), 7), 21 * 3600 * 1000);
  assert.equal(msUntilHour(new Date('2026-02-09T23:30:00.000Z'), 7), 30 * 60 * 1000);
  assert.equal(msUntilHour(new Date('2026-02-10T00:00:00.000Z'), 7), 24 * 3600 * 1000);
});
