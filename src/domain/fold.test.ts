import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldVietnamese } from './fold.ts';

describe('foldVietnamese', () => {
  test('drops diacritics, reads đ as d and lowers case', () => {
    assert.equal(foldVietnamese('Đảng viên'), 'dang vien');
    assert.equal(foldVietnamese('  TỈNH UỶ   LAI CHÂU '), 'tinh uy lai chau');
    assert.equal(foldVietnamese('Khó đạt'), 'kho dat');
  });

  test('folds decomposed (NFD) text the same as composed text', () => {
    assert.equal(foldVietnamese('Vượt'.normalize('NFD')), foldVietnamese('Vượt'));
  });

  test('treats a non-breaking space as a space', () => {
    assert.equal(foldVietnamese('Tỷ\u00A0lệ'), 'ty le');
  });

  test('property: output has no marks, no đ, no upper case, and folding twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠẮẰẶẤẦẬĐÉÈẺẼẸỆÍÌỈĨỊÓÒỎÕỌỐỒỘỚỜỢÚÙỦŨỤỨỪỰÝỲỶỸỴ \u00A0\t'.split('')) }), (text) => {
        const folded = foldVietnamese(text);
        assert.equal(foldVietnamese(folded), folded);
        assert.equal(/[\p{M}đĐ]/u.test(folded), false);
        assert.equal(folded, folded.toLowerCase());
      }),
    );
  });
});
