/** Downloading an evidence file: the bytes as uploaded, under their name, to whoever may read the figure. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoId } from '../services/demo/load-demo.ts';
import { onBothEngines } from '../services/testing/engines.ts';
import { attachmentHeader } from './download.ts';
import { as, errorCode, multipart, signIn, withServer } from './testing/test-server.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

test('the attachment name keeps the Vietnamese name and gives an ASCII fallback', () => {
  assert.equal(
    attachmentHeader('Biên bản đo rừng "2026".png'),
    'attachment; filename="Bien ban do rung _2026_.png"; filename*=UTF-8\'\'Bi%C3%AAn%20b%E1%BA%A3n%20%C4%91o%20r%E1%BB%ABng%20%222026%22.png',
  );
});

await onBothEngines('evidence download', (engine) => {
  test('the figure\'s unit, the secretariat and the inspector download it; another unit and nobody cannot', () =>
    withServer(engine, async ({ app }) => {
      const reporter = await signIn(app, 'nongnghiep');
      const entered = await app.inject({
        method: 'POST', url: '/api/observations', headers: as(reporter),
        payload: { indicatorId: demoId('XV/xv-39'), periodId: demoId('XV/period/2026'), kind: 'estimate', value: 55.1 },
      });
      assert.equal(entered.statusCode, 201, entered.body);
      const upload = multipart('ảnh hiện trường.png', PNG);
      const attached = await app.inject({
        method: 'POST', url: `/api/observations/${entered.json<{ id: string }>().id}/evidence`, payload: upload.payload, headers: { ...upload.headers, ...as(reporter) },
      });
      assert.equal(attached.statusCode, 201, attached.body);
      const url = `/api/evidence/${attached.json<{ id: string }>().id}/file`;
      for (const login of ['nongnghiep', 'thuky', 'kiemtra']) {
        const response = await app.inject({ url, headers: as(await signIn(app, login)) });
        assert.equal(response.statusCode, 200, `${login}: ${response.body}`);
        assert.deepEqual(response.rawPayload, PNG);
        assert.equal(response.headers['content-type'], 'image/png');
        assert.equal(response.headers['content-length'], String(PNG.length));
        assert.match(String(response.headers['content-disposition']), /^attachment; filename="anh hien truong.png"; filename\*=UTF-8''%E1%BA%A3nh%20hi%E1%BB%87n%20tr%C6%B0%E1%BB%9Dng\.png$/);
      }
      const other = await app.inject({ url, headers: as(await signIn(app, 'yte')) });
      assert.deepEqual([other.statusCode, errorCode(other)], [403, 'forbidden']);
      assert.equal((await app.inject({ url })).statusCode, 401);
      const missing = await app.inject({ url: '/api/evidence/none/file', headers: as(reporter) });
      assert.deepEqual([missing.statusCode, errorCode(missing)], [404, 'record_not_found']);
    }));
});
