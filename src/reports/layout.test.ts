import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cellText, dateLine, estimateTextWidth, headerBlock, minimumColumnWidths, numberLine, rowSegments, scaleWidths, tableLayout,
} from './layout.ts';
import type { DocumentHeader } from './model.ts';
import { sampleDocument } from './testing/sample-document.ts';

const party: DocumentHeader = { layout: 'party', parentIssuer: 'ĐẢNG BỘ TỈNH LAI CHÂU', issuer: 'TỈNH ỦY', number: 'Số 443-BC/TU', place: 'Lai Châu', date: '2023-11-03' };
const state: DocumentHeader = { layout: 'state', parentIssuer: 'UBND TỈNH LAI CHÂU', issuer: 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ', number: '12/BC-SKHĐT', place: 'Lai Châu', date: '2024-02-05' };

describe('cellText', () => {
  it('prints numbers and percents the Vietnamese way with exactly their decimals', () => {
    assert.equal(cellText({ kind: 'number', value: 1234.5, decimals: 1 }), '1.234,5');
    assert.equal(cellText({ kind: 'number', value: 6, decimals: 1 }), '6,0');
    assert.equal(cellText({ kind: 'number', value: 1250, decimals: 0 }), '1.250');
    assert.equal(cellText({ kind: 'number', value: -7.85, decimals: 1 }), '-7,9');
    assert.equal(cellText({ kind: 'percent', value: 73.1, decimals: 1 }), '73,1%');
    assert.equal(cellText({ kind: 'percent', value: 100, decimals: 0 }), '100%');
    assert.equal(cellText({ kind: 'status', status: 'not_yet', word: 'Chưa đạt' }), 'Chưa đạt');
    assert.equal(cellText({ kind: 'text', text: 'Hoàn thành' }), 'Hoàn thành');
    assert.equal(cellText({ kind: 'empty' }), '');
    assert.equal(cellText(undefined), '');
  });
});

describe('tableLayout', () => {
  it('makes two header rows: group titles over their columns, plain columns merged down', () => {
    const table = sampleDocument().tables[0];
    assert.ok(table);
    const layout = tableLayout(table);
    assert.equal(layout.leaves.length, 10);
    assert.equal(layout.headerRows.length, 2);
    const [top, second] = layout.headerRows;
    assert.deepEqual(top?.map((c) => [c.text.slice(0, 8), c.col, c.colSpan, c.rowSpan]), [
      ['TT', 0, 1, 2], ['Chỉ tiêu', 1, 1, 2], ['ĐVT', 2, 1, 2], ['Mục tiêu', 3, 1, 2], ['Ước thực', 4, 3, 1], ['Ước thực', 7, 3, 1],
    ]);
    assert.deepEqual(second?.map((c) => c.col), [4, 5, 6, 7, 8, 9]);
  });

  it('makes one header row when no column is grouped', () => {
    const layout = tableLayout({ caption: null, columns: [{ key: 'a', title: 'A', width: 1, align: 'left' }], rows: [] });
    assert.equal(layout.headerRows.length, 1);
    assert.equal(layout.headerRows[0]?.[0]?.rowSpan, 1);
  });
});

describe('rowSegments', () => {
  const table = sampleDocument().tables[0];
  assert.ok(table);
  const { leaves } = tableLayout(table);

  it('merges a group row after its first column', () => {
    const segments = rowSegments({ kind: 'group', cells: { tt: { kind: 'text', text: 'I' }, name: { kind: 'text', text: 'Kinh tế' } } }, leaves);
    assert.deepEqual(segments.map((s) => [s.text, s.col, s.colSpan]), [['I', 0, 1], ['Kinh tế', 1, 9]]);
  });

  it('gives an item one segment per column, missing keys empty, and indents only a component\'s left-aligned text', () => {
    const cells = { name: { kind: 'text', text: '+ Dịch vụ' } } as const;
    const item = rowSegments({ kind: 'item', cells }, leaves);
    assert.equal(item.length, 10);
    assert.equal(item[0]?.text, '');
    assert.equal(item[1]?.indent, false);
    const component = rowSegments({ kind: 'component', cells }, leaves);
    assert.deepEqual(component.map((s) => s.indent), [false, true, false, false, false, false, false, false, false, false]);
  });
});

describe('scaleWidths', () => {
  it('scales to the total and keeps the proportions', () => {
    assert.deepEqual(scaleWidths([1, 3], 100), [25, 75]);
    const rounded = scaleWidths([4, 30, 8, 10, 9, 9, 10], 14000, { round: true });
    assert.equal(rounded.reduce((a, b) => a + b, 0), 14000);
    assert.ok(rounded.every(Number.isInteger));
  });

  it('pins columns to their own minimums and shares the rest, or scales the minimums down when they cannot fit', () => {
    const widths = scaleWidths([1, 1, 8], 100, { minimum: [20, 0, 0] });
    assert.equal(widths[0], 20);
    assert.ok(Math.abs((widths[1] ?? 0) - 80 / 9) < 1e-9);
    assert.deepEqual(scaleWidths([1, 1], 10, { minimum: [10, 30] }), [2.5, 7.5]);
  });

  it('keeps every column at the minimum, taking the excess from the wide ones', () => {
    const widths = scaleWidths([1, 99], 100, { minimum: 10 });
    assert.equal(widths[0], 10);
    assert.ok(Math.abs((widths[1] ?? 0) - 90) < 1e-9);
  });
});

describe('minimumColumnWidths', () => {
  it('keeps the widest word of each column whole, header words in bold, spanning cells aside', () => {
    const table = sampleDocument().tables[0];
    assert.ok(table);
    const measured: [string, boolean][] = [];
    const minimum = minimumColumnWidths(table, (text, bold) => {
      measured.push([text, bold]);
      return text.length;
    }, 2);
    assert.equal(minimum.length, 10);
    assert.equal(minimum[4], '1.234,5'.length + 2, 'the widest figure of the first result column');
    const nameWords = table.rows.flatMap((row) => (row.kind !== 'group' && row.cells.name?.kind === 'text' ? row.cells.name.text.split(' ') : []));
    assert.equal(minimum[1], Math.max(...nameWords.map((word) => word.length)) + 2, 'the longest word of the item names');
    assert.ok(measured.some(([text, bold]) => text === 'TT' && bold), 'header words are measured bold');
    assert.ok(!measured.some(([text]) => text === 'Ước'), 'a group title spans three columns and sets none');
  });

  it('estimates wider text for capitals, "%" and bold', () => {
    assert.ok(estimateTextWidth('III', 11, false) < estimateTextWidth('MMM', 11, false));
    assert.ok(estimateTextWidth('102,9%', 11, false) > estimateTextWidth('102,9', 11, false));
    assert.ok(estimateTextWidth('Đạt', 11, true) > estimateTextWidth('Đạt', 11, false));
  });
});

describe('header block', () => {
  it('writes the Party layout: issuer, mark and number on the left; the Party line and the date on the right', () => {
    const block = headerBlock(party);
    assert.deepEqual(block.left.map((l) => l.text), ['ĐẢNG BỘ TỈNH LAI CHÂU', 'TỈNH ỦY', '*', 'Số 443-BC/TU']);
    assert.equal(block.left[1]?.bold, true);
    assert.deepEqual(block.right.map((l) => l.text), ['ĐẢNG CỘNG SẢN VIỆT NAM', '', '', 'Lai Châu, ngày 03 tháng 11 năm 2023']);
    assert.equal(block.right[0]?.underline, true);
    assert.equal(block.right[3]?.italic, true);
  });

  it('writes the State layout of Decree 30: national name, motto with its rule, "Số:"', () => {
    const block = headerBlock(state);
    assert.deepEqual(block.left.map((l) => l.text), ['UBND TỈNH LAI CHÂU', 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'Số: 12/BC-SKHĐT']);
    assert.equal(block.left[1]?.rule, 'short');
    assert.deepEqual(block.right.map((l) => l.text), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lai Châu, ngày 05 tháng 02 năm 2024']);
    assert.equal(block.right[1]?.rule, 'text');
  });

  it('prints the number word per layout, keeps a written "Số", and leaves a missing number blank', () => {
    assert.equal(numberLine({ ...party, number: '443-BC/TU' }), 'Số 443-BC/TU');
    assert.equal(numberLine({ ...state, number: 'Số: 12/BC-UBND' }), 'Số: 12/BC-UBND');
    assert.equal(numberLine({ ...party, number: 'SỐ 443-BC/TU' }), 'SỐ 443-BC/TU');
    assert.equal(numberLine({ ...party, number: null }), 'Số ...');
    assert.equal(numberLine({ ...state, number: null }), 'Số: ...');
  });

  it('writes a leading zero for days below 10 and for January and February only', () => {
    assert.equal(dateLine({ ...party, date: '2023-03-07' }), 'Lai Châu, ngày 07 tháng 3 năm 2023');
    assert.equal(dateLine({ ...party, date: '2023-01-15' }), 'Lai Châu, ngày 15 tháng 01 năm 2023');
    assert.equal(dateLine({ ...party, date: '2023-12-31' }), 'Lai Châu, ngày 31 tháng 12 năm 2023');
  });
});
