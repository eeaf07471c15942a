import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lastYear, stageOf, termEndFromTitle } from './stage.ts';

describe('observation stage', () => {
  test('a mid-term estimate is interim; an estimate to the term end is the term-end estimate', () => {
    assert.equal(stageOf('Ước thực hiện giai đoạn 2021 - 2023', 2025), 'interim');
    assert.equal(stageOf('Ước thực hiện giai đoạn 2020 - 2025', 2025), 'estimate');
    assert.equal(stageOf('Dự ước năm 2025', null), 'estimate');
  });

  test('a plain result is final unless it stops before the term end', () => {
    assert.equal(stageOf('Kết quả thực hiện', null), 'final');
    assert.equal(stageOf('Thực hiện đến năm 2020', 2020), 'final');
    assert.equal(stageOf('Thực hiện năm 2022', 2025), 'interim');
  });

  test('years and the term end are read from labels and titles', () => {
    assert.equal(lastYear('giai đoạn 2021 - 2023'), 2023);
    assert.equal(lastYear('Kết quả đạt được'), null);
    assert.equal(termEndFromTitle('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT, NHIỆM KỲ 2020 - 2025'), 2025);
    assert.equal(termEndFromTitle('KẾT QUẢ NĂM 2023'), null);
    assert.equal(termEndFromTitle(null), null);
  });
});
