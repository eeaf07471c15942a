/** The task status report over HTTP, on the demo's published plan, on SQLite and PostgreSQL. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SYSTEM_ACTOR } from '../services/actor.ts';
import { demoId } from '../services/demo/load-demo.ts';
import { createDeps } from '../services/deps.ts';
import { taskReportData } from '../services/task-report.service.ts';
import { onBothEngines } from '../services/testing/engines.ts';
import { TaskReportResponse } from './schemas/task-report.schemas.ts';
import { as, errorCode, signIn, withServer } from './testing/test-server.ts';

const PLAN = demoId('tasks/plan');
const reportUrl = (query: string) => `/api/plans/${PLAN}/report?${query}`;

await onBothEngines('task status report download', (engine) => {
  test('each format with its name and first bytes; the JSON is the service\'s data', () =>
    withServer(engine, async ({ app, database }) => {
      const headers = as(await signIn(app, 'thuky'));
      const signatures = { xlsx: 'PK\x03\x04', docx: 'PK\x03\x04', pdf: '%PDF-', csv: '\uFEFF' } as const;
      for (const [format, signature] of Object.entries(signatures)) {
        const response = await app.inject({ url: reportUrl(`format=${format}`), headers });
        assert.equal(response.statusCode, 200, response.body.slice(0, 200));
        // The server's clock in tests is 1 March 2025.
        assert.equal(response.headers['content-disposition'], `attachment; filename="tinh-hinh-thuc-hien-nhiem-vu-2025-03-01.${format}"; filename*=UTF-8''tinh-hinh-thuc-hien-nhiem-vu-2025-03-01.${format}`);
        assert.equal(response.headers['cache-control'], 'private, no-store');
        assert.ok(response.rawPayload.subarray(0, Buffer.byteLength(signature)).equals(Buffer.from(signature)), format);
      }
      const xlsx = await app.inject({ url: `/api/plans/${PLAN}/report`, headers });
      assert.equal(xlsx.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const json = await app.inject({ url: reportUrl('format=json'), headers });
      assert.match(String(json.headers['content-disposition']), /^inline; /u);
      const data = TaskReportResponse.parse(json.json());
      const deps = createDeps(database.db, { clock: () => new Date('2025-03-01T08:00:00.000Z') });
      assert.deepEqual(data, await taskReportData(deps, SYSTEM_ACTOR, { planId: PLAN }));
      const clinics = data.rows.find((row) => row.id === demoId('tasks/1-4'));
      assert.deepEqual([clinics?.status, clinics?.daysLate, clinics?.leadUnit], ['overdue', 12, 'Sở Y tế']);
    }));

  test('a unit\'s reporter gets its own tasks; a bad format and an unknown plan are named errors', () =>
    withServer(engine, async ({ app }) => {
      const yte = await app.inject({ url: reportUrl('format=json'), headers: as(await signIn(app, 'yte')) });
      const titles = TaskReportResponse.parse(yte.json()).rows.map((row) => row.title);
      assert.ok(titles.includes('Nâng chất lượng khám chữa bệnh tuyến xã'));
      assert.ok(!titles.includes('Phát triển vùng chè và cây ăn quả tập trung'), 'another unit\'s task is not in it');
      const headers = as(await signIn(app, 'lanhdao'));
      const bad = await app.inject({ url: reportUrl('format=odt'), headers });
      assert.deepEqual([bad.statusCode, errorCode(bad)], [400, 'invalid_input']);
      const missing = await app.inject({ url: `/api/plans/${demoId('no-such-plan')}/report?format=csv`, headers });
      assert.deepEqual([missing.statusCode, errorCode(missing)], [404, 'record_not_found']);
    }));
});
