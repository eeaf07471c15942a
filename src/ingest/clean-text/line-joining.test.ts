import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readLabel } from '../text-utils.ts';
import type { Layout } from './layout.ts';
import { continues, isStandalone, type OpenLine } from './line-joining.ts';
import { splitLines } from './raw-lines.ts';

const NO_WRAP: Layout = { wrapWidth: null, blanksBreak: false };
/** A wrapped line of this layout is 38 to 54 characters long. */
const WRAP_40: Layout = { wrapWidth: 40, blanksBreak: true };
const WRAPPED = 'Tỉnh tiếp tục phát triển nông nghiệp hàng';

function openWith(text: string): OpenLine {
  return { pieces: [{ text, line: 1 }], first: 1, last: 1, length: text.length, lastText: text, label: readLabel(text) };
}

function joins(previous: string, next: string, layout = NO_WRAP, afterBlank = false): boolean {
  return continues(openWith(previous), splitLines(next)[0] ?? assert.fail('no line'), afterBlank, layout);
}

describe('isStandalone', () => {
  test('decorations, kind words, mottos and the operative word stand alone', () => {
    assert.deepEqual(
      ['-----', 'KẾ HOẠCH', 'Báo cáo', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'QUYẾT NGHỊ:', 'Nơi nhận:', 'Kế hoạch số 12'].map(isStandalone),
      [true, true, true, true, true, true, false],
    );
  });
});

describe('continues', () => {
  test('never after a finished sentence or a line that stands alone', () => {
    assert.deepEqual([joins('Kết quả tốt.', 'năm sau'), joins('KẾ HOẠCH', 'thực hiện nghị quyết')], [false, false]);
  });

  test('always after a comma, a hyphen, a connective, or a word that leads a number', () => {
    assert.deepEqual(
      [joins('các huyện,', 'Thành phố'), joins('giai đoạn 2021-', '2025'), joins('Tỉnh ủy và', 'Hội đồng'), joins('theo Quyết định số', '12/QĐ-UBND')],
      [true, true, true, true],
    );
  });

  test('a lower-case start goes on a body line, not on a short heading', () => {
    assert.deepEqual([joins('Tỉnh tiếp tục phát triển', 'nông nghiệp'), joins('1. Mục tiêu chung', 'của tỉnh')], [true, false]);
    assert.equal(joins('1. Mục tiêu chung:', 'phát triển nhanh'), true, 'after a colon a heading goes on');
  });

  test('a dash line is a broken compound after a line without punctuation, else a list item', () => {
    assert.deepEqual([joins('các tổ chức chính trị', '- xã hội'), joins('năm 2021', '- 2025'), joins('Rà soát các chỉ tiêu.', '- Báo cáo hằng quý.')], [true, true, false]);
  });

  test('a capitalised start goes on a wrapped line only, and not after an empty line that breaks paragraphs', () => {
    assert.equal(joins(WRAPPED, 'Hội đồng nhân dân', WRAP_40), true);
    assert.equal(joins('Tỉnh tiếp tục', 'Hội đồng nhân dân', WRAP_40), false);
    assert.equal(joins(WRAPPED, 'Hội đồng nhân dân', WRAP_40, true), false);
    assert.equal(joins(WRAPPED, 'Hội đồng nhân dân', NO_WRAP), false);
  });

  test('lines in capitals join when the first is long enough to be broken', () => {
    assert.equal(joins('BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH', 'ĐẢNG BỘ TỈNH'), true);
    assert.equal(joins('TỈNH ỦY HÒA SƠN', 'ĐẢNG BỘ TỈNH'), false);
  });
});
