import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { columnsFromHeader, isHeaderFragment, joinFragments, namesIndicatorColumns, splitHeaderLabels } from './header.ts';

/** A header broken the way PDF converters break it: labels split over lines, two periods spanning three sub-columns. */
const WRAPPED_HEADER = [
  'TT Chỉ tiêu  Đơn vị tính',
  'Mục tiêu',
  'Nghị quyết',
  'Đại hội',
  'Ước thực hiện giai đoạn 2021 - 2023 Ước thực hiện giai đoạn 2020 - 2025',
  'Kết quả',
  'đạt được',
  'Tỷ lệ % so',
  'với mục tiêu',
  'So sánh',
  'với mục tiêu',
  'Kết quả',
  'đạt được',
  'Tỷ lệ % so',
  'với mục tiêu',
  'So sánh',
  'với mục tiêu',
];

describe('header fragments', () => {
  test('lines made of header words, years and roman numerals are fragments', () => {
    assert.equal(isHeaderFragment('Nghị quyết Đại hội XIII'), true);
    assert.equal(isHeaderFragment('So sánh với NQĐH XIII (%)'), true);
    assert.equal(isHeaderFragment('Mục tiêu NQ (2015-2020)'), true);
    assert.equal(isHeaderFragment('Tỷ lệ che phủ rừng'), false);
    assert.equal(isHeaderFragment('2020'), false);
    assert.equal(isHeaderFragment('Đơn v\uFFFD tính'), true);
  });

  test('single letters join into STT', () => {
    assert.equal(joinFragments(['S', 'T', 'T', 'Chỉ tiêu']), 'STT Chỉ tiêu');
  });

  test('an indicator table names Chỉ tiêu and Đơn vị', () => {
    assert.equal(namesIndicatorColumns(['S', 'T', 'T', 'Chỉ tiêu', 'Đơn vị tính']), true);
    assert.equal(namesIndicatorColumns(['TT Ch\uFFFD tiêu Đơn vị tính']), true);
    assert.equal(namesIndicatorColumns(['STT Số, ký hiệu Ngày văn bản']), false);
  });
});

describe('column labels', () => {
  test('labels split at their capitalised opening words; a bare "Mục tiêu" keeps what follows', () => {
    assert.deepEqual(splitHeaderLabels('STT Chỉ tiêu Đơn vị tính Mục tiêu Nghị quyết Đại hội Kết quả đạt được Tỷ lệ % so với mục tiêu Ghi chú'), [
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Mục tiêu Nghị quyết Đại hội',
      'Kết quả đạt được',
      'Tỷ lệ % so với mục tiêu',
      'Ghi chú',
    ]);
  });

  test('spanning periods are spread over their sub-columns', () => {
    const columns = columnsFromHeader(WRAPPED_HEADER);
    assert.deepEqual(
      columns.map((column) => [column.kind, column.period]),
      [
        ['code', null],
        ['name', null],
        ['unit', null],
        ['target', null],
        ['result', 'Ước thực hiện giai đoạn 2021 - 2023'],
        ['percent', 'Ước thực hiện giai đoạn 2021 - 2023'],
        ['compare', 'Ước thực hiện giai đoạn 2021 - 2023'],
        ['result', 'Ước thực hiện giai đoạn 2020 - 2025'],
        ['percent', 'Ước thực hiện giai đoạn 2020 - 2025'],
        ['compare', 'Ước thực hiện giai đoạn 2020 - 2025'],
      ],
    );
    assert.equal(columns[3]?.label, 'Mục tiêu Nghị quyết Đại hội');
  });

  test('a target after the results is the next term\'s; a "(%)" comparison is a percent column', () => {
    const columns = columnsFromHeader(['S', 'T', 'T', 'Chỉ tiêu', 'Đơn vị tính', 'Nghị quyết Đại hội XIII', 'Thực hiện đến năm 2020', 'So sánh với NQĐH XIII (%)', 'Mục tiêu đến 2025', 'Ghi chú']);
    assert.deepEqual(columns.map((column) => column.kind), ['code', 'name', 'unit', 'target', 'result', 'percent', 'next_target', 'note']);
    assert.equal(columns[4]?.label, 'Thực hiện đến năm 2020');
  });

  test('an "Đánh giá" column is a status column', () => {
    const columns = columnsFromHeader(['TT Chỉ tiêu ĐVT Kế hoạch Kết quả thực hiện Đánh giá mức độ hoàn thành']);
    assert.deepEqual(columns.map((column) => column.kind), ['code', 'name', 'unit', 'target', 'result', 'status']);
  });
});
