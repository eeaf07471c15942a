import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanText } from '../clean-text.ts';
import { extractTables } from './index.ts';

/** A fictional province's report, as users paste it: TAB-separated cells, one row per line. */
const TAB_SEPARATED = [
  'Báo cáo kết quả thực hiện nghị quyết.',
  '',
  'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NHIỆM KỲ 2025-2030',
  'STT\tChỉ tiêu\tĐơn vị tính\tMục tiêu Nghị quyết\tƯớc thực hiện năm 2027\tTỷ lệ %\tĐánh giá\tGhi chú',
  'I\tChỉ tiêu kinh tế\t\t\t\t\t\t',
  '1\tTốc độ tăng trưởng kinh tế\t%/năm\t8-9\t7,2\t80,0%\tKhó đạt\t',
  '\t- Thu nhập bình quân đầu người\tTriệu đồng\t>90\t75,5\t83,9%\tChưa đạt\t',
  '2\tTỷ lệ che phủ rừng\t%\t60\t61,2\t102,0%\tVượt\tSố liệu sơ bộ',
  'II\tChỉ tiêu xã hội\t\t\t\t\t\t',
  '3\tTỷ lệ hộ nghèo giảm bình quân\t%/năm\t3-4\t3,5\t\tĐạt\t',
  '4\tSố xã đạt chuẩn nông thôn mới\tXã\t20\t12\t60,0%\tChưa đạt',
  '5\tTỷ lệ dân số được sử dụng nước sạch\t%\t95\t96\t101,1%\tVượt\t',
  '\ttrên địa bàn tỉnh',
  '',
  'Đoạn văn kết thúc báo cáo.',
].join('\n');

/** Rows flattened into lines with the header repeated in the middle of a row (fictional figures). */
const WRAPPED = [
  'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU, NHIỆM KỲ 2025 - 2030',
  'TT Chỉ tiêu Đơn vị tính',
  'Mục tiêu',
  'Ước thực hiện giai đoạn 2026 - 2028 Ước thực hiện giai đoạn 2025 - 2030',
  'Kết quả',
  'Tỷ lệ %',
  'So sánh',
  'Kết quả',
  'Tỷ lệ %',
  'So sánh',
  '',
  'I Các chỉ tiêu về xã hội         ',
  '1',
  'Tỷ lệ trẻ em suy dinh dưỡng thể',
  '% <12 13,5  Không đạt 11,9  Đạt',
  'TT Chỉ tiêu Đơn vị tính',
  'Mục tiêu',
  'Ước thực hiện giai đoạn 2026 - 2028 Ước thực hiện giai đoạn 2025 - 2030',
  'Kết quả',
  'Tỷ lệ %',
  'So sánh',
  'Kết quả',
  'Tỷ lệ %',
  'So sánh',
  'thấp còi',
  'Số bác sỹ trên vạn dân Bác sỹ 14 12 85,7% Chưa đạt 14 100% Theo lộ trình',
].join('\n');

function extract(raw: string): ReturnType<typeof extractTables> {
  return extractTables(cleanText(raw).lines);
}

describe('extractTables on fixtures', () => {
  test('TAB-separated rows: groups, items, a missing note cell, an empty % cell and a name continued on the next line', () => {
    const { tables, indicators } = extract(TAB_SEPARATED);
    assert.deepEqual(tables.map((table) => [table.layout, table.title, table.columns.length]), [['tab_separated', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NHIỆM KỲ 2025-2030', 8]]);
    assert.deepEqual(
      indicators.map((indicator) => [indicator.group, indicator.code, indicator.name, indicator.unit, indicator.target?.text ?? null, indicator.note]),
      [
        ['Chỉ tiêu kinh tế', '1', 'Tốc độ tăng trưởng kinh tế', '%/năm', '8-9', null],
        ['Chỉ tiêu kinh tế', '1', 'Thu nhập bình quân đầu người', 'Triệu đồng', '>90', null],
        ['Chỉ tiêu kinh tế', '2', 'Tỷ lệ che phủ rừng', '%', '60', 'Số liệu sơ bộ'],
        ['Chỉ tiêu xã hội', '3', 'Tỷ lệ hộ nghèo giảm bình quân', '%/năm', '3-4', null],
        ['Chỉ tiêu xã hội', '4', 'Số xã đạt chuẩn nông thôn mới', 'Xã', '20', null],
        ['Chỉ tiêu xã hội', '5', 'Tỷ lệ dân số được sử dụng nước sạch trên địa bàn tỉnh', '%', '95', null],
      ],
    );
    assert.deepEqual(
      indicators.map((indicator) => indicator.observations.map((o) => [o.label, o.text, o.value, o.percentText, o.documentStatus, o.stage])),
      [
        [['Ước thực hiện năm 2027', '7,2', 7.2, '80,0%', 'Khó đạt', 'interim']],
        [['Ước thực hiện năm 2027', '75,5', 75.5, '83,9%', 'Chưa đạt', 'interim']],
        [['Ước thực hiện năm 2027', '61,2', 61.2, '102,0%', 'Vượt', 'interim']],
        [['Ước thực hiện năm 2027', '3,5', 3.5, null, 'Đạt', 'interim']],
        [['Ước thực hiện năm 2027', '12', 12, '60,0%', 'Chưa đạt', 'interim']],
        [['Ước thực hiện năm 2027', '96', 96, '101,1%', 'Vượt', 'interim']],
      ],
    );
  });

  test('a header repeated in the middle of a row, and two- and three-word status words', () => {
    const { indicators } = extract(WRAPPED);
    assert.deepEqual(
      indicators.map((indicator) => [indicator.group, indicator.code, indicator.name, indicator.unit, indicator.target?.text ?? null]),
      [
        ['Các chỉ tiêu về xã hội', '1', 'Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi', '%', '<12'],
        ['Các chỉ tiêu về xã hội', '1', 'Số bác sỹ trên vạn dân', 'Bác sỹ', '14'],
      ],
    );
    assert.deepEqual(
      indicators.map((indicator) => indicator.observations.map((o) => [o.label, o.text, o.percentText, o.documentStatus, o.stage])),
      [
        [
          ['Ước thực hiện giai đoạn 2026 - 2028', '13,5', null, 'Không đạt', 'interim'],
          ['Ước thực hiện giai đoạn 2025 - 2030', '11,9', null, 'Đạt', 'estimate'],
        ],
        [
          ['Ước thực hiện giai đoạn 2026 - 2028', '12', '85,7%', 'Chưa đạt', 'interim'],
          ['Ước thực hiện giai đoạn 2025 - 2030', '14', '100%', 'Theo lộ trình', 'estimate'],
        ],
      ],
    );
  });

  test('text without tables gives nothing', () => {
    assert.deepEqual(extract('Chỉ tiêu tăng trưởng 9-10%/năm.\nTỷ lệ che phủ rừng 53%.'), { tables: [], indicators: [] });
  });

  test('no text makes it throw, and every indicator it finds comes from a table', () => {
    const line = fc.oneof(
      fc.constantFrom('', '\t', '\t1', '\tVượt', '\t%', '\t12,5', 'TT Chỉ tiêu Đơn vị tính', 'Mục tiêu', 'Kết quả', '% 9-10 3,91 Chưa đạt', 'S', 'T', '\u00a0', 'còi'),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 80 }), (texts) => {
        const lines = texts.map((text, index) => ({ text, line: index + 1, endLine: index + 1 }));
        const { indicators } = extractTables(lines);
        for (const indicator of indicators) assert.equal(indicator.source, 'table');
      }),
      { numRuns: 300 },
    );
  });
});
