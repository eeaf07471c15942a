/** The report downloads over HTTP, on the demo (both provinces), on SQLite and PostgreSQL. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { z } from 'zod';
import { SYSTEM_ACTOR } from '../services/actor.ts';
import { demoId } from '../services/demo/load-demo.ts';
import { createDeps } from '../services/deps.ts';
import { appendixData, organisationComparisonData, reportLayout } from '../services/report.service.ts';
import { onBothEngines } from '../services/testing/engines.ts';
import { AppendixDataResponse, OrganisationComparisonResponse, ReportDocument, TermComparisonResponse } from './schemas/report.schemas.ts';
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

  test('format=layout: the document the files are written from, rows and cells as the builders lay them out', () =>
    withServer(engine, async ({ app, database }) => {
      const headers = as(await signIn(app, 'thuky'));
      const response = await app.inject({ url: appendixUrl(`asOf=${MID}&format=layout`), headers });
      assert.equal(response.statusCode, 200, response.body.slice(0, 200));
      assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
      assert.match(String(response.headers['content-disposition']), /^inline; filename="phu-luc-ket-qua-chi-tieu-2023\.layout\.json"/u);
      // The schema keeps every field (zod would drop unknown ones, and the comparison would fail).
      const layout = ReportDocument.parse(response.json());
      const deps = createDeps(database.db, { clock: () => new Date('2025-03-01T08:00:00.000Z') });
      assert.deepEqual(layout, await reportLayout(deps, SYSTEM_ACTOR, { kind: 'appendix', termId: XIV, asOfPeriodIds: [MID] }));
      assert.deepEqual([layout.kindLine, layout.orientation, layout.tables.length], ['PHỤ LỤC', 'landscape', 1]);
      const [table] = layout.tables;
      assert.ok(table);
      // Four groups, then the indicators and components of the demo's XIV framework.
      const data = await appendixData(deps, SYSTEM_ACTOR, { termId: XIV, asOfPeriodIds: [MID] });
      assert.deepEqual(table.rows.filter((row) => row.kind === 'group').map((row) => row.cells['name']), data.groups.map((group) => ({ kind: 'text', text: group.name })));
      assert.equal(table.rows.length, data.groups.length + data.groups.reduce((sum, group) => sum + group.indicators.length, 0));
      const grdp = table.rows.find((row) => row.cells['name']?.kind === 'text' && row.cells['name'].text === 'Tốc độ tăng trưởng GRDP');
      assert.deepEqual([grdp?.cells['result_1'], grdp?.cells['status_1']], [{ kind: 'number', value: 3.91, decimals: 2 }, { kind: 'status', status: 'not_yet', word: 'Chưa đạt' }]);
      const grdpData = data.groups.flatMap((group) => group.indicators).find((indicator) => indicator.name === 'Tốc độ tăng trưởng GRDP')?.results[0];
      assert.deepEqual(grdp?.cells['percent_1'], { kind: 'percent', value: grdpData?.percentOfTarget, decimals: 1 });
      assert.deepEqual(table.columns.map((column) => column.title), ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu Nghị quyết Đại hội', 'Ước thực hiện giai đoạn 2021-2023']);
      // The summary's layout carries its narrative; the comparison across terms its highlighted rows.
      const summary = ReportDocument.parse((await app.inject({ url: `/api/terms/${XIV}/reports/summary?asOf=${END}&format=layout`, headers })).json());
      assert.ok(summary.paragraphs.some((paragraph) => paragraph.style === 'list'), 'the at-risk list');
      const terms = ReportDocument.parse((await app.inject({ url: `/api/terms/${demoId('term/XV')}/reports/compare-terms?format=layout`, headers })).json());
      assert.ok(terms.tables[0]?.rows.some((row) => row.highlight === true), 'a changed target');
      // The OpenAPI document describes the layout.
      const openapi = (await app.inject({ url: '/api/openapi.json' })).json<{ components: { schemas: Record<string, unknown> }; paths: Record<string, Record<string, unknown>> }>();
      for (const name of ['ReportDocument', 'ReportCell', 'ReportColumn', 'ReportColumnGroup', 'ReportTableRow', 'ReportParagraph', 'ReportHeader']) assert.ok(openapi.components.schemas[name], name);
      assert.match(JSON.stringify(openapi.paths['/api/terms/{termId}/reports/appendix']), /#\/components\/schemas\/ReportDocument/u);
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
