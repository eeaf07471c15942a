/**
 * Every role against every plan and task route, on the demo's published plan: a table of
 * expected status codes run in order, as authorization-matrix.test.ts does for the rest of
 * the API. Sở Nông nghiệp leads task 1.3 (Sở Y tế does not touch it); Sở Y tế leads 1.4;
 * the secretariat manages; the leader reads; the inspector reads everything with history.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { demoId } from '../services/demo/load-demo.ts';
import { onBothEngines } from '../services/testing/engines.ts';
import { runMatrix, upload, type MatrixRow } from './testing/route-matrix.ts';
import { withServer } from './testing/test-server.ts';

interface State {
  /** Task 1.3's version as the rows change it. */
  version: number;
  evidenceId?: string;
  draftPlanId?: string;
  addedTaskId?: string;
}

type Row = MatrixRow<State>;

const PLAN = demoId('tasks/plan');
const TEA = demoId('tasks/1-3');
const CLINICS = demoId('tasks/1-4');
const CHECKS = demoId('tasks/4-3');
const PROVINCE = demoId('province');
const SAMPLE = 'KẾ HOẠCH\nthực hiện Nghị quyết\n\nII. NHIỆM VỤ\n\n1. Xây dựng đề án chuyển đổi số. Đơn vị chủ trì: Sở Kế hoạch và Đầu tư. Thời hạn: trước 30/6/2026.\n';

const Versioned = z.object({ id: z.string(), version: z.number() });

const ROWS: Row[] = [
  { name: 'list plans (each sees what it may)', request: () => ({ url: '/api/plans' }), expect: [401, 200, 200, 200, 200, 200, 200, 200] },
  { name: 'the published plan\'s tree', request: () => ({ url: `/api/plans/${PLAN}` }), expect: [401, 403, 200, 200, 200, 200, 200, 200] },
  { name: 'Sở Nông nghiệp\'s task; another unit cannot', request: () => ({ url: `/api/tasks/${TEA}` }), expect: [401, 403, 403, 200, 200, 403, 200, 200] },
  { name: 'the inbox', request: () => ({ url: '/api/tasks/inbox' }), expect: [401, 200, 200, 200, 200, 200, 200, 200] },
  { name: 'due in 7 days', request: () => ({ url: '/api/tasks/due?days=7' }), expect: [401, 200, 200, 200, 200, 200, 200, 200] },
  { name: 'the overdue board', request: () => ({ url: '/api/tasks/overdue' }), expect: [401, 200, 200, 200, 200, 200, 200, 200] },
  { name: 'the plan\'s evaluation', request: () => ({ url: `/api/plans/${PLAN}/evaluation` }), expect: [401, 403, 200, 200, 200, 200, 200, 200] },
  { name: 'the task status report (CSV): whoever sees the plan, each with the tasks it may read', request: () => ({ url: `/api/plans/${PLAN}/report?format=csv` }), expect: [401, 403, 200, 200, 200, 200, 200, 200] },
  { name: 'the evaluation per unit: over the province', request: () => ({ url: `/api/organisations/${PROVINCE}/task-evaluation` }), expect: [401, 403, 403, 200, 200, 403, 200, 403] },
  { name: 'the inspection with history: inspector and secretariat', request: () => ({ url: `/api/plans/${PLAN}/inspection` }), expect: [401, 403, 403, 403, 200, 403, 200, 403] },
  {
    name: 'report progress: the lead unit only',
    request: () => ({ method: 'POST', url: `/api/tasks/${TEA}/updates`, payload: { percent: 60, text: 'Đã hoàn thiện phương án' } }),
    expect: [401, 403, 403, 403, 403, 403, 403, 201],
    after: (body, state) => { state.version = z.object({ task: Versioned }).parse(body).task.version; },
  },
  {
    name: 'comment: the secretariat and the task\'s units; another unit cannot',
    request: () => ({ method: 'POST', url: `/api/tasks/${TEA}/comments`, payload: { text: 'Đề nghị bổ sung số liệu' } }),
    expect: [401, 403, 403, 403, 403, 403, 201, 201],
  },
  {
    name: 'attach evidence: the lead unit only',
    request: () => upload(`/api/tasks/${TEA}/evidence`, 'bao-cao.pdf', '%PDF-1.4 bao cao'),
    expect: [401, 403, 403, 403, 403, 403, 403, 201],
    after: (body, state) => { state.evidenceId = Versioned.pick({ id: true }).parse(body).id; },
  },
  {
    name: 'download that evidence: whoever reads the task',
    request: (_who, state) => ({ url: `/api/task-evidence/${state.evidenceId ?? 'none'}/file` }),
    expect: [401, 403, 403, 200, 200, 403, 200, 200],
  },
  {
    name: 'edit and assign: the secretariat only',
    request: (_who, state) => ({ method: 'PATCH', url: `/api/tasks/${TEA}`, payload: { version: state.version, productText: 'Báo cáo và bản đồ vùng trồng' } }),
    expect: [401, 403, 403, 403, 403, 403, 200, 403],
    after: (body, state) => { state.version = Versioned.parse(body).version; },
  },
  {
    name: 'mark done: the lead unit (its own task), the secretariat (another task)',
    request: (who, state) => ({ method: 'POST', url: `/api/tasks/${who === 'thuky' ? CHECKS : TEA}/status`, payload: { version: who === 'thuky' ? 1 : state.version, status: 'done' } }),
    expect: [401, 403, 403, 403, 403, 403, 200, 200],
  },
  {
    name: 'cancel with a reason: the secretariat only',
    request: () => ({ method: 'POST', url: `/api/tasks/${CLINICS}/cancel`, payload: { version: 1, reason: 'Chuyển sang kế hoạch năm sau' } }),
    expect: [401, 403, 403, 403, 403, 403, 200, 403],
  },
  {
    name: 'reopen: the secretariat only',
    request: () => ({ method: 'POST', url: `/api/tasks/${CLINICS}/reopen`, payload: { version: 2 } }),
    expect: [401, 403, 403, 403, 403, 403, 200, 403],
  },
  {
    name: 'create a plan: the secretariat only',
    request: () => ({ method: 'POST', url: '/api/plans', payload: { organisationId: PROVINCE, title: 'Kế hoạch kiểm tra' } }),
    expect: [401, 403, 403, 403, 403, 403, 201, 403],
    after: (body, state) => { state.draftPlanId = Versioned.parse(body).id; },
  },
  {
    name: 'add a task to it: the secretariat only',
    request: (_who, state) => ({ method: 'POST', url: `/api/plans/${state.draftPlanId ?? 'none'}/tasks`, payload: { title: 'Kiểm tra chuyên đề', leadUnitId: demoId('unit/nn') } }),
    expect: [401, 403, 403, 403, 403, 403, 201, 403],
    after: (body, state) => { state.addedTaskId = Versioned.parse(body).id; },
  },
  {
    name: 'a draft is hidden from units and the public',
    request: (_who, state) => ({ url: `/api/plans/${state.draftPlanId ?? 'none'}` }),
    expect: [401, 403, 403, 200, 200, 403, 200, 403],
  },
  {
    name: 'publish it: the secretariat only',
    request: (_who, state) => ({ method: 'POST', url: `/api/plans/${state.draftPlanId ?? 'none'}/publish`, payload: { version: 1 } }),
    expect: [401, 403, 403, 403, 403, 403, 200, 403],
  },
  {
    name: 'a published plan\'s task is cancelled, not deleted',
    request: (_who, state) => ({ method: 'DELETE', url: `/api/tasks/${state.addedTaskId ?? 'none'}?version=1` }),
    expect: [401, 403, 403, 403, 403, 403, 409, 403],
  },
  {
    name: 'import a plan document: the secretariat only',
    request: () => upload(`/api/terms/${demoId('term/XV')}/plans/import`, 'ke-hoach.txt', SAMPLE),
    expect: [401, 403, 403, 403, 403, 403, 201, 403],
  },
  { name: 'one\'s own reminders', request: () => ({ url: '/api/notifications' }), expect: [401, 200, 200, 200, 200, 200, 200, 200] },
];

await onBothEngines('role × plan and task route matrix', (engine) => {
  test('every role gets the status the authorization table gives it, row after row', () =>
    withServer(engine, async ({ app }) => {
      const mismatches = await runMatrix(app, ROWS, { version: 1 });
      assert.deepEqual(mismatches, []);
    }));
});
