import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LayoutColumn, LayoutColumnOrGroup, LayoutRow } from '../../api/reports.ts';
import { cellOf, cellSpan, cellText, columnPixels, entryCount, isColumnGroup, isFigure, labelColumn, leafColumns } from './report-cells.ts';

const column = (key: string, align: LayoutColumn['align'] = 'center'): LayoutColumn => ({ key, title: key.toUpperCase(), width: 10, align });

/** TT, Chỉ tiêu, then a period over its three columns, as the appendix lays them out. */
const COLUMNS: LayoutColumnOrGroup[] = [
  column('number'),
  column('name', 'left'),
  { title: 'Ước thực hiện giai đoạn 2021-2023', columns: [column('result_1', 'right'), column('percent_1', 'right'), column('status_1')] },
];

describe('cell text, as the files write it', () => {
  test('numbers with exactly their decimals, thousands with dots, negative figures', () => {
    assert.equal(cellText({ kind: 'number', value: 3.91, decimals: 2 }), '3,91');
    assert.equal(cellText({ kind: 'number', value: 47.5, decimals: 2 }), '47,50');
    assert.equal(cellText({ kind: 'number', value: 2840, decimals: 0 }), '2.840');
    assert.equal(cellText({ kind: 'number', value: 1234567.25, decimals: 1 }), '1.234.567,3');
    assert.equal(cellText({ kind: 'number', value: -0.4, decimals: 1 }), '-0,4');
  });

  test('percents in percent points with their decimals and a % sign', () => {
    assert.equal(cellText({ kind: 'percent', value: 43.44, decimals: 1 }), '43,4%');
    assert.equal(cellText({ kind: 'percent', value: 73.1, decimals: 1 }), '73,1%');
    assert.equal(cellText({ kind: 'percent', value: 100, decimals: 1 }), '100,0%');
    assert.equal(cellText({ kind: 'percent', value: 102.95, decimals: 0 }), '103%');
  });

  test('status words as the document writes them, text as it is, empty and missing cells blank', () => {
    assert.equal(cellText({ kind: 'status', status: 'not_yet', word: 'Chưa đạt' }), 'Chưa đạt');
    assert.equal(cellText({ kind: 'status', status: 'on_track', word: 'Theo lộ trình' }), 'Theo lộ trình');
    assert.equal(cellText({ kind: 'text', text: 'Hoàn thành' }), 'Hoàn thành');
    assert.equal(cellText({ kind: 'empty' }), '');
    assert.equal(cellText(undefined), '');
  });

  test('figures are numbers and percents only', () => {
    assert.deepEqual(
      [{ kind: 'number', value: 1, decimals: 0 }, { kind: 'percent', value: 1, decimals: 0 }, { kind: 'text', text: '1' }, { kind: 'empty' }, undefined].map((cell) => isFigure(cell as Parameters<typeof isFigure>[0])),
      [true, true, false, false, false],
    );
  });
});

describe('table shape', () => {
  test('leaf columns under their groups, left to right', () => {
    assert.deepEqual(leafColumns(COLUMNS).map((c) => c.key), ['number', 'name', 'result_1', 'percent_1', 'status_1']);
    assert.deepEqual(COLUMNS.map(isColumnGroup), [false, false, true]);
    assert.equal(labelColumn(leafColumns(COLUMNS))?.key, 'name');
    assert.equal(labelColumn([column('a'), column('b')])?.key, 'a');
  });

  test('a group row shows its first column, then its second across the rest; other rows span one column each', () => {
    const group = { kind: 'group' } as const;
    assert.deepEqual([0, 1, 2, 3, 4].map((i) => cellSpan(group, i, 5)), [1, 4, 0, 0, 0]);
    assert.deepEqual([0, 1, 2].map((i) => cellSpan({ kind: 'item' }, i, 3)), [1, 1, 1]);
    assert.deepEqual([0, 1].map((i) => cellSpan({ kind: 'component' }, i, 2)), [1, 1]);
    // A one-column table has nothing to span.
    assert.equal(cellSpan(group, 0, 1), 1);
  });

  test('a missing key is an empty cell; entries are items and components', () => {
    const row: LayoutRow = { kind: 'item', cells: { name: { kind: 'text', text: 'GRDP' } } };
    assert.deepEqual(cellOf(row, { key: 'name' }), { kind: 'text', text: 'GRDP' });
    assert.deepEqual(cellOf(row, { key: 'result_1' }), { kind: 'empty' });
    const rows: LayoutRow[] = [{ kind: 'group', cells: {} }, row, { kind: 'component', cells: {} }, { kind: 'subtotal', cells: {} }, { kind: 'item', cells: {}, highlight: true }];
    assert.equal(entryCount({ rows }), 3);
  });

  test('widths on screen follow the relative widths, never zero', () => {
    assert.equal(columnPixels(10), 97);
    assert.ok(columnPixels(38) > columnPixels(12));
    assert.equal(columnPixels(0), columnPixels(1));
  });
});
