import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Cell, Column, ColumnGroup, TableRow } from './model.ts';
import { groupTermRows, termComparisonDocument, termComparisonRecords } from './term-comparison.ts';
import { sampleTermComparisonData } from './testing/sample-data.ts';
import { must } from './testing/must.ts';

const text = (cell: Cell | undefined): string | undefined => (cell?.kind === 'text' ? cell.text : undefined);
const title = (c: Column | ColumnGroup): string => c.title;

describe('termComparisonDocument', () => {
  test('landscape; TT, Chỉ tiêu, ĐVT, previous target, previous result, evaluation, current target, next target', () => {
    const doc = termComparisonDocument(sampleTermComparisonData());
    assert.equal(doc.orientation, 'landscape');
    assert.deepEqual(doc.title, ['SO SÁNH CÁC CHỈ TIÊU CHỦ YẾU QUA CÁC NHIỆM KỲ', 'TỈNH MẪU: NHIỆM KỲ 2020-2025 VÀ NHIỆM KỲ 2025-2030']);
    assert.equal(doc.fileStem, 'so-sanh-chi-tieu-nhiem-ky-2020-2025-va-2025-2030');
    assert.deepEqual(must(doc.tables[0]).columns.map(title), [
      'TT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu nhiệm kỳ 2020-2025', 'Kết quả thực hiện (Ước thực hiện giai đoạn 2020-2025)',
      'Đánh giá', 'Mục tiêu nhiệm kỳ 2025-2030', 'Mục tiêu nhiệm kỳ tới',
    ]);
  });

  test('the next-term column only when some row has a next target', () => {
    const data = sampleTermComparisonData();
    for (const row of data.rows) row.nextTargetText = null;
    const table = must(termComparisonDocument(data).tables[0]);
    assert.ok(!table.columns.map(title).includes('Mục tiêu nhiệm kỳ tới'));
    assert.ok(table.rows.every((r) => !('next_target' in r.cells)));
  });

  test('grouped by group name with numerals in order of first appearance; items numbered across groups; a row without a group has no heading', () => {
    const rows = must(termComparisonDocument(sampleTermComparisonData()).tables[0]).rows;
    const shape = rows.map((r: TableRow) => `${r.kind}:${text(r.cells['number']) ?? ''}:${text(r.cells['name']) ?? ''}`);
    assert.deepEqual(shape.filter((s) => s.startsWith('group')), [
      'group:I:Các chỉ tiêu về kinh tế', 'group:II:Các chỉ tiêu về văn hóa - xã hội', 'group:III:Các chỉ tiêu về môi trường',
    ]);
    assert.deepEqual(rows.filter((r) => r.kind === 'item').map((r) => text(r.cells['number'])), ['1', '2', '3', '4', '5', '6', '7', '8']);
    assert.equal(shape.at(-1), 'item:8:Số tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ');
    assert.equal(shape.at(-2)?.startsWith('item:7:'), true, 'the ungrouped row follows the last group without a heading');
  });

  test('rows of one group given apart are brought together', () => {
    const data = sampleTermComparisonData();
    data.rows.push({ ...must(data.rows[0]), name: 'Thu ngân sách nhà nước trên địa bàn' });
    const groups = groupTermRows(data.rows);
    assert.equal(groups.length, 4);
    assert.deepEqual(must(groups[0]).rows.map((r) => r.name).at(-1), 'Thu ngân sách nhà nước trên địa bàn');
  });

  test('changed rows are highlighted; the cells carry target texts, the result as a number or text, the status word', () => {
    const rows = must(termComparisonDocument(sampleTermComparisonData()).tables[0]).rows.filter((r) => r.kind === 'item');
    assert.deepEqual(rows.map((r) => r.highlight), [true, true, false, false, true, true, true, false]);
    const grdp = must(rows[0]);
    assert.deepEqual(grdp.cells['previous_target'], { kind: 'text', text: '8-9' });
    assert.deepEqual(grdp.cells['previous_result'], { kind: 'number', value: 6.1, decimals: 1 });
    assert.deepEqual(grdp.cells['previous_status'], { kind: 'status', status: 'at_risk', word: 'Khó đạt' });
    assert.deepEqual(grdp.cells['current_target'], { kind: 'text', text: '8' });
    assert.deepEqual(must(rows[3]).cells['previous_result'], { kind: 'text', text: 'Hoàn thành' });
    const fresh = must(rows[4]);
    assert.deepEqual(['previous_target', 'previous_result', 'previous_status'].map((k) => fresh.cells[k]?.kind), ['empty', 'empty', 'empty']);
    assert.deepEqual(must(rows[1]).cells['next_target'], { kind: 'text', text: '≥ 180' });
  });
});

describe('termComparisonRecords', () => {
  test('one row per indicator with numbers as numbers and the change as true/false', () => {
    const data = sampleTermComparisonData();
    const records = termComparisonRecords(data);
    assert.equal(records.rows.length, data.rows.length);
    for (const c of records.columns) assert.match(c.key, /^[a-z]+(?:_[a-z]+)*$/);
    const first = must(records.rows[0]);
    assert.equal(first['previous_value'], 6.1);
    assert.equal(first['previous_status'], 'at_risk');
    assert.equal(first['previous_status_word'], 'Khó đạt');
    assert.equal(first['changed'], 'true');
    assert.equal(first['group_numeral'], 'I');
    assert.equal(first['previous_term'], '2020-2025');
    assert.equal(first['current_term'], '2025-2030');
    const last = must(records.rows.at(-1));
    assert.deepEqual([last['group_numeral'], last['group_name'], last['number'], last['changed']], [null, null, 8, 'false']);
    assert.equal(must(records.rows[3])['previous_value'], null);
    assert.equal(must(records.rows[3])['previous_value_text'], 'Hoàn thành');
  });
});
