/**
 * The comment export on both engines: every state with its word and a duplicate group's size,
 * contact columns only when asked, the state filter, CSV / XLSX / JSON, and who may export:
 * the secretariat anything, a leader the published comments without contact, another
 * province's secretariat nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { listComments, type Executor } from '../store/index.ts';
import { importComments } from './comment-import.service.ts';
import { exportComments } from './comment-export.service.ts';
import { moderate } from './comment-moderation.service.ts';
import { openConsultation } from './consultation.service.ts';
import { importDocument } from './document-import.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld } from './testing/fixtures.ts';

const DRAFT = fileURLToPath(new URL('../../examples/nghi-quyet-mau.txt', import.meta.url));
const SAME = 'Đề nghị ưu tiên vốn cho đường giao thông nông thôn và cầu treo dân sinh ở các bản vùng cao.';
const SHEET = [
  'Nội dung góp ý,Ý kiến,Lý do,Mục,Đối tượng,Địa bàn,Họ và tên,Thư điện tử',
  `${SAME},Tán thành,,Mục tiêu tổng quát,Nhân dân,Xã Bản Lang,Lò Văn Sáng,sang@example.vn`,
  `${SAME},Tán thành,,Mục tiêu tổng quát,Nhân dân,,,`,
  'Chưa sát thực tế.,Không tán thành,Nguồn vốn đầu tư công giảm.,,Doanh nghiệp,,,',
  'Một ý kiến sẽ bị ẩn.,Đồng ý một phần,,,Khác,,,',
].join('\r\n');

async function setup(db: Executor) {
  const w = await seedWorld(db);
  const document = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: DRAFT });
  const consultation = await openConsultation(w.deps, w.actors.secretariat, { documentId: document.id, title: 'Dự thảo Nghị quyết', opensOn: '2024-01-20', closesOn: '2024-02-29' });
  const imported = await importComments(w.deps, w.actors.secretariat, { consultationId: consultation.id, channel: 'meeting', fileName: 'gop-y.csv' }, new TextEncoder().encode(SHEET));
  assert.equal(imported.imported, 4);
  const hidden = (await listComments(db, { consultationId: consultation.id })).find((c) => c.text === 'Một ý kiến sẽ bị ẩn.');
  assert.ok(hidden);
  await moderate(w.deps, w.actors.secretariat, { commentId: hidden.id, version: hidden.version, state: 'hidden', reason: 'off_topic' });
  return { w, consultationId: consultation.id };
}

const csvLines = (body: Buffer) => body.toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '');

await onBothEngines('comment export', (engine) => {
  test('CSV: every state in arrival order with the group size; contact only with withContact; a state filter', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultationId } = await setup(db);
      const all = await exportComments(w.deps, w.actors.secretariat, { consultationId, format: 'csv' });
      assert.match(all.fileName, /^y-kien-gop-y-du-thao-nghi-quyet-2024-02-01\.csv$/);
      const lines = csvLines(all.body);
      assert.equal(lines[0], 'STT,Nội dung dự thảo,Ý kiến,Nội dung góp ý,Lý do,Đối tượng,Địa bàn,"Cơ quan, tổ chức",Hình thức góp ý,Thời điểm góp ý,Trạng thái,Nhóm trùng lặp,Số ý kiến trong nhóm');
      assert.equal(lines.length, 5);
      assert.match(lines[1] ?? '', /^1,Mục .*Mục tiêu tổng quát,Tán thành,.*,,Người dân,Xã Bản Lang,,"Hội nghị, tọa đàm",2024-02-01T03:00:00\.000Z,Đã công khai,[0-9a-f-]{36},2$/);
      assert.match(lines[3] ?? '', /^3,Toàn văn dự thảo,Không tán thành,Chưa sát thực tế\.,Nguồn vốn đầu tư công giảm\.,Doanh nghiệp,,,.*,Đã công khai,,1$/);
      assert.match(lines[4] ?? '', /,Đã ẩn,,1$/);
      assert.doesNotMatch(all.body.toString('utf8'), /sang@example\.vn|Lò Văn Sáng/);
      const withContact = csvLines((await exportComments(w.deps, w.actors.secretariat, { consultationId, format: 'csv', withContact: true })).body);
      assert.match(withContact[0] ?? '', /,Họ và tên,Thư điện tử,Số điện thoại$/);
      assert.match(withContact[1] ?? '', /,Lò Văn Sáng,sang@example\.vn,$/);
      const hidden = await exportComments(w.deps, w.actors.secretariat, { consultationId, format: 'csv', states: ['hidden'] });
      assert.equal(hidden.count, 1);
    }));

  test('XLSX and JSON: the same rows; JSON keeps the codes', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultationId } = await setup(db);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await exportComments(w.deps, w.actors.secretariat, { consultationId, format: 'xlsx' })).body as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      assert.equal(sheet?.name, 'Ý kiến góp ý');
      assert.equal(sheet?.rowCount, 5);
      const first = sheet?.getRow(2).values as unknown[];
      assert.deepEqual([first[1], first[3], first[7], first[13]], [1, 'Tán thành', 'Xã Bản Lang', 2]);
      const json = JSON.parse((await exportComments(w.deps, w.actors.secretariat, { consultationId, format: 'json', states: ['published'] })).body.toString('utf8'));
      assert.deepEqual(json.comments.map((c: { stance: string; state: string; groupSize: number }) => [c.stance, c.state, c.groupSize]), [
        ['agree', 'published', 2], ['agree', 'published', 2], ['disagree', 'published', 1],
      ]);
      assert.ok(json.comments.every((c: object) => !('contact' in c)));
    }));

  test('a leader exports the published comments without contact only; another province\'s secretariat nothing', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultationId } = await setup(db);
      const published = await exportComments(w.deps, w.actors.leader, { consultationId, format: 'csv', states: ['published'] });
      assert.equal(published.count, 3);
      await rejectsWithCode(exportComments(w.deps, w.actors.leader, { consultationId, format: 'csv' }), 'forbidden');
      await rejectsWithCode(exportComments(w.deps, w.actors.leader, { consultationId, format: 'csv', states: ['published'], withContact: true }), 'forbidden');
      await rejectsWithCode(exportComments(w.deps, w.actors.otherSecretariat, { consultationId, format: 'csv', states: ['published'] }), 'forbidden');
    }));
});
