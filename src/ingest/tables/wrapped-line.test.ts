import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { continuesName, readWrappedLine, tokenize } from './wrapped-line.ts';

/** Seven value columns: target, then result, % and status for two periods. */
const VALUES = 7;

describe('wrapped lines', () => {
  test('two-word status words and spaced comparators stay one token', () => {
    assert.deepEqual(tokenize('% > 90 88,5  Chưa đạt 91  Theo lộ trình'), ['%', '>90', '88,5', 'Chưa đạt', '91', 'Theo lộ trình']);
  });

  test('a full row: number, name, multi-word unit and the tail', () => {
    assert.deepEqual(readWrappedLine('3 Tổng thu ngân sách Tỷ đồng 3.000 2.134,6 71,2% Chưa đạt 2.345 78,2% Khó đạt', VALUES), {
      code: '3',
      text: 'Tổng thu ngân sách',
      unit: 'Tỷ đồng',
      tail: ['3.000', '2.134,6', '71,2%', 'Chưa đạt', '2.345', '78,2%', 'Khó đạt'],
    });
  });

  test('the unit is the last capitalised unit words, not a word of the name', () => {
    const line = readWrappedLine('Số bác sỹ/1 vạn dân Bác sỹ 13 13 100% Đạt 13 100% Đạt', VALUES);
    assert.equal(line.text, 'Số bác sỹ/1 vạn dân');
    assert.equal(line.unit, 'Bác sỹ');
    assert.equal(readWrappedLine('Tỷ lệ tăng trưởng GRDP % 9-10 3,91  Chưa đạt 6,14  Khó đạt', VALUES).unit, '%');
    assert.equal(readWrappedLine('Mức giảm tỷ suất sinh %o/năm 0,4 1,69  Vượt 0,56  Vượt', VALUES).unit, '%o/năm');
  });

  test('a line that is only the unit and the figures', () => {
    assert.deepEqual(readWrappedLine('Triệu đồng 65 47,5 73,1% Chưa đạt 58,7 90,4% Khó đạt', VALUES), {
      code: null,
      text: '',
      unit: 'Triệu đồng',
      tail: ['65', '47,5', '73,1%', 'Chưa đạt', '58,7', '90,4%', 'Khó đạt'],
    });
  });

  test('lines of a name are text, even when they end with a number', () => {
    assert.deepEqual(readWrappedLine('Mầm non cho trẻ em dưới 5', VALUES), { code: null, text: 'Mầm non cho trẻ em dưới 5', unit: null, tail: [] });
    assert.deepEqual(readWrappedLine('5 tuổi', VALUES), { code: null, text: '5 tuổi', unit: null, tail: [] });
    assert.deepEqual(readWrappedLine('II', VALUES), { code: 'II', text: '', unit: null, tail: [] });
    assert.deepEqual(readWrappedLine('I Các chỉ tiêu về kinh tế', VALUES), { code: 'I', text: 'Các chỉ tiêu về kinh tế', unit: null, tail: [] });
  });

  test('prose that ends in "đạt 95%" is no row; a lower-case status word after a figure is', () => {
    assert.deepEqual(readWrappedLine('tỷ lệ bao phủ đạt 95%', VALUES).tail, []);
    assert.deepEqual(readWrappedLine('Tỷ lệ che phủ rừng % 54 52,3 chưa đạt', VALUES).tail, ['54', '52,3', 'chưa đạt']);
  });

  test('a lower-case start continues a name; a bullet or a capital does not', () => {
    assert.deepEqual(['còi', 'Tiểu học', '+ Dịch vụ', '5 tuổi', ''].map(continuesName), [true, false, false, false, false]);
  });
});
