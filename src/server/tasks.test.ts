/**
 * The plan and task API on the demo, on both engines: the secretariat imports the sample plan
 * and assigns two tasks, publishes; Sở Nông nghiệp updates its task with evidence; the clock
 * moves past Sở Y tế's due date; the overdue board shows it; the due check records a reminder
 * that Sở Y tế reads over the API. Errors are named, in Vietnamese and English.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { z } from 'zod';
import { demoId } from '../services/demo/load-demo.ts';
import { runDueCheck } from '../services/task-scheduler.ts';
import { onBothEngines } from '../services/testing/engines.ts';
import { as, errorCode, multipart, signIn, withServer } from './testing/test-server.ts';

const SAMPLE = readFileSync(new URL('../../examples/ke-hoach-mau.txt', import.meta.url));
const XV = demoId('term/XV');

const TreeTask = z.object({ id: z.string(), title: z.string(), number: z.string().nullable(), version: z.number(), heading: z.boolean(), leadUnitId: z.string().nullable() });
/** A multipart upload made by a signed-in browser. */
function upload(headers: Record<string, string>, fileName: string, content: Buffer | string, fields: Record<string, string> = {}) {
  const body = multipart(fileName, content, fields);
  return { headers: { ...headers, ...body.headers }, payload: body.payload };
}

const Tree = z.object({ plan: z.object({ id: z.string(), version: z.number(), status: z.string() }), tasks: z.array(TreeTask) });

await onBothEngines('plans and tasks over HTTP', (engine) => {
  test('import, assign, publish, update with evidence, overdue on the board, a reminder in the unit\'s notifications', () =>
    withServer(engine, async ({ app, advance }) => {
      const thuky = as(await signIn(app, 'thuky'));
      const nongnghiep = as(await signIn(app, 'nongnghiep'));
      let yte = as(await signIn(app, 'yte'));
      let lanhdao = as(await signIn(app, 'lanhdao'));
      const imported = await app.inject({ method: 'POST', url: `/api/terms/${XV}/plans/import`, ...upload(thuky, 'ke-hoach-mau.txt', SAMPLE) });
      assert.equal(imported.statusCode, 201, imported.body);
      const planId = z.object({ plan: z.object({ id: z.string() }), tasks: z.number() }).parse(imported.json()).plan.id;
      // Units named as the demo names them are matched: Sở Nông nghiệp leads 1.1.
      const tree = Tree.parse((await app.inject({ url: `/api/plans/${planId}`, headers: thuky })).json());
      const tea = tree.tasks.find((t) => t.number === '1.1');
      const clinics = tree.tasks.find((t) => t.number === '1.3');
      assert.equal(tea?.leadUnitId, demoId('unit/nn'));
      assert.ok(tea !== undefined && clinics !== undefined);
      // A unit does not see the draft.
      assert.equal((await app.inject({ url: `/api/plans/${planId}`, headers: nongnghiep })).statusCode, 403);
      const assign = async (id: string, version: number, body: object) => {
        const response = await app.inject({ method: 'PATCH', url: `/api/tasks/${id}`, headers: thuky, payload: { version, ...body } });
        assert.equal(response.statusCode, 200, response.body);
        return response.json<{ version: number }>();
      };
      await assign(tea.id, tea.version, { dueDate: '2025-06-30', productText: 'Đề án trình Ủy ban nhân dân tỉnh' });
      await assign(clinics.id, clinics.version, { leadUnitId: demoId('unit/yte'), dueDate: '2025-03-10' });
      const published = await app.inject({ method: 'POST', url: `/api/plans/${planId}/publish`, headers: thuky, payload: { version: tree.plan.version } });
      assert.equal(published.statusCode, 200, published.body);
      const progress = await app.inject({ method: 'POST', url: `/api/tasks/${tea.id}/updates`, headers: nongnghiep, payload: { percent: 30, text: 'Đã lập đề cương đề án' } });
      assert.equal(progress.statusCode, 201, progress.body);
      const updateId = z.object({ update: z.object({ id: z.string() }) }).parse(progress.json()).update.id;
      const evidence = await app.inject({ method: 'POST', url: `/api/tasks/${tea.id}/evidence`, ...upload(nongnghiep, 'de-cuong.pdf', '%PDF-1.4 de cuong', { updateId }) });
      assert.equal(evidence.statusCode, 201, evidence.body);
      const evidenceId = z.object({ id: z.string(), updateId: z.string() }).parse(evidence.json()).id;
      const file = await app.inject({ url: `/api/task-evidence/${evidenceId}/file`, headers: lanhdao });
      assert.deepEqual([file.statusCode, file.body], [200, '%PDF-1.4 de cuong']);
      // Sở Y tế cannot update Sở Nông nghiệp's task.
      const other = await app.inject({ method: 'POST', url: `/api/tasks/${tea.id}/updates`, headers: yte, payload: { percent: 90, text: 'x' } });
      assert.deepEqual([other.statusCode, errorCode(other)], [403, 'forbidden']);
      // The clock moves past 10/03/2025: the board shows Sở Y tế's task overdue (the demo's own overdue task too).
      advance(12 * 24 * 60);
      // Sessions last 12 hours: sign in again on the new day.
      [yte, lanhdao] = [as(await signIn(app, 'yte')), as(await signIn(app, 'lanhdao'))];
      const nongnghiepToday = as(await signIn(app, 'nongnghiep'));
      const board = z.array(z.object({ id: z.string(), effectiveStatus: z.string(), daysLeft: z.number() }))
        .parse((await app.inject({ url: '/api/tasks/overdue', headers: lanhdao })).json());
      assert.deepEqual(board.find((t) => t.id === clinics.id), { id: clinics.id, effectiveStatus: 'overdue', daysLeft: -3 });
      assert.ok(board.some((t) => t.id === demoId('tasks/1-4')));
      const check = await runDueCheck(app.resolute.services, { days: 7 });
      assert.ok(check.overdue.some((t) => t.taskId === clinics.id && t.userIds.includes(demoId('user/yte'))));
      const notifications = z.array(z.object({ id: z.string(), taskId: z.string(), kind: z.string(), text: z.string() }))
        .parse((await app.inject({ url: '/api/notifications?unreadOnly=true', headers: yte })).json());
      const reminder = notifications.find((n) => n.taskId === clinics.id);
      assert.equal(reminder?.kind, 'overdue');
      assert.match(reminder?.text ?? '', /đã quá hạn 3 ngày \(hạn 10\/03\/2025\)/);
      const read = await app.inject({ method: 'POST', url: `/api/notifications/${reminder?.id ?? ''}/read`, headers: yte });
      assert.equal(read.statusCode, 200);
      assert.equal((await app.inject({ method: 'POST', url: `/api/notifications/${reminder?.id ?? ''}/read`, headers: nongnghiepToday })).statusCode, 404);
      const inbox = z.array(z.object({ id: z.string(), role: z.string() })).parse((await app.inject({ url: '/api/tasks/inbox', headers: yte })).json());
      assert.ok(inbox.some((t) => t.id === clinics.id && t.role === 'lead'));
      const evaluation = await app.inject({ url: `/api/plans/${planId}/evaluation`, headers: lanhdao });
      assert.equal(evaluation.statusCode, 200);
      assert.equal(z.object({ tally: z.object({ counts: z.object({ overdue: z.number() }) }) }).parse(evaluation.json()).tally.counts.overdue >= 1, true);
    }));

  test('query and body validation, status steps and named errors in Vietnamese and English', () =>
    withServer(engine, async ({ app }) => {
      const thuky = as(await signIn(app, 'thuky'));
      const yte = as(await signIn(app, 'yte'));
      const task = demoId('tasks/1-4');
      const due = await app.inject({ url: '/api/tasks/due?days=abc', headers: thuky });
      assert.equal(due.statusCode, 400);
      const detail = z.object({ task: z.object({ version: z.number(), effectiveStatus: z.string() }), transitions: z.array(z.string()) })
        .parse((await app.inject({ url: `/api/tasks/${task}`, headers: yte })).json());
      assert.deepEqual([detail.task.effectiveStatus, detail.transitions], ['overdue', ['done']]);
      const cancel = await app.inject({ method: 'POST', url: `/api/tasks/${task}/cancel`, headers: { ...yte, 'accept-language': 'en' }, payload: { version: detail.task.version, reason: 'x' } });
      assert.deepEqual([cancel.statusCode, errorCode(cancel)], [403, 'forbidden']);
      assert.match(cancel.json<{ error: { message: string } }>().error.message, /allowed to do this \(task\.manage\)/);
      const future = await app.inject({ method: 'POST', url: `/api/tasks/${task}/status`, headers: yte, payload: { version: detail.task.version, status: 'done', doneAt: '2030-01-01' } });
      assert.deepEqual([future.statusCode, errorCode(future)], [400, 'invalid_input']);
      assert.match(future.json<{ error: { message: string } }>().error.message, /^Dữ liệu không hợp lệ: doneAt/);
      const done = await app.inject({ method: 'POST', url: `/api/tasks/${task}/status`, headers: yte, payload: { version: detail.task.version, status: 'done' } });
      assert.equal(done.statusCode, 200, done.body);
      const stale = await app.inject({ method: 'POST', url: `/api/tasks/${task}/reopen`, headers: thuky, payload: { version: detail.task.version } });
      assert.deepEqual([stale.statusCode, errorCode(stale)], [409, 'conflict']);
      const missing = await app.inject({ url: '/api/plans/nope', headers: thuky });
      assert.deepEqual([missing.statusCode, errorCode(missing)], [404, 'record_not_found']);
      const unknown = await app.inject({ method: 'POST', url: '/api/plans', headers: thuky, payload: { organisationId: demoId('province'), title: 'X', colour: 'red' } });
      assert.equal(unknown.statusCode, 400);
    }));
});
