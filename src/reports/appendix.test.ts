import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendixDocument, appendixRecords, appendixTable, inDisplayOrder } from './appendix.ts';
import type { AppendixData, Cell, Column, ColumnGroup, ReportTable, TableRow } from './model.ts';
import { sampleAppendixData } from './testing/sample-data.ts';
import { STATUS_WORD } from '../domain/vocabulary/index.ts';
import { must } from './testing/must.ts';

const isGroup = (c: Column | ColumnGroup): c is ColumnGroup => 'columns' in c;
const leafKeys = (table: ReportTable): string[] => table.columns.flatMap((c) => (isGroup(c) ? c.columns.map((l) => l.key) : [c.key]));
const cellText = (cell: Cell | undefined): string | undefined => (cell?.kind === 'text' ? cell.text : undefined);
const rowName = (row: TableRow): string | undefined => cellText(row.cells['name']);

describe('appendixDocument', () => {
  test('landscape, kind line, title naming the Party organisation, congress and term; the report it goes with', () => {
    const doc = appendixDocument(sampleAppendixData());
    assert.equal(doc.orientation, 'landscape');
    assert.equal(doc.kindLine, 'PHỤ LỤC');
    assert.deepEqual(doc.title, ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', 'NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH MẪU LẦN THỨ XIV, NHIỆM KỲ 2020-2025']);
    assert.equal(doc.subtitle, '(Kèm theo Báo cáo số 12-BC/TU ngày 03/11/2023)');
    assert.equal(doc.fileStem, 'phu-luc-ket-qua-chi-tieu-2023');
    assert.match(doc.fileStem, /^[a-z0-9-]+$/);
    assert.equal(doc.tables.length, 1);
  });

  test('the Party organisation comes from the organisation when the parent issuer is no Party body; no number, no subtitle', () => {
    const data = sampleAppendixData();
    data.header = { ...data.header, layout: 'state', parentIssuer: 'UBND TỈNH MẪU', issuer: 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ', number: null };
    data.organisationName = 'Tỉnh Lai Châu';
    const doc = appendixDocument(data);
    assert.equal(doc.title[1], 'NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LAI CHÂU LẦN THỨ XIV, NHIỆM KỲ 2020-2025');
    assert.equal(doc.subtitle, null);
  });

  test('columns: TT, Chỉ tiêu, Đơn vị tính, Mục tiêu, one merged group per period, then the optional columns', () => {
    const table = appendixTable(sampleAppendixData());
    const titles = table.columns.map((c) => c.title);
    assert.deepEqual(titles, [
      'TT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu Nghị quyết Đại hội',
      'Ước thực hiện giai đoạn 2021-2023', 'Ước thực hiện giai đoạn 2020-2025',
      'Mục tiêu nhiệm kỳ tới', 'Ghi chú',
    ]);
    const groups = table.columns.filter(isGroup);
    assert.equal(groups.length, 2);
    for (const group of groups) {
      assert.deepEqual(group.columns.map((c) => c.title), ['Kết quả đạt được', 'Tỷ lệ % so với mục tiêu', 'So sánh với mục tiêu']);
    }
    assert.equal(new Set(leafKeys(table)).size, leafKeys(table).length, 'column keys are unique');
  });

  test('without the optional columns there is neither the next-term target nor the note', () => {
    const data = { ...sampleAppendixData(), showNextTarget: false, showNote: false };
    const table = appendixTable(data);
    assert.deepEqual(table.columns.map((c) => c.title).slice(-1), ['Ước thực hiện giai đoạn 2020-2025']);
    assert.ok(table.rows.every((row) => !('next_target' in row.cells) && !('note' in row.cells)));
  });

  test('a group row per group with its numeral and name, items numbered, components right after their parent', () => {
    const table = appendixTable(sampleAppendixData());
    const groupRows = table.rows.filter((r) => r.kind === 'group');
    assert.deepEqual(groupRows.map((r) => [cellText(r.cells['number']), rowName(r)]), [
      ['I', 'Các chỉ tiêu về kinh tế'], ['II', 'Các chỉ tiêu về văn hóa - xã hội'], ['III', 'Các chỉ tiêu về môi trường'],
    ]);
    const items = table.rows.filter((r) => r.kind === 'item').map((r) => cellText(r.cells['number']));
    assert.deepEqual(items, ['1', '2', '3', '4', '5', '6', '7', '8']);
    const names = table.rows.map((r) => `${r.kind}:${rowName(r) ?? ''}`);
    const parent = names.indexOf('item:Cơ cấu kinh tế');
    assert.deepEqual(names.slice(parent + 1, parent + 4), ['component:Nông, lâm nghiệp, thủy sản', 'component:Công nghiệp, xây dựng', 'component:Dịch vụ']);
    assert.equal(names[names.indexOf('item:Giảm tỷ lệ hộ nghèo bình quân') + 1], 'component:Số huyện thoát nghèo');
    const component = table.rows.find((r) => rowName(r) === 'Dịch vụ');
    assert.equal(cellText(component?.cells['number']), '+');
  });

  test('a component listed before its parent in the data still follows the parent', () => {
    const data = sampleAppendixData();
    const economy = must(data.groups[0]);
    const agri = must(economy.indicators.find((i) => i.id === 'c-agri'));
    economy.indicators = [agri, ...economy.indicators.filter((i) => i !== agri)];
    const names = appendixTable(data).rows.map(rowName);
    assert.equal(names.indexOf('Nông, lâm nghiệp, thủy sản'), names.indexOf('Cơ cấu kinh tế') + 1);
    assert.equal(names.filter((n) => n === 'Nông, lâm nghiệp, thủy sản').length, 1);
  });

  test('components of components are nested, and a cycle of parents places each indicator once', () => {
    const data = sampleAppendixData();
    const economy = must(data.groups[0]);
    economy.indicators.push({ ...must(economy.indicators[3]), id: 'c-agri-forest', name: 'Lâm nghiệp', parentId: 'c-agri', number: '-' });
    const order = inDisplayOrder(economy.indicators).map((e) => `${e.indicator.id}@${e.depth}`);
    assert.equal(order[order.indexOf('c-agri@1') + 1], 'c-agri-forest@2');
    const cyclic = [
      { ...must(economy.indicators[0]), id: 'a', parentId: 'b' },
      { ...must(economy.indicators[0]), id: 'b', parentId: 'a' },
    ];
    assert.deepEqual(inDisplayOrder(cyclic).map((e) => e.indicator.id).sort(), ['a', 'b']);
  });

  test('a parent without figures of its own shows its name and empty results; one with figures shows them', () => {
    const table = appendixTable(sampleAppendixData());
    const structure = must(table.rows.find((r) => rowName(r) === 'Cơ cấu kinh tế'));
    for (const key of ['unit', 'target', 'result_1', 'percent_1', 'status_1', 'result_2', 'percent_2', 'status_2']) {
      assert.equal(structure.cells[key]?.kind ?? 'empty', 'empty', key);
    }
    const poverty = must(table.rows.find((r) => rowName(r) === 'Giảm tỷ lệ hộ nghèo bình quân'));
    assert.deepEqual(poverty.cells['result_1'], { kind: 'number', value: 3.5, decimals: 1 });
    assert.deepEqual(poverty.cells['status_2'], { kind: 'status', status: 'exceeded', word: 'Vượt' });
  });

  test('results: numbers with their decimals, text where the figure is words, percent with one decimal, status words exactly', () => {
    const table = appendixTable(sampleAppendixData());
    const row = (name: string) => must(table.rows.find((r) => rowName(r) === name));
    assert.deepEqual(row('GRDP bình quân đầu người').cells['result_1'], { kind: 'number', value: 52.5, decimals: 1 });
    assert.deepEqual(row('GRDP bình quân đầu người').cells['percent_1'], { kind: 'percent', value: 75, decimals: 1 });
    assert.deepEqual(row('Số huyện thoát nghèo').cells['result_2'], { kind: 'number', value: 2, decimals: 0 });
    assert.deepEqual(row('Phổ cập giáo dục mầm non cho trẻ 5 tuổi').cells['result_2'], { kind: 'text', text: 'Hoàn thành' });
    assert.equal(row('Tốc độ tăng trưởng GRDP bình quân').cells['percent_1']?.kind, 'empty', 'a range target has no percentage');
    assert.equal(row('Tỷ lệ chất thải rắn đô thị được thu gom, xử lý').cells['result_1']?.kind, 'empty', 'not reported');
    const words = new Set<string>();
    for (const r of table.rows) {
      for (const cell of Object.values(r.cells)) if (cell.kind === 'status') words.add(cell.word);
      for (const cell of Object.values(r.cells)) if (cell.kind === 'percent') assert.equal(cell.decimals, 1);
    }
    assert.deepEqual([...words].sort(), ['Chưa đạt', 'Khó đạt', 'Vượt', 'Đạt'].sort());
    for (const word of words) assert.ok((Object.values(STATUS_WORD) as string[]).includes(word), word);
  });

  test('a status without a word takes the domain\'s word', () => {
    const data = sampleAppendixData();
    must(must(must(data.groups[0]).indicators[0]).results[0]).statusWord = null;
    const cell = appendixTable(data).rows.find((r) => rowName(r) === 'Tốc độ tăng trưởng GRDP bình quân')?.cells['status_1'];
    assert.deepEqual(cell, { kind: 'status', status: 'not_yet', word: 'Chưa đạt' });
  });

  test('items are numbered 1, 2, ... across groups when the data gives no numbers', () => {
    const data = sampleAppendixData();
    for (const group of data.groups) for (const i of group.indicators) if (i.parentId === null) i.number = '';
    const numbers = appendixTable(data).rows.filter((r) => r.kind === 'item').map((r) => cellText(r.cells['number']));
    assert.deepEqual(numbers, ['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  test('the disagreements become notes, each prefixed; one alone is "Ghi chú:"', () => {
    const data = sampleAppendixData();
    const notes = appendixDocument(data).notes;
    assert.equal(notes.length, 2);
    assert.ok(must(notes[0]).startsWith('Ghi chú 1: Tỷ lệ che phủ rừng'));
    assert.ok(must(notes[1]).startsWith('Ghi chú 2: Dịch vụ'));
    assert.deepEqual(appendixDocument({ ...data, disagreements: [must(data.disagreements[0])] }).notes, [`Ghi chú: ${must(data.disagreements[0])}`]);
    assert.deepEqual(appendixDocument({ ...data, disagreements: [] }).notes, []);
  });

  test('one period gives one merged group', () => {
    const data: AppendixData = sampleAppendixData();
    data.periods = data.periods.slice(0, 1);
    const table = appendixTable(data);
    assert.equal(table.columns.filter(isGroup).length, 1);
    assert.ok(!leafKeys(table).includes('result_2'));
  });
});

describe('appendixRecords', () => {
  test('one row per indicator and period, machine-readable, with ASCII snake_case keys and Vietnamese titles', () => {
    const data = sampleAppendixData();
    const records = appendixRecords(data);
    const indicators = data.groups.flatMap((g) => g.indicators).length;
    assert.equal(records.rows.length, indicators * data.periods.length);
    assert.deepEqual(records.columns.map((c) => c.key), [
      'group_numeral', 'group_name', 'number', 'indicator_id', 'parent_id', 'name', 'unit', 'target_text',
      'period_id', 'period_label', 'value', 'value_text', 'percent_of_target', 'status', 'status_word',
    ]);
    for (const c of records.columns) assert.match(c.key, /^[a-z]+(?:_[a-z]+)*$/);
    assert.equal(records.columns.find((c) => c.key === 'status_word')?.title, 'Đánh giá');
    const pairs = new Set(records.rows.map((r) => `${r['indicator_id']}|${r['period_id']}`));
    assert.equal(pairs.size, records.rows.length, 'no indicator and period twice');
  });

  test('values are numbers or null, percentages rounded to two decimals, statuses as codes and words', () => {
    const rows = appendixRecords(sampleAppendixData()).rows;
    const find = (id: string, period: string) => must(rows.find((r) => r['indicator_id'] === id && r['period_id'] === period));
    const school = find('i-school', 'p-2021-2023');
    assert.equal(school['value'], 55);
    assert.equal(school['percent_of_target'], 91.67);
    assert.equal(school['status'], 'not_yet');
    assert.equal(school['status_word'], 'Chưa đạt');
    assert.equal(school['group_numeral'], 'II');
    const preschool = find('i-preschool', 'p-2020-2025');
    assert.equal(preschool['value'], null);
    assert.equal(preschool['value_text'], 'Hoàn thành');
    const waste = find('i-waste', 'p-2021-2023');
    assert.deepEqual([waste['value'], waste['value_text'], waste['percent_of_target'], waste['status'], waste['status_word']], [null, null, null, null, null]);
    assert.equal(find('c-agri', 'p-2020-2025')['parent_id'], 'i-structure');
    assert.equal(find('i-grdp', 'p-2020-2025')['period_label'], 'Ước thực hiện giai đoạn 2020-2025');
  });
});
