/** The report downloads over HTTP, on the demo (both provinces), on SQLite and PostgreSQL. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { z } from 'zod';
import { SYSTEM_ACTOR } from '../services/actor.ts';
import { demoId } from '../services/demo/load-demo.ts';
import { createDeps } from '../services/deps.ts';
import { appendixData, organisationComparisonData } from '../services/report.service.ts';
import { onBothEngines } from '../services/testing/engines.ts';
import { AppendixDataResponse, OrganisationComparisonResponse, TermComparisonResponse } from './schemas/report.schemas.ts';
import { as, signIn, withServer } from './testing/test-server.ts';

const XIV = demoId('term/XIV');
const MID = demoId('XIV/period/mid');
const END = demoId('XIV/period/end');
const DB_XIV = demoId('dien-bien/term/XIV');
const appendixUrl = (query: string) => `/api/terms/${XIV}/reports/appendix?${query}`;

function errorCode(body: string): string | undefined {
  return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
}

await onBothEngines('report downloads', (engine) => {
  test('the appendix as a file in each format, and as data for the preview', () =>
    withServer(engine, async ({ app, database }) => {
      const headers = as(await signIn(app, 'thuky'));
      const signatures = { xlsx: 'PK\x03\x04', docx: 'PK\x03\x04', pdf: '%PDF-', csv: '\uFEFF' } as const;
      // Two periods: the file is named by the first one's year.
      for (const [format, signature] of Object.entries(signatures)) {
        const response = await app.inject({ url: appendixUrl(`asOf=${MID}&asOf=${END}&format=${format}`), headers });
        assert.equal(response.statusCode, 200, response.body.slice(0, 200));
        assert.equal(response.headers['content-disposition'], `attachment; filename="phu-luc-ket-qua-chi-tieu-2023.${format}"; filename*=UTF-8''phu-luc-ket-qua-chi-tieu-2023.${format}`);
        assert.equal(response.headers['cache-control'], 'private, no-store');
        assert.ok(response.rawPayload.subarray(0, Buffer.byteLength(signature)).equals(Buffer.from(signature)), format);
      }
      assert.equal((await app.inject({ url: appendixUrl(`asOf=${MID}`), headers })).headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const json = await app.inject({ url: appendixUrl(`asOf=${MID}&format=json&nextTarget=true`), headers });
      assert.equal(json.headers['content-type'], 'application/json; charset=utf-8');
      assert.match(String(json.headers['content-disposition']), /^inline; filename="phu-luc-ket-qua-chi-tieu-2023\.json"/u);
      const data: z.output<typeof AppendixDataResponse> = AppendixDataResponse.parse(json.json());
      // The server's clock (1 March 2025) dates the header; the data is the service's.
      const deps = createDeps(database.db, { clock: () => new Date('2025-03-01T08:00:00.000Z') });
      assert.deepEqual(data, await appendixData(deps, SYSTEM_ACTOR, { termId: XIV, asOfPeriodIds: [MID], showNextTarget: true }));
      const summary = await app.inject({ url: `/api/terms/${XIV}/reports/summary?asOf=${END}&format=docx`, headers });
      assert.deepEqual([summary.statusCode, summary.headers['content-disposition']], [200, 'attachment; filename="bao-cao-tom-tat-ket-qua-chi-tieu-2025.docx"; filename*=UTF-8\'\'bao-cao-tom-tat-ket-qua-chi-tieu-2025.docx']);
    }));

  test('the comparisons: terms of Lai Châu, provinces for the reader of both', () =>
    withServer(engine, async ({ app, database }) => {
      const terms = await app.inject({ url: `/api/terms/${demoId('term/XV')}/reports/compare-terms?format=json`, headers: as(await signIn(app, 'lanhdao')) });
      const comparison = TermComparisonResponse.parse(terms.json());
      assert.deepEqual([comparison.previousTerm.congress, comparison.currentTerm.congress, comparison.rows.length], ['XIV', 'XV', 35]);
      const reader = as(await signIn(app, 'tonghop'));
      const orgs = await app.inject({ url: `/api/reports/compare-orgs?term=${XIV}&term=${DB_XIV}&format=json`, headers: reader });
      const data = OrganisationComparisonResponse.parse(orgs.json());
      const deps = createDeps(database.db, { clock: () => new Date('2025-03-01T08:00:00.000Z') });
      assert.deepEqual(data, await organisationComparisonData(deps, SYSTEM_ACTOR, { termIds: [XIV, DB_XIV] }));
      const pdf = await app.inject({ url: `/api/reports/compare-orgs?term=${XIV}&term=${DB_XIV}&asOf=${demoId('XIV/period/2020')}&asOf=${demoId('dien-bien/XIV/period/2020')}&format=pdf`, headers: reader });
      assert.deepEqual([pdf.statusCode, pdf.headers['content-type'], pdf.rawPayload.subarray(0, 5).toString('latin1')], [200, 'application/pdf', '%PDF-']);
    }));

  test('refusals: another province, a bad format, a period of another term, three periods, an unknown term', () =>
    withServer(engine, async ({ app }) => {
      const leader = as(await signIn(app, 'lanhdao'));
      const other = await app.inject({ url: `/api/reports/compare-orgs?term=${XIV}&term=${DB_XIV}&format=json`, headers: leader });
      assert.deepEqual([other.statusCode, errorCode(other.body)], [403, 'forbidden']);
      const format = await app.inject({ url: appendixUrl(`asOf=${MID}&format=odt`), headers: leader });
      assert.deepEqual([format.statusCode, errorCode(format.body)], [400, 'invalid_input']);
      const foreign = await app.inject({ url: appendixUrl(`asOf=${demoId('XV/period/2026')}`), headers: leader });
      assert.deepEqual([foreign.statusCode, errorCode(foreign.body)], [400, 'invalid_input']);
      const three = await app.inject({ url: appendixUrl(`asOf=${MID}&asOf=${END}&asOf=${demoId('XIV/period/2020')}`), headers: leader });
      assert.deepEqual([three.statusCode, errorCode(three.body)], [400, 'invalid_input']);
      const none = await app.inject({ url: appendixUrl(''), headers: leader });
      assert.deepEqual([none.statusCode, errorCode(none.body)], [400, 'invalid_input']);
      const unknown = await app.inject({ url: `/api/terms/${demoId('term/none')}/reports/compare-terms`, headers: leader });
      assert.deepEqual([unknown.statusCode, errorCode(unknown.body)], [404, 'record_not_found']);
      const anonymous = await app.inject({ url: appendixUrl(`asOf=${MID}`) });
      assert.equal(anonymous.statusCode, 401);
    }));
});
