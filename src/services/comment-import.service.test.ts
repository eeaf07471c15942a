/**
 * Importing a sheet of comments on both engines: an XLSX workbook built with exceljs and a CSV
 * file, rows stored as published offline comments with their channel, "Mục" matched to a
 * section by label or by title, "Địa bàn" to a locality with or without "Xã", an unknown
 * section refused with its row number, an unknown locality kept with a warning, rows that
 * break the comment rules listed as refused.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { listComments, type Executor } from '../store/index.ts';
import { actorUserId } from './actor.ts';
import { importComments } from './comment-import.service.ts';
import { openConsultation } from './consultation.service.ts';
import { importDocument } from './document-import.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld } from './testing/fixtures.ts';

const DRAFT = fileURLToPath(new URL('../../examples/nghi-quyet-mau.txt', import.meta.url));
const HEADER = ['STT', 'Nội dung góp ý', 'Ý kiến', 'Lý do', 'Mục', 'Đối tượng', 'Địa bàn', 'Họ và tên', 'Cơ quan, tổ chức', 'Thư điện tử', 'Ngày'];
const CAMPAIGN = 'Đề nghị ưu tiên vốn cho đường giao thông nông thôn và cầu treo dân sinh ở các bản vùng cao.';

/** Rows below the header (row 1), so the first is sheet row 2. */
const ROWS: (string | number | null)[][] = [
  [1, 'Đề nghị làm rõ chỉ tiêu tăng trưởng từng năm.', 'Đồng ý một phần', null, '2.1', 'Cán bộ, đảng viên', 'Xã Bản Lang', 'Nguyễn Văn An', null, 'an@example.vn', '12/02/2024'],
  [2, 'Mục tiêu tổng quát cần nhấn mạnh chuyển đổi số.', 'Đồng ý một phần', null, 'Mục tiêu tổng quát', 'Nhân dân', 'Bản Lang', null, null, null, null],
  [3, 'Nhất trí phương hướng.', 'Tán thành', null, 'II', 'Nhân dân', 'tỉnh lai châu', null, null, null, null],
  [4, 'Chưa sát thực tế.', 'Không tán thành', 'Nguồn vốn đầu tư công giảm.', 'PHÁT TRIỂN VĂN HÓA, XÃ HỘI', 'Doanh nghiệp', null, null, 'Công ty TNHH Mường Tè', null, null],
  [5, 'Góp ý về mục không có.', 'Đồng ý một phần', null, 'Mục XX', null, null, null, null, null, null],
  [6, CAMPAIGN, 'Đồng ý một phần', null, null, null, 'Xã Không Có', null, null, null, null],
  [7, CAMPAIGN, 'Đồng ý một phần', null, 'Toàn văn dự thảo', null, null, null, null, null, null],
  [8, 'Không đồng ý nhưng không nêu lý do.', 'Không tán thành', null, null, null, null, null, null, null, null],
  [9, 'Xem <script>alert(1)</script>', 'Đồng ý một phần', null, null, null, null, null, null, null, null],
  [10, 'Đối tượng lạ.', null, null, null, 'Sinh viên', null, null, null, null, null],
];

async function xlsx(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Góp ý');
  [HEADER, ...rows].forEach((values, i) => {
    const row = sheet.getRow(i + 1);
    values.forEach((value, c) => (row.getCell(c + 1).value = value));
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function csv(rows: (string | number | null)[][]): Uint8Array {
  const quote = (value: string | number | null) => (value === null ? '' : /[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
  return new TextEncoder().encode([HEADER, ...rows].map((r) => r.map(quote).join(',')).join('\r\n'));
}

async function setup(db: Executor) {
  const w = await seedWorld(db);
  const document = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: DRAFT });
  const consultation = await openConsultation(w.deps, w.actors.secretariat, { documentId: document.id, title: 'Dự thảo Nghị quyết', opensOn: '2024-01-20', closesOn: '2024-02-29' });
  return { w, consultation };
}

await onBothEngines('comment import', (engine) => {
  test('an XLSX sheet: rows stored with the channel, sections by label and title, localities with or without "Xã"; bad rows listed by number', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation } = await setup(db);
      const progress: [number, number][] = [];
      const result = await importComments(
        w.deps, w.actors.secretariat, { consultationId: consultation.id, channel: 'meeting', fileName: 'gop-y-hoi-nghi.xlsx' }, await xlsx(ROWS),
        (done, total) => progress.push([done, total]),
      );
      assert.deepEqual([result.imported, result.spam, result.duplicatesFound], [6, 0, 1]);
      assert.deepEqual(result.refused.map((r) => r.row), [6, 9, 10, 11]);
      assert.deepEqual(result.refused[0]?.messages, ['Không tìm thấy mục "Mục XX" trong dự thảo.']);
      assert.deepEqual(result.refused[1]?.messages, ['Khi không tán thành, xin cho biết lý do.']);
      assert.match(result.refused[2]?.messages[0] ?? '', /mã lệnh/);
      assert.match(result.refused[3]?.messages[0] ?? '', /Sinh viên/);
      assert.deepEqual(result.warnings, [{ row: 7, messages: ['Không tìm thấy địa bàn "Xã Không Có"; ý kiến được nhập không kèm địa bàn.'] }]);
      assert.deepEqual(progress, [[9, 9]]);
      const stored = await listComments(db, { consultationId: consultation.id });
      assert.deepEqual(stored.map((c) => [c.target.kind === 'section' ? c.target.sectionId : c.target.kind, c.localityId]), [
        ['s23', w.commune.id],
        ['s20', w.commune.id],
        ['s19', w.province.id],
        ['s43', null],
        ['draft', null],
        ['draft', null],
      ]);
      assert.ok(stored.every((c) => c.channel === 'meeting' && c.moderation.state === 'published' && c.enteredBy === actorUserId(w.actors.secretariat)));
      const [first, , , business] = stored;
      assert.deepEqual([first?.stance, first?.respondentType, first?.contact, first?.submittedAt], [
        'partly', 'party_member', { name: 'Nguyễn Văn An', email: 'an@example.vn', phone: null }, '2024-02-12T05:00:00.000Z',
      ]);
      assert.deepEqual([business?.stance, business?.reason, business?.organisation, business?.respondentType], ['disagree', 'Nguồn vốn đầu tư công giảm.', 'Công ty TNHH Mường Tè', 'business']);
      assert.equal(stored[5]?.duplicateGroupId, stored[4]?.id);
    }));

  test('a CSV file: the channel defaults to import; a commune reporter may import, a leader may not', () =>
    withDatabase(engine, async ({ db }) => {
      const { w, consultation } = await setup(db);
      const rows = ROWS.slice(0, 4);
      const input = { consultationId: consultation.id, fileName: 'gop-y.csv' };
      await rejectsWithCode(importComments(w.deps, w.actors.leader, input, csv(rows)), 'forbidden');
      await rejectsWithCode(importComments(w.deps, w.actors.otherSecretariat, input, csv(rows)), 'forbidden');
      const result = await importComments(w.deps, w.actors.communeReporter, input, csv(rows));
      assert.deepEqual([result.imported, result.refused, result.warnings], [4, [], []]);
      const stored = await listComments(db, { consultationId: consultation.id });
      assert.deepEqual(stored.map((c) => c.channel), ['import', 'import', 'import', 'import']);
      assert.deepEqual(stored.map((c) => c.text), rows.map((r) => r[1]));
      assert.equal(stored[3]?.organisation, 'Công ty TNHH Mường Tè');
      assert.deepEqual(stored.map((c) => (c.target.kind === 'section' ? c.target.path : [])), [['II-', '2.', '2.1.'], ['II-', '1.'], ['II-'], ['III-', '2.']]);
      await rejectsWithCode(importComments(w.deps, w.actors.secretariat, { ...input, fileName: 'trong.csv' }, new TextEncoder().encode('a,b\n1,2\n')), 'invalid_input');
    }));
});
