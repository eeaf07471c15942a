import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanLine, Section } from '../../domain/document.ts';
import { readDocumentLists } from './document-list.ts';

function numbered(texts: readonly string[]): CleanLine[] {
  return texts.map((text, i) => ({ text, line: i + 1, endLine: i + 1 }));
}

const appendix = (endLine: number): Section => ({ label: 'Phụ lục 2', title: 'DANH MỤC VĂN BẢN', level: 1, line: 1, endLine });

test('rows with the date on the next line, symbols of other bodies, repeated headers and no groups', () => {
  const lines = numbered([
    'Phụ lục 2',
    'DANH MỤC VĂN BẢN',
    'STT Số, ký hiệu Ngày văn bản Trích yếu nội dung',
    '1 138/NQ-CP',
    'ngày 16/5/2025 Nghị quyết của Chính phủ về kinh tế tư nhân.',
    '2 Số 07 - CTr/TU 05/7/2022',
    'STT Số, ký hiệu Ngày văn bản Trích yếu nội dung',
    'Chương trình hành động về chuyển đổi số.',
    '3 Số 31-KL/TU 31/02/2021',
  ]);
  const tasks = readDocumentLists(lines, [appendix(9)]);
  assert.deepEqual(
    tasks.map((task) => [task.number, task.kind, task.listedDocument, task.sourceLine]),
    [
      ['1', 'thematic_resolution', { number: '138/NQ-CP', date: '2025-05-16', summary: 'Nghị quyết của Chính phủ về kinh tế tư nhân.' }, 4],
      ['2', 'key_programme', { number: '07-CTr/TU', date: '2022-07-05', summary: 'Chương trình hành động về chuyển đổi số.' }, 6],
      ['3', 'conclusion', { number: '31-KL/TU', date: null, summary: '' }, 9],
    ],
  );
  assert.equal(tasks[2]?.title, 'Số 31-KL/TU');
  assert.deepEqual(tasks[0]?.path, ['Phụ lục 2. Danh mục văn bản']);
});

test('group rows give the kind and a path entry; lines outside appendices are never rows', () => {
  const lines = numbered(['1 Số 01-NQ/TU 01/01/2021', 'Phụ lục 2', 'III. KẾT LUẬN', '1 Số 05-NQ/TU 02/02/2022 Kết luận về tiếp tục thực hiện Nghị quyết.']);
  const tasks = readDocumentLists(lines, [{ ...appendix(4), line: 2 }]);
  assert.equal(tasks.length, 1);
  assert.equal(tasks[0]?.kind, 'conclusion');
  assert.deepEqual(tasks[0]?.path, ['Phụ lục 2. Danh mục văn bản', 'III. Kết luận']);
});

test('an appendix of figures has no document rows', () => {
  const lines = numbered(['Phụ lục 3', '1 Tốc độ tăng trưởng GRDP % 9-10 3,91 Chưa đạt', '2 Thu ngân sách tỷ đồng 3.000 2.134']);
  assert.deepEqual(readDocumentLists(lines, [{ ...appendix(3), label: 'Phụ lục 3' }]), []);
});
