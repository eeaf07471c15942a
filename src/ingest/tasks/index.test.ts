/**
 * extractTasks on a small plan of our own (fixtures/ke-hoach-mau.txt): every part the reader
 * looks for, the parts it must leave alone (purpose, last year's results, recipients), and
 * an appendix listing documents.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ExtractedTask } from '../../domain/plan.ts';
import type { StructuredDocument } from '../../domain/document.ts';
import { structureText } from '../read-document.ts';
import { extractTasks } from './index.ts';

const plan = structureText(readFileSync(new URL('fixtures/ke-hoach-mau.txt', import.meta.url), 'utf8'));
const tasks = extractTasks(plan);

function task(line: number): ExtractedTask {
  const found = tasks.find((candidate) => candidate.sourceLine === line);
  assert.ok(found, `no task at line ${line}`);
  return found;
}

describe('extractTasks on a plan of our own', () => {
  test('reads the task parts in order and leaves purpose, results and recipients alone', () => {
    assert.deepEqual(
      tasks.map((t) => [t.sourceLine, t.number, t.kind]),
      [
        [24, '1', 'regular'], [26, null, 'project'], [28, null, 'thematic_resolution'],
        [30, '2', 'regular'], [32, null, 'regular'], [34, null, 'regular'],
        [38, '1', 'breakthrough'], [40, '2', 'breakthrough'], [42, '3', 'breakthrough'],
        [46, '1', 'key_programme'], [48, '2', 'key_programme'],
        [52, '1', 'regular'], [54, '2', 'report_duty'], [56, '3', 'regular'],
        [75, '1', 'thematic_resolution'], [81, '2', 'project'],
      ],
    );
  });

  test('bullets sit under their numbered item, with its heading in their path', () => {
    const bullet = task(26);
    assert.equal(bullet.parentIndex, 0);
    assert.deepEqual(bullet.path, ['III. Nhiệm vụ trọng tâm', '1. Về phát triển kinh tế']);
    assert.deepEqual(task(24).path, ['III. Nhiệm vụ trọng tâm']);
    assert.equal(task(24).parentIndex, null);
    assert.equal(task(34).parentIndex, 3);
    assert.deepEqual(task(38).path, ['IV. Các khâu đột phá']);
  });

  test('lead and supporting units, deadline and product of a task', () => {
    assert.deepEqual(pick(task(26)), {
      leadUnitText: 'Sở Tài chính',
      supportingUnitsText: 'các sở, ngành liên quan',
      dueText: 'hoàn thành trong quý III/2026',
      dueDate: '2026-09-30',
      recurrence: null,
      productText: 'Đề án thu hút đầu tư',
    });
    assert.deepEqual(pick(task(28)), {
      leadUnitText: 'Sở Nông nghiệp và Môi trường',
      supportingUnitsText: 'Ủy ban nhân dân các xã',
      dueText: 'trước ngày 30/6/2026',
      dueDate: '2026-06-30',
      recurrence: null,
      productText: 'Nghị quyết chuyên đề về cây dược liệu',
    });
    assert.equal(task(32).dueDate, '2027-12-31');
    assert.equal(task(34).dueText, 'Thường xuyên');
  });

  test('"Tổ chức thực hiện": lead units, a recurrence, a report duty and an impossible date', () => {
    const first = task(52);
    assert.equal(first.leadUnitText, 'Văn phòng Tỉnh ủy');
    assert.equal(first.supportingUnitsText, 'Ban Tuyên giáo và Dân vận Tỉnh ủy');
    assert.deepEqual(first.recurrence, { every: 'quarter', day: null, text: 'định kỳ hằng quý' });
    assert.equal(first.dueDate, null);
    const report = task(54);
    assert.equal(report.leadUnitText, 'Ban Tổ chức Tỉnh ủy');
    assert.equal(report.productText, 'Báo cáo sơ kết giữa nhiệm kỳ');
    assert.equal(report.dueDate, '2028-09-30');
    const impossible = task(56);
    assert.equal(impossible.leadUnitText, 'Các huyện ủy, đảng ủy trực thuộc');
    assert.equal(impossible.dueText, 'trước 31/02/2026');
    assert.equal(impossible.dueDate, null);
  });

  test('the appendix list: number, date and summary over several lines, kind from its group', () => {
    assert.deepEqual(task(75).listedDocument, { number: '15-NQ/TU', date: '2026-03-12', summary: 'Nghị quyết về phát triển cây dược liệu giai đoạn 2026-2030.' });
    assert.deepEqual(task(75).path, ['Phụ lục 1. Danh mục nghị quyết, đề án cần ban hành', 'I. Nghị quyết']);
    assert.equal(task(75).title, 'Nghị quyết về phát triển cây dược liệu giai đoạn 2026-2030');
    assert.deepEqual(task(81).listedDocument, { number: '07-ĐA/TU', date: '2026-04-20', summary: 'Đề án phát triển du lịch cộng đồng.' });
    assert.equal(task(81).kind, 'project');
    assert.deepEqual([task(81).leadUnitText, task(81).dueDate, task(81).productText], [null, null, null]);
  });

  test('every parent index points at an earlier task of the same part', () => {
    tasks.forEach((t, index) => {
      if (t.parentIndex === null || t.parentIndex === undefined) return;
      assert.ok(t.parentIndex < index);
      assert.deepEqual(t.path.slice(0, -1), tasks[t.parentIndex]?.path);
    });
  });
});

describe('extractTasks on odd input', () => {
  test('a document without outline or lines gives no task', () => {
    const empty: StructuredDocument = { ...plan, lines: [], sections: [], footnotes: [] };
    assert.deepEqual(extractTasks(empty), []);
  });

  test('sections that point nowhere or overlap do not throw', () => {
    const odd: StructuredDocument = {
      ...plan,
      sections: [
        { label: 'III.', title: 'NHIỆM VỤ', level: 1, line: 999, endLine: 5 },
        { label: 'Phụ lục 9', title: '', level: 1, line: 3, endLine: 1 },
        ...plan.sections.map((section) => ({ ...section, level: 7 - section.level })),
      ],
    };
    assert.ok(Array.isArray(extractTasks(odd)));
  });
});

function pick(t: ExtractedTask): Partial<ExtractedTask> {
  const { leadUnitText, supportingUnitsText, dueText, dueDate, recurrence, productText } = t;
  return { leadUnitText, supportingUnitsText, dueText, dueDate, recurrence, productText };
}
