import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  bulletOf,
  cleanName,
  codeLevel,
  isCodeCell,
  isEmptyCell,
  isFigureCell,
  isStatusCell,
  isTextCell,
  isUnitCell,
  normalizeCell,
} from './cell-kind.ts';

describe('cell shapes', () => {
  test('NBSP-only and dash cells are empty; text is not', () => {
    assert.equal(isEmptyCell('\u00a0\u00a0'), true);
    assert.equal(isEmptyCell(' - '), true);
    assert.equal(isEmptyCell('0'), false);
    assert.equal(normalizeCell('\u00a0\u00a0 12.355,5\u00a0'), '12.355,5');
  });

  test('figures as tables write them', () => {
    for (const figure of ['12,8', '> 200.000', '9-10', '65%-70%', 'giảm 3-4', '1.653/năm', '>1.000/năm', '-0,57', '33 (**)', '73,1%', '<15']) {
      assert.equal(isFigureCell(figure), true, figure);
    }
    for (const other of ['Đạt', '%', 'Triệu đồng', '1/10.000', 'Năm 2020 hoàn thành chỉ tiêu', '']) {
      assert.equal(isFigureCell(other), false, other);
    }
  });

  test('units, including multi-word, per-year and ratio units', () => {
    for (const unit of ['%', '%/năm', '% /năm', '%o/năm', '‰', 'Triệu đồng', 'Nghìn tấn', 'ha', 'Người/năm', 'Đảng viên', 'Tỷ đồng', '1/10.000', 'Giường']) {
      assert.equal(isUnitCell(unit), true, unit);
    }
    for (const other of ['GRDP %', 'Dịch vụ', 'Tiểu học', '12,5', 'Vượt', 'Tốc độ tăng trưởng GRDP']) {
      assert.equal(isUnitCell(other), false, other);
    }
  });

  test('status words, one or two words, any spacing', () => {
    assert.equal(isStatusCell('Chưa  đạt'), true);
    assert.equal(isStatusCell('\u00a0Vượt'), true);
    assert.equal(isStatusCell('Đạt được'), false);
  });

  test('row numbers and their levels', () => {
    assert.deepEqual(['1', '12', 'IV', 'A', '3.', '(2)', 'Chỉ tiêu', '1.000'].map(isCodeCell), [true, true, true, true, true, true, false, false]);
    assert.deepEqual(['B', 'III', '7'].map(codeLevel), ['letter', 'roman', 'number']);
  });

  test('text cells exclude numbers, figures and status words', () => {
    assert.deepEqual(['Dịch vụ', '5', '9-10', 'Khó đạt', ''].map(isTextCell), [true, false, false, false, false]);
  });

  test('names lose their bullet and trailing colon', () => {
    assert.equal(cleanName('- Cơ cấu kinh tế:'), 'Cơ cấu kinh tế');
    assert.equal(cleanName('+ Dịch vụ'), 'Dịch vụ');
    assert.equal(bulletOf('+ Dịch vụ'), '+');
    assert.equal(bulletOf('Dịch vụ'), null);
  });

  test('no input makes a predicate throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        for (const predicate of [isEmptyCell, isFigureCell, isUnitCell, isStatusCell, isCodeCell, isTextCell]) {
          assert.equal(typeof predicate(text), 'boolean');
        }
      }),
    );
  });
});
