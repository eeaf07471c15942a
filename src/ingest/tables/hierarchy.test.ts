import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { placeRows, type RowShape } from './hierarchy.ts';

function row(code: string | null, name: string | null, hasFigures = true): RowShape {
  return { code, name, hasFigures };
}

function summary(rows: readonly RowShape[]): (string | null)[][] {
  return placeRows(rows).map((place) => (place === null ? ['heading'] : [place.group, place.subgroup, place.code, place.name]));
}

describe('row hierarchy', () => {
  test('roman groups, items inherited by their components, "+" rows under a figure-less "-" heading', () => {
    assert.deepEqual(
      summary([
        row('I', 'Các chỉ tiêu về kinh tế', false),
        row('1', '- Tốc độ tăng trưởng'),
        row(null, '- Thu nhập bình quân'),
        row(null, '- Cơ cấu kinh tế:', false),
        row(null, '+ Nông nghiệp'),
        row(null, '+ Dịch vụ'),
        row('2', '- Sản lượng lương thực'),
      ]),
      [
        ['heading'],
        ['Các chỉ tiêu về kinh tế', null, '1', 'Tốc độ tăng trưởng'],
        ['Các chỉ tiêu về kinh tế', null, '1', 'Thu nhập bình quân'],
        ['heading'],
        ['Các chỉ tiêu về kinh tế', 'Cơ cấu kinh tế', '1', 'Nông nghiệp'],
        ['Các chỉ tiêu về kinh tế', 'Cơ cấu kinh tế', '1', 'Dịch vụ'],
        ['Các chỉ tiêu về kinh tế', null, '2', 'Sản lượng lương thực'],
      ],
    );
  });

  test('letter groups, numbered figure-less items as sub-groups, "Trong đó" standing for the row above', () => {
    assert.deepEqual(
      summary([
        row('A', 'Chỉ tiêu kinh tế', false),
        row('1', 'Tổng sản phẩm'),
        row(null, 'Tăng trưởng GRDP'),
        row(null, 'Trong đó:', false),
        row(null, '- Công nghiệp'),
        row(null, 'Thu nhập bình quân'),
        row(null, null),
        row('8', 'Chỉ tiêu dân số', false),
        row(null, 'Dân số trung bình'),
      ]),
      [
        ['heading'],
        ['Chỉ tiêu kinh tế', null, '1', 'Tổng sản phẩm'],
        ['Chỉ tiêu kinh tế', null, '1', 'Tăng trưởng GRDP'],
        ['heading'],
        ['Chỉ tiêu kinh tế', 'Tăng trưởng GRDP', '1', 'Công nghiệp'],
        ['Chỉ tiêu kinh tế', null, '1', 'Thu nhập bình quân'],
        ['Chỉ tiêu kinh tế', null, '1', 'Thu nhập bình quân'],
        ['heading'],
        ['Chỉ tiêu kinh tế', 'Chỉ tiêu dân số', '8', 'Dân số trung bình'],
      ],
    );
  });

  test('a colon heading takes short same-level rows and lets go at a long one', () => {
    assert.deepEqual(
      summary([row('6', 'Phổ cập giáo dục'), row(null, 'Tỷ lệ huy động học sinh:', false), row(null, 'Mẫu giáo'), row(null, 'Trung học phổ thông'), row(null, 'Tỷ lệ trường đạt chuẩn quốc gia')]).map((place) => (place.length === 1 ? 'heading' : (place[1] ?? null))),
      [null, 'heading', 'Tỷ lệ huy động học sinh', 'Tỷ lệ huy động học sinh', null],
    );
  });

  test('deeper bullets under a row with figures take it as their sub-group', () => {
    const places = placeRows([row('7', '- Tỷ lệ suy dinh dưỡng'), row(null, '+ Thể nhẹ cân'), row(null, '- Tỷ lệ tiêm chủng')]);
    assert.deepEqual(places.map((place) => place?.subgroup ?? null), [null, 'Tỷ lệ suy dinh dưỡng', null]);
  });
});
