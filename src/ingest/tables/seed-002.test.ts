/**
 * Seed 002's "Phụ lục 3": rows wrapped over several lines, the header repeated at every
 * page break (once in the middle of a row), a target and two periods of result, % and
 * status. Phụ lục 1 and 2 are other kinds of table and give no indicators.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ExtractedIndicator } from '../../domain/document.ts';
import { cleanText } from '../clean-text.ts';
import { extractTables } from './index.ts';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
const { tables, indicators } = extractTables(cleanText(readFileSync(new URL('002_5820d9dead76922e.txt', SEEDS), 'utf8')).lines);

const MID_TERM = 'Ước thực hiện giai đoạn 2021 - 2023';
const TERM_END = 'Ước thực hiện giai đoạn 2020 - 2025';

function row(name: string): ExtractedIndicator {
  const found = indicators.filter((indicator) => indicator.name === name);
  const [first] = found;
  assert.ok(first && found.length === 1, name);
  return first;
}

/** code, unit, target, then [result, value, %, status] for the mid-term and the term-end estimate. */
function view(indicator: ExtractedIndicator): unknown[] {
  const observations = indicator.observations.map((o) => [o.text, o.value, o.percentText ?? null, o.documentStatus]);
  return [indicator.code, indicator.unit, indicator.target?.text ?? null, ...observations];
}

describe('seed 002: wrapped rows with repeated headers', () => {
  test('one indicator table, titled, with the two periods spread over their sub-columns', () => {
    assert.equal(tables.length, 1);
    assert.equal(tables[0]?.layout, 'wrapped_rows');
    assert.equal(tables[0]?.line, 2529);
    assert.match(tables[0]?.title ?? '', /^KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU .* NHIỆM KỲ 2020-2025$/u);
    assert.deepEqual(tables[0]?.columns.slice(3, 5), ['Mục tiêu Nghị quyết Đại hội', `${MID_TERM}: Kết quả đạt được`]);
  });

  test('54 indicator rows (counted by hand: items 1-11 hold 6, 8, 1, 3, 6, 7, 5, 5, 5, 2, 6 rows)', () => {
    assert.equal(indicators.length, 54);
    const perItem = Array.from({ length: 11 }, (_, index) => indicators.filter((indicator) => indicator.code === String(index + 1)).length);
    assert.deepEqual(perItem, [6, 8, 1, 3, 6, 7, 5, 5, 5, 2, 6]);
  });

  test('every row has a mid-term (interim) and a term-end (estimate) observation', () => {
    for (const indicator of indicators) {
      assert.deepEqual(
        indicator.observations.map((o) => [o.label, o.stage, o.computedStatus]),
        [
          [MID_TERM, 'interim', null],
          [TERM_END, 'estimate', null],
        ],
        indicator.name,
      );
    }
  });

  test('groups from the roman-numbered rows', () => {
    assert.deepEqual([...new Set(indicators.map((indicator) => indicator.group))], [
      'Các chỉ tiêu về kinh tế',
      'Các chỉ tiêu về văn hóa, xã hội',
      'Chỉ tiêu về môi trường',
      'Các chỉ tiêu về xây dựng đảng và hệ thống chính trị',
    ]);
  });

  test('named rows, every field', () => {
    assert.deepEqual(view(row('Tốc độ tăng trưởng GRDP')), ['1', '%', '9-10', ['3,91', 3.91, null, 'Chưa đạt'], ['6,14', 6.14, null, 'Khó đạt']]);
    assert.equal(row('Tốc độ tăng trưởng GRDP').target?.kind, 'range');
    assert.deepEqual(view(row('GRDP bình quân đầu người')), ['1', 'Triệu đồng', '65', ['47,5', 47.5, '73,1%', 'Chưa đạt'], ['58,7', 58.7, '90,4%', 'Khó đạt']]);
    assert.deepEqual(view(row('Nông, lâm nghiệp, thủy sản')), ['1', '%', '12,44', ['15,16', 15.16, null, 'Chưa đạt'], ['14,29', 14.29, null, 'Khó đạt']]);
    assert.equal(row('Nông, lâm nghiệp, thủy sản').subgroup, 'Cơ cấu kinh tế');
    assert.deepEqual(view(row('Tổng sản lượng lương thực có hạt')), ['2', 'Nghìn tấn', '226', ['225,1', 225.1, '99,6%', 'Chưa đạt'], ['226', 226, '100%', 'Đạt']]);
    assert.deepEqual(view(row('Thu ngân sách trên địa bàn')), ['3', 'Tỷ đồng', '3.000', ['2.134,6', 2134.6, '71,2%', 'Chưa đạt'], ['2.345', 2345, '78,2%', 'Khó đạt']]);
    assert.deepEqual(view(row('Tốc độ tăng tổng kim ngạch xuất nhập khẩu')), ['4', '%/năm', '11,5', ['-7,8', -7.8, null, 'Chưa đạt'], ['5,7', 5.7, null, 'Khó đạt']]);
    assert.deepEqual(view(row('M\uFFFDu giáo')), ['6', '%', '98,0', ['99,7', 99.7, null, 'Vượt'], ['99,8', 99.8, null, 'Vượt']]);
    assert.equal(row('M\uFFFDu giáo').subgroup, 'Tỷ lệ huy động học sinh trong độ tuổi đến trường');
    assert.deepEqual(view(row('Số bác sỹ/1 vạn dân')), ['7', 'Bác sỹ', '13', ['13', 13, '100%', 'Đạt'], ['13', 13, '100%', 'Đạt']]);
    assert.deepEqual(view(row('Mức giảm tỷ suất sinh')), ['7', '%o/năm', '0,4', ['1,69', 1.69, null, 'Vượt'], ['0,56', 0.56, null, 'Vượt']]);
    assert.deepEqual(view(row('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi')), ['7', '%', '20', ['22,98', 22.98, null, 'Chưa đạt'], ['19,99', 19.99, null, 'Đạt']]);
    assert.deepEqual(view(row('Giải quyết việc làm cho lao động hằng năm')), ['8', 'Người/năm', '8.500', ['8.695', 8695, '102,3%', 'Vượt'], ['8.893', 8893, '104,6%', 'Vượt']]);
    assert.deepEqual(view(row('Tỷ lệ số xã, phường, thị trấn tại các huyện, thành phố được thu gom, xử lý rác thải sinh hoạt')), ['10', '%', '75,0', ['72,6', 72.6, null, 'Chưa đạt'], ['75,5', 75.5, null, 'Vượt']]);
    assert.deepEqual(view(row('Kết nạp đảng viên mới')), ['11', 'Đảng viên', '>1.000', ['2.840', 2840, '100', 'Đạt'], ['>1.000', 1000, '100', 'Vượt']]);
    assert.deepEqual(view(row('MTTQ và đoàn thể CT-XH đạt từ tốt trở lên')), ['11', '%', '>80', ['>96', 96, '>100', 'Vượt'], ['>96', 96, '>100', 'Vượt']]);
  });
});
