import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Column, ColumnGroup } from './model.ts';
import { organisationComparisonDocument, organisationComparisonRecords, termPhrase } from './organisation-comparison.ts';
import { sampleOrganisationComparisonData } from './testing/sample-data.ts';
import { must } from './testing/must.ts';

const isGroup = (c: Column | ColumnGroup): c is ColumnGroup => 'columns' in c;

describe('organisationComparisonDocument', () => {
  test('landscape; Chỉ tiêu, ĐVT, then per organisation a merged title over Mục tiêu, Kết quả, Đánh giá', () => {
    const doc = organisationComparisonDocument(sampleOrganisationComparisonData());
    assert.equal(doc.orientation, 'landscape');
    assert.deepEqual(doc.title, ['SO SÁNH KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU', 'GIỮA TỈNH MẪU VÀ TỈNH BÊN']);
    assert.equal(doc.subtitle, '(Số liệu: Ước thực hiện giai đoạn 2020-2025)');
    assert.equal(doc.fileStem, 'so-sanh-chi-tieu-cac-dia-phuong-2023');
    const columns = must(doc.tables[0]).columns;
    assert.deepEqual(columns.map((c) => c.title), ['Chỉ tiêu', 'Đơn vị tính', 'Tỉnh Mẫu, nhiệm kỳ 2020-2025', 'Tỉnh Bên, nhiệm kỳ 2020-2025']);
    const groups = columns.filter(isGroup);
    assert.equal(groups.length, 2);
    for (const group of groups) {
      assert.deepEqual(group.columns.map((c) => c.title), ['Mục tiêu', 'Kết quả', 'Đánh giá']);
    }
  });

  test('figures of different periods: no common subtitle, each result column names its period', () => {
    const data = sampleOrganisationComparisonData();
    must(data.organisations[1]).periodLabel = 'Năm 2024';
    const doc = organisationComparisonDocument(data);
    assert.equal(doc.subtitle, null);
    const groups = must(doc.tables[0]).columns.filter(isGroup);
    assert.deepEqual(groups.map((g) => must(g.columns[1]).title), ['Kết quả (Ước thực hiện giai đoạn 2020-2025)', 'Kết quả (Năm 2024)']);
  });

  test('one row per matched indicator; each organisation\'s target, result and status in its own columns', () => {
    const data = sampleOrganisationComparisonData();
    const rows = must(organisationComparisonDocument(data).tables[0]).rows;
    assert.equal(rows.length, data.rows.length);
    assert.ok(rows.every((r) => r.kind === 'item'));
    const grdp = must(rows[0]);
    assert.deepEqual(grdp.cells['name'], { kind: 'text', text: 'Tốc độ tăng trưởng GRDP' });
    assert.deepEqual(grdp.cells['target_1'], { kind: 'text', text: '8-9' });
    assert.deepEqual(grdp.cells['result_2'], { kind: 'number', value: 6.85, decimals: 2 });
    assert.deepEqual(grdp.cells['status_2'], { kind: 'status', status: 'at_risk', word: 'Khó đạt' });
    assert.deepEqual(must(rows[3]).cells['result_2'], { kind: 'text', text: 'Trên 3' });
    assert.equal(must(rows[3]).cells['status_2']?.kind, 'empty');
    assert.deepEqual(['target_2', 'result_2', 'status_2'].map((k) => must(rows[4]).cells[k]?.kind), ['empty', 'empty', 'empty']);
  });

  test('three organisations give three groups; a term label that says "nhiệm kỳ" is not doubled', () => {
    const data = sampleOrganisationComparisonData();
    data.organisations.push({ id: 'org-ba', name: 'Tỉnh Ba', termLabel: 'Nhiệm kỳ 2020-2025', periodLabel: must(data.organisations[0]).periodLabel });
    const doc = organisationComparisonDocument(data);
    assert.equal(doc.title[1], 'GIỮA TỈNH MẪU, TỈNH BÊN VÀ TỈNH BA');
    assert.equal(must(doc.tables[0]).columns.at(-1)?.title, 'Tỉnh Ba, Nhiệm kỳ 2020-2025');
    assert.equal(termPhrase('2015-2020'), 'nhiệm kỳ 2015-2020');
    // The rows have no entry for the third organisation: its cells are simply absent (empty).
    assert.ok(must(doc.tables[0]).rows.every((r) => !('result_3' in r.cells)));
  });
});

describe('organisationComparisonRecords', () => {
  test('one row per indicator and organisation, values as numbers or null', () => {
    const data = sampleOrganisationComparisonData();
    const records = organisationComparisonRecords(data);
    assert.equal(records.rows.length, data.rows.length * data.organisations.length);
    for (const c of records.columns) assert.match(c.key, /^[a-z]+(?:_[a-z]+)*$/);
    const ben = must(records.rows.find((r) => r['name'] === 'GRDP bình quân đầu người' && r['organisation_id'] === 'org-ben'));
    assert.deepEqual([ben['organisation_name'], ben['value'], ben['status'], ben['status_word'], ben['target_text']], ['Tỉnh Bên', 55, 'at_risk', 'Khó đạt', '60']);
    const missing = must(records.rows.find((r) => r['name'] === 'Tỷ lệ lao động qua đào tạo' && r['organisation_id'] === 'org-ben'));
    assert.deepEqual([missing['indicator_name'], missing['value'], missing['status']], [null, null, null]);
  });
});
