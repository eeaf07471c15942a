import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { demoId } from '../services/demo/load-demo.ts';
import { onBothEngines } from '../services/testing/engines.ts';
import type { Browser, TestServer } from './testing/test-server.ts';
import { as, errorCode, multipart, signIn, withServer } from './testing/test-server.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** A draft figure of Sở Nông nghiệp on XV forest cover in the open 2026 period. */
async function draft(app: TestServer['app'], reporter: Browser): Promise<string> {
  const response = await app.inject({
    method: 'POST', url: '/api/observations', headers: as(reporter),
    payload: { indicatorId: demoId('XV/xv-39'), periodId: demoId('XV/period/2026'), kind: 'estimate', value: 55.1 },
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json<{ id: string }>().id;
}

await onBothEngines('uploads', (engine) => {
  test('evidence: the type is read from the bytes, stored once under DATA_DIR/files/<sha256>', () =>
    withServer(engine, async ({ app, config }) => {
      const reporter = await signIn(app, 'nongnghiep');
      const id = await draft(app, reporter);
      const url = `/api/observations/${id}/evidence`;
      const sha256 = createHash('sha256').update(PDF).digest('hex');
      const ok = await app.inject({ method: 'POST', url, ...withAuth(reporter, multipart('C:\\scan\\biên bản.pdf', PDF)) });
      assert.equal(ok.statusCode, 201, ok.body);
      assert.deepEqual(
        [ok.json().fileName, ok.json().mediaType, ok.json().size, ok.json().sha256, ok.json().storageKey],
        ['biên bản.pdf', 'application/pdf', PDF.length, sha256, `files/${sha256}`],
      );
      assert.deepEqual(readFileSync(join(config.dataDir, 'files', sha256)), PDF);
      const disguised = await app.inject({ method: 'POST', url, ...withAuth(reporter, multipart('bao-cao.pdf', 'MZ\u0090\u0000 a program')) });
      assert.deepEqual([disguised.statusCode, errorCode(disguised)], [415, 'unsupported']);
      const empty = await app.inject({ method: 'POST', url, ...withAuth(reporter, multipart('rong.txt', '')) });
      assert.deepEqual([empty.statusCode, errorCode(empty)], [400, 'empty']);
      const json = await app.inject({ method: 'POST', url, headers: as(reporter), payload: { file: 'x' } });
      assert.deepEqual([json.statusCode, errorCode(json)], [415, 'unsupported_media_type']);
    }));

  test('a file over UPLOAD_LIMIT_MB is refused with 413', () =>
    withServer(engine, async ({ app }) => {
      const reporter = await signIn(app, 'nongnghiep');
      const id = await draft(app, reporter);
      const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
      const response = await app.inject({ method: 'POST', url: `/api/observations/${id}/evidence`, ...withAuth(reporter, multipart('lon.pdf', big)) });
      assert.deepEqual([response.statusCode, errorCode(response)], [413, 'body_too_large']);
      assert.equal(response.json().error.details.limit, 1024 * 1024);
    }, { env: { UPLOAD_LIMIT_MB: '1' } }));
});

/** The multipart request with the browser's cookie and CSRF token added to its headers. */
function withAuth(browser: Browser, request: { headers: Record<string, string>; payload: Buffer }): { headers: Record<string, string>; payload: Buffer } {
  return { payload: request.payload, headers: { ...request.headers, ...as(browser) } };
}
