import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { observationColumns, rowsToIndicators, valueOf } from './rows-to-indicators.ts';
import type { Column, ColumnKind } from './schema.ts';
import { resolveCompareColumns, type TableRow } from './table-row.ts';

function columns(spec: readonly [ColumnKind, string, string?][]): Column[] {
  return spec.map(([kind, label, period]) => ({ kind, label, period: period ?? null }));
}

const TERM_TABLE = columns([
  ['code', 'TT'],
  ['name', 'Chỉ tiêu'],
  ['unit', 'Đơn vị tính'],
  ['target', 'Mục tiêu'],
  ['result', 'Kết quả thực hiện'],
  ['status', 'Đánh giá'],
  ['next_target', 'Mục tiêu 2030'],
  ['note', 'Ghi chú'],
]);

function row(cells: (string | null)[], line = 1): TableRow {
  return { cells, line, endLine: line };
}

describe('rows to indicators', () => {
  test('a result cell\'s value drops its qualifier and unit', () => {
    assert.deepEqual(['>80', '100%', '1.653/năm', '12.355,5', 'giảm 3-4', ''].map(valueOf), [80, 100, 1653, 12355.5, null, null]);
  });

  test('each result column takes the % and status columns up to the next result', () => {
    const spread = columns([
      ['target', 'Mục tiêu'],
      ['result', 'Kết quả', 'Giai đoạn 1'],
      ['percent', 'Tỷ lệ %', 'Giai đoạn 1'],
      ['status', 'So sánh', 'Giai đoạn 1'],
      ['result', 'Kết quả', 'Giai đoạn 2'],
      ['status', 'So sánh', 'Giai đoạn 2'],
    ]);
    assert.deepEqual(observationColumns(spread), [
      { result: 1, percent: 2, status: 3, label: 'Giai đoạn 1' },
      { result: 4, percent: null, status: 5, label: 'Giai đoạn 2' },
    ]);
  });

  test('a row with target, result, status, next target and note', () => {
    const [indicator] = rowsToIndicators([row(['I', 'Kinh tế', '', '', '', '', '', '']), row(['1', '- Tỷ lệ che phủ rừng', '%', '> 50', '50,16', 'Đạt', '53', 'Số liệu sơ bộ'], 7)], TERM_TABLE, 2025);
    assert.ok(indicator);
    assert.equal(indicator.group, 'Kinh tế');
    assert.equal(indicator.code, '1');
    assert.equal(indicator.name, 'Tỷ lệ che phủ rừng');
    assert.equal(indicator.unit, '%');
    assert.equal(indicator.line, 7);
    assert.equal(indicator.source, 'table');
    assert.equal(indicator.target?.text, '> 50');
    assert.equal(indicator.target?.kind, 'at_least');
    assert.equal(indicator.nextTarget?.text, '53');
    assert.equal(indicator.note, 'Số liệu sơ bộ');
    assert.deepEqual(indicator.observations, [
      { label: 'Kết quả thực hiện', text: '50,16', value: 50.16, percentText: null, documentStatus: 'Đạt', computedStatus: null, stage: 'final' },
    ]);
  });

  test('a new indicator with only the next term\'s target has no target and no observation', () => {
    const [indicator] = rowsToIndicators([row(['', '- Tỷ lệ xã có nhà văn hóa', '%', '', '', '', '80', ''])], TERM_TABLE, null);
    assert.equal(indicator?.target, null);
    assert.equal(indicator?.nextTarget?.text, '80');
    assert.deepEqual(indicator?.observations, []);
  });

  test('a status with no figure still makes an observation; a heading row makes no indicator', () => {
    const indicators = rowsToIndicators([row(['11', '- Tổ chức đạt trong sạch', '%', '> 60', '', 'Không đạt', '', 'Đổi tiêu chí']), row(['', '- Cơ cấu:', '', '', '', '', '', ''])], TERM_TABLE, null);
    assert.equal(indicators.length, 1);
    assert.deepEqual(indicators[0]?.observations.map((o) => [o.text, o.value, o.documentStatus]), [['', null, 'Không đạt']]);
  });

  test('"So sánh" columns become status columns when they hold status words, % columns otherwise', () => {
    const compare = columns([['name', 'Chỉ tiêu'], ['result', 'Kết quả'], ['compare', 'So sánh']]);
    assert.equal(resolveCompareColumns(compare, [row(['A', '1', 'Vượt'])])[2]?.kind, 'status');
    assert.equal(resolveCompareColumns(compare, [row(['A', '1', '0,03'])])[2]?.kind, 'percent');
  });
});
