import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { foldText, matchesQuery, queryWords } from './fold.ts';

describe('diacritics-insensitive search', () => {
  test('folds tone marks, vowel marks and đ', () => {
    assert.equal(foldText('Tỷ lệ che phủ rừng'), 'ty le che phu rung');
    assert.equal(foldText('Đảng viên  hoàn thành'), 'dang vien hoan thanh');
    assert.equal(foldText('ƯỚC THỰC HIỆN'), 'uoc thuc hien');
  });

  test('"che phu rung" finds forest cover, "dang vien" finds Party members', () => {
    assert.equal(matchesQuery('Tỷ lệ che phủ rừng', 'che phu rung'), true);
    assert.equal(matchesQuery('Tỷ lệ kết nạp đảng viên mới', 'dang vien'), true);
    assert.equal(matchesQuery('Đảng viên hoàn thành tốt nhiệm vụ', 'dang vien'), true);
    assert.equal(matchesQuery('Tỷ lệ hộ nghèo', 'che phu rung'), false);
  });

  test('a query typed with marks, decomposed, or in another order still matches', () => {
    assert.equal(matchesQuery('Tỷ lệ che phủ rừng', 'che phủ rừng'), true);
    assert.equal(matchesQuery('Tỷ lệ che phủ rừng', 'che phủ rừng'.normalize('NFD')), true);
    assert.equal(matchesQuery('Tỷ lệ che phủ rừng'.normalize('NFD'), 'CHE PHU'), true);
    assert.equal(matchesQuery('Tỷ lệ che phủ rừng', 'rung che'), true);
    assert.equal(matchesQuery('Tỷ lệ che phủ rừng', 'rung  nui'), false);
  });

  test('an empty query matches everything', () => {
    assert.deepEqual(queryWords('   '), []);
    assert.equal(matchesQuery('Thu ngân sách', ''), true);
  });

  test('folding is idempotent, leaves no combining mark and keeps the text\'s length in letters', () => {
    const vietnamese = fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐ '.split('')) });
    fc.assert(fc.property(vietnamese, (text) => {
      const folded = foldText(text);
      assert.equal(foldText(folded), folded);
      assert.doesNotMatch(folded, /[\u0300-\u036f]/);
      assert.equal(folded.replace(/ /g, '').length, text.replace(/\s/g, '').length);
      assert.equal(matchesQuery(text, folded), true);
    }));
  });
});
