/** The document routes on both engines: upload, list, read, search without diacritics, download, and who may. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { demoId } from '../services/demo/load-demo.ts';
import { onBothEngines } from '../services/testing/engines.ts';
import { addOtherProvinceReporter } from '../services/testing/other-province.ts';
import { as, errorCode, multipart, signIn, withServer } from './testing/test-server.ts';

const SAMPLE = readFileSync(new URL('../../examples/bao-cao-so-ket-mau.txt', import.meta.url));
const XV = demoId('term/XV');
const XIV_REPORT = demoId('XIV/report');

interface Detail {
  id: string;
  title: string;
  lines: { text: string; line: number; endLine: number }[];
  sections: { label: string; line: number }[];
  footnotes: { number: number; citations: { line: number; start: number; end: number }[] }[];
}

interface Search {
  hits: { documentId: string; line: number; text: string; matches: { start: number; end: number }[]; sectionPath: string[] }[];
  total: number;
}

await onBothEngines('document routes', (engine) => {
  test('the secretariat files a report; readers list, read, search it without diacritics and download it', () =>
    withServer(engine, async ({ app }) => {
      const thuky = as(await signIn(app, 'thuky'));
      const body = multipart('Báo cáo sơ kết.txt', SAMPLE);
      const created = await app.inject({ method: 'POST', url: `/api/terms/${XV}/documents`, payload: body.payload, headers: { ...thuky, ...body.headers } });
      assert.equal(created.statusCode, 201);
      const id = created.json<{ id: string }>().id;

      const lanhdao = as(await signIn(app, 'lanhdao'));
      const list = await app.inject({ url: `/api/terms/${XV}/documents`, headers: lanhdao });
      assert.equal(list.statusCode, 200);
      // Beside it, the demo consultation's sample draft (two versions, unnumbered).
      assert.deepEqual(list.json<{ documents: { id: string; number: string }[] }>().documents.map((d) => [d.id, d.number]), [
        [id, '120-BC/TU'], [demoId('XV/draft-report-v2'), null], [demoId('XV/draft-report-v1'), null],
      ]);

      const detail = await app.inject({ url: `/api/documents/${id}`, headers: lanhdao });
      assert.equal(detail.statusCode, 200);
      const document = detail.json<Detail>();
      assert.deepEqual(document.sections.slice(0, 2).map((s) => s.label), ['A-', 'I-']);
      assert.equal(document.lines.length, 42);
      const citation = document.footnotes[0]?.citations[0];
      assert.equal(citation?.line, 15);
      assert.equal(document.lines.find((l) => l.line === 15)?.text.slice(citation.start, citation.end), '1');

      const search = await app.inject({ url: `/api/documents/search?termId=${XV}&q=${encodeURIComponent('che phu rung')}`, headers: lanhdao });
      assert.equal(search.statusCode, 200);
      const { hits, total } = search.json<Search>();
      // The sample draft's forest cover target matches too, once per version.
      assert.equal(total, 3);
      const hit = hits.find((h) => h.documentId === id);
      assert.equal(hit?.text.slice(hit.matches[0]?.start, hit.matches[0]?.end), 'che phủ rừng');
      const within = await app.inject({ url: `/api/documents/search?documentId=${id}&q=dang%20vien`, headers: lanhdao });
      assert.ok(within.json<Search>().total >= 2);

      const file = await app.inject({ url: `/api/documents/${id}/file`, headers: lanhdao });
      assert.equal(file.statusCode, 200);
      assert.deepEqual(file.rawPayload, SAMPLE);
      assert.match(String(file.headers['content-type']), /^text\/plain/);
      assert.match(String(file.headers['content-disposition']), /^attachment; filename="Bao cao so ket.txt"; filename\*=UTF-8''B%C3%A1o%20c%C3%A1o/);
    }));

  test('a document whose file was not kept has no download; unknown ids and a bad search are named errors', () =>
    withServer(engine, async ({ app }) => {
      const kiemtra = as(await signIn(app, 'kiemtra'));
      const report = await app.inject({ url: `/api/documents/${XIV_REPORT}`, headers: kiemtra });
      assert.equal(report.statusCode, 200);
      const file = await app.inject({ url: `/api/documents/${XIV_REPORT}/file`, headers: kiemtra });
      assert.deepEqual([file.statusCode, errorCode(file)], [404, 'record_not_found']);
      const unknown = await app.inject({ url: '/api/documents/nope', headers: kiemtra });
      assert.deepEqual([unknown.statusCode, errorCode(unknown)], [404, 'record_not_found']);
      const noScope = await app.inject({ url: '/api/documents/search?q=rung', headers: kiemtra });
      assert.equal(noScope.statusCode, 400);
      const blank = await app.inject({ url: `/api/documents/search?termId=${XV}&q=`, headers: kiemtra });
      assert.equal(blank.statusCode, 400);
      const extra = await app.inject({ url: `/api/documents/search?termId=${XV}&q=rung&x=1`, headers: kiemtra });
      assert.equal(extra.statusCode, 400);
    }));

  test('a reporter of another province, the public and nobody cannot list, read, search or download', () =>
    withServer(engine, async ({ app, database }) => {
      await addOtherProvinceReporter(database.db, 'dienbien');
      const callers = [as(await signIn(app, 'dienbien')), as(await signIn(app, 'nguoidan'))];
      const urls = [
        `/api/terms/${demoId('term/XIV')}/documents`, `/api/documents/${XIV_REPORT}`, `/api/documents/${XIV_REPORT}/file`,
        `/api/documents/search?documentId=${XIV_REPORT}&q=rung`, `/api/documents/search?termId=${demoId('term/XIV')}&q=rung`,
      ];
      for (const url of urls) {
        for (const headers of callers) {
          const response = await app.inject({ url, headers });
          assert.deepEqual([response.statusCode, errorCode(response)], [403, 'forbidden'], url);
        }
        assert.equal((await app.inject({ url })).statusCode, 401, url);
      }
      const nongnghiep = as(await signIn(app, 'nongnghiep'));
      assert.equal((await app.inject({ url: `/api/documents/${XIV_REPORT}`, headers: nongnghiep })).statusCode, 200);
    }));
});
