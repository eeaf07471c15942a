/**
 * Seed 000 ends with a table that arrived TAB-prefixed, one cell per line, its header
 * lost: TT, Chỉ tiêu, Đơn vị tính, XIII target, result, Đánh giá, 2025 target, Ghi chú.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ExtractedIndicator } from '../../domain/document.ts';
import { cleanText } from '../clean-text.ts';
import { extractTables } from './index.ts';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
const raw = readFileSync(new URL('000_d99e14e1def16ddb.txt', SEEDS), 'utf8');
const { tables, indicators } = extractTables(cleanText(raw).lines);

/** A line of the seed as the test reads it, so that its sentences are not copied here. */
function seedLine(line: number): string {
  return (raw.split('\n')[line - 1] ?? '').normalize('NFC').trim();
}

function row(name: string): ExtractedIndicator {
  const found = indicators.filter((indicator) => indicator.name === name);
  const [first] = found;
  assert.ok(first && found.length === 1, name);
  return first;
}

function view(indicator: ExtractedIndicator): unknown[] {
  const observations = indicator.observations.map((o) => [o.text, o.value, o.documentStatus, o.percentText ?? null]);
  return [indicator.code, indicator.subgroup ?? null, indicator.unit, indicator.target?.text ?? null, observations, indicator.nextTarget?.text ?? null, indicator.note ?? null];
}

describe('seed 000: TAB-prefixed cells, header lost', () => {
  test('one table, its columns read from the cells', () => {
    assert.deepEqual(tables.map((table) => [table.layout, table.line, table.columns]), [
      ['cell_per_line', 269, ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả thực hiện', 'Đánh giá', 'Mục tiêu nhiệm kỳ tới', 'Ghi chú']],
    ]);
  });

  test('53 indicator rows: 54 rows with a name, less the heading "Cơ cấu kinh tế:" (counted by hand)', () => {
    assert.equal(indicators.length, 53);
    assert.equal(indicators.filter((indicator) => indicator.code === '1').length, 5);
    assert.equal(indicators.filter((indicator) => indicator.code === '11').length, 7);
  });

  test('every observation is the final result, labelled, with no computed status', () => {
    for (const indicator of indicators) {
      assert.equal(indicator.source, 'table');
      assert.equal(indicator.group, null);
      for (const o of indicator.observations) assert.deepEqual([o.label, o.stage, o.computedStatus], ['Kết quả thực hiện', 'final', null]);
    }
  });

  test('named rows, every field', () => {
    assert.deepEqual(view(row('Tốc độ tăng trưởng GRDP')), ['1', null, '%', '> 10', [['12,8', 12.8, 'Vượt', null]], '9-10', null]);
    assert.equal(row('Tốc độ tăng trưởng GRDP').target?.kind, 'at_least');
    assert.deepEqual(view(row('GRDP bình quân đầu người')), ['1', null, 'triệu đồng', '40', [['40,1', 40.1, 'Đạt', null]], '65,0', null]);
    assert.deepEqual(view(row('Nông, lâm nghiệp và thuỷ sản')), ['1', 'Cơ cấu kinh tế', '%', '20', [['15,1', 15.1, 'Đạt', null]], '15', null]);
    assert.deepEqual(view(row('Giá trị gia tăng ngành nông nghiệp')), ['2', null, '%', null, [], '>5', null]);
    assert.deepEqual(view(row('Tổng sản lượng lương thực có hạt')), ['2', null, 'tấn', '> 200.000', [['220.000', 220000, 'Vượt', null]], '226.000', null]);
    assert.deepEqual(view(row('Tăng trưởng đàn gia súc')), ['2', null, '%', null, [['5', 5, null, null]], '5', null]);
    assert.deepEqual(view(row('Kim ngạch xuất nhập khẩu tăng bình quân')), ['4', null, '%', '> 10', [['18,16', 18.16, 'Vượt', null]], '11,5', null]);
    assert.deepEqual(view(row('Tỷ lệ học sinh trong độ tuổi tiểu học')), ['6', null, '%', null, [], '98', null]);
    assert.deepEqual(view(row('Tỷ lệ dân số được quản lý bằng hồ sơ sức khỏe điện tử')), ['7', null, '%', null, [], '70', seedLine(546)]);
    assert.deepEqual(view(row('Bác sỹ/1vạn dân')), ['7', null, '1/10.000', '12', [['12,1', 12.1, 'Đạt', null]], '13', null]);
    assert.deepEqual(view(row('Thể nhẹ cân')), ['7', 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', '%', null, [], '< 15', null]);
    assert.deepEqual(view(row('Tỷ lệ giảm hộ nghèo bình quân hằng năm')), ['8', null, '%', 'giảm 3-4', [['4,75', 4.75, 'Vượt', null]], '2', seedLine(610)]);
    assert.deepEqual(view(row('Tổ chức cơ sở đảng đạt trong sạch, vững mạnh')), ['11', null, '%', '> 60', [['', null, 'Không đạt', null]], null, seedLine(711)]);
    assert.deepEqual(view(row('Kết nạp đảng viên hằng năm')), ['11', null, 'người', '>1.000/năm', [['1.653/năm', 1653, 'Vượt', null]], '1.000', null]);
    assert.deepEqual(view(row('Tổ chức chính quyền cơ sở đạt khá và tốt hằng năm')), ['11', null, '%', '> 80', [['77,78', 77.78, 'Không đạt', null]], null, seedLine(748)]);
  });
});
