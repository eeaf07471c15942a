import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyGroup } from './target-list-group.ts';

describe('classifyGroup', () => {
  test('names the group of a heading with the product label', () => {
    assert.equal(classifyGroup('Về kinh tế', ''), 'Kinh tế');
    assert.equal(classifyGroup('Về xã hội', ''), 'Văn hóa - xã hội');
    assert.equal(classifyGroup('Văn hoá - xã hội', ''), 'Văn hóa - xã hội');
    assert.equal(classifyGroup('Hạ tầng thiết yếu, môi trường', ''), 'Môi trường');
    assert.equal(classifyGroup('Chỉ tiêu về xây dựng Đảng và hệ thống chính trị', ''), 'Xây dựng Đảng và hệ thống chính trị');
  });

  test('keeps the words of a heading it does not know, and ignores a heading that names no group', () => {
    assert.equal(classifyGroup('Về khoa học, công nghệ:', ''), 'Khoa học, công nghệ');
    assert.equal(classifyGroup('Mục tiêu tổng quát', 'Tỷ lệ che phủ rừng 53%'), 'Môi trường');
  });

  test('classifies an item without heading by the keywords it holds most', () => {
    assert.equal(classifyGroup(null, 'Giá trị nông nghiệp tăng 5%; sản lượng lương thực 226.000 tấn; diện tích chè; che phủ rừng 53%'), 'Kinh tế');
    assert.equal(classifyGroup(null, '70% dân số có hồ sơ sức khỏe; 13 bác sỹ/1 vạn dân; suy dinh dưỡng dưới 15%'), 'Văn hóa - xã hội');
    assert.equal(classifyGroup(null, 'Trên 95% chất thải rắn đô thị được thu gom'), 'Môi trường');
    assert.equal(classifyGroup(null, 'Trên 80% tổ chức cơ sở đảng, 90% đảng viên hoàn thành tốt nhiệm vụ'), 'Xây dựng Đảng và hệ thống chính trị');
  });

  test('matches whole words only, with or without diacritics', () => {
    // "rung" (forest) is inside "trung": no match.
    assert.equal(classifyGroup(null, 'Chỉ số trung bình 8'), null);
    assert.equal(classifyGroup(null, 'Tốc độ tăng trưởng 8%'), 'Kinh tế');
    assert.equal(classifyGroup(null, 'TY LE HO NGHEO giam 2%'), 'Văn hóa - xã hội');
  });
});
