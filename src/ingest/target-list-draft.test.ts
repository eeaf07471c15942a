import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { draftPart, joinWords } from './target-list-draft.ts';
import type { ComponentPart } from './target-list-split.ts';

/** A clause-first part with this text. */
function part(text: string): ComponentPart {
  return { text, offset: 0, prefix: null, relation: 'clause', subset: false, notes: [] };
}

/** The draft of a text as [mode, subject, lead, target text, unit]. */
function draft(text: string): [string, string, string | null, string, string | null] {
  const result = draftPart(part(text));
  return [result.mode, result.subject, result.lead, result.targetText, result.unit];
}

describe('draftPart', () => {
  test('subject first: the qualifiers go to the target', () => {
    assert.deepEqual(draft('Tốc độ tăng trưởng GRDP đạt bình quân khoảng 9%'), ['subject', 'Tốc độ tăng trưởng GRDP', null, 'đạt bình quân khoảng 9%', '%']);
    assert.deepEqual(draft('Thu ngân sách phấn đấu đến năm 2030 đạt trên 5.000 tỷ đồng'), [
      'subject', 'Thu ngân sách', null, 'phấn đấu đến năm 2030 đạt trên 5.000 tỷ đồng', 'tỷ đồng',
    ]);
    assert.deepEqual(draft('Tốc độ tăng 8%'), ['subject', 'Tốc độ tăng', null, '8%', '%']);
  });

  test('subject first with a leading verb: the verb goes to the target', () => {
    assert.deepEqual(draft('giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng xuống dưới 15%'), [
      'subject', 'tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', null, 'giảm xuống dưới 15%', '%',
    ]);
    assert.deepEqual(draft('duy trì tỷ lệ tiêm chủng đạt 95%'), ['subject', 'tỷ lệ tiêm chủng', null, 'duy trì đạt 95%', '%']);
  });

  test('figure first: a percentage leads with "Tỷ lệ", a count with "Số"', () => {
    assert.deepEqual(draft('Trên 90% dân số nông thôn được dùng nước sạch'), [
      'figure_first', 'dân số nông thôn được dùng nước sạch', 'Tỷ lệ', 'Trên 90%', '%',
    ]);
    assert.deepEqual(draft('90% trở lên tổ chức cơ sở đảng'), ['figure_first', 'tổ chức cơ sở đảng', 'Tỷ lệ', '90% trở lên', '%']);
    assert.deepEqual(draft('Có trên 14 bác sỹ/1vạn dân'), ['figure_first', 'bác sỹ/1vạn dân', 'Số', 'trên 14 bác sỹ/1 vạn dân', 'bác sỹ/1 vạn dân']);
    assert.deepEqual(draft('không còn xã dưới 15 tiêu chí'), ['figure_first', 'xã dưới 15 tiêu chí', 'Số', 'không còn xã dưới 15 tiêu chí', 'xã']);
  });

  test('a verb and a count: the counted noun completes the name', () => {
    assert.deepEqual(draft('mỗi năm kết nạp từ 1.200 đảng viên trở lên'), [
      'verb_count', 'kết nạp đảng viên', null, 'mỗi năm từ 1.200 đảng viên trở lên', 'đảng viên',
    ]);
    assert.deepEqual(draft('Đón khoảng 2.000 ngàn lượt khách'), ['figure_first', 'lượt khách', 'Số', 'khoảng 2.000 ngàn lượt khách', 'lượt khách']);
  });

  test('no subject left: elliptical, named later from the part before', () => {
    assert.deepEqual(draft('năm 2030 đạt 120 triệu USD'), ['elliptic', '', null, 'năm 2030 đạt 120 triệu USD', 'triệu USD']);
  });

  test('no figure: a qualitative goal keeps its verbs', () => {
    assert.deepEqual(draft('Đến năm 2025 đạt chuẩn phổ cập giáo dục mức độ 3'), [
      'qualitative', 'đạt chuẩn phổ cập giáo dục mức độ 3', null, 'Đến năm 2025 đạt chuẩn phổ cập giáo dục mức độ 3', null,
    ]);
  });

  test('several figures without a comma: the last is the target unless a figure opens the part', () => {
    assert.deepEqual(draft('Số bác sĩ trên 10.000 dân đạt 19 bác sĩ'), ['subject', 'Số bác sĩ trên 10.000 dân', null, 'đạt 19 bác sĩ', 'bác sĩ']);
    assert.deepEqual(draft('90% dân số được tiêm 2 mũi'), ['figure_first', 'dân số được tiêm 2 mũi', 'Tỷ lệ', '90%', '%']);
  });
});

describe('joinWords', () => {
  test('joins the pieces that hold text with single spaces', () => {
    assert.equal(joinWords('giảm', null, ' xuống  dưới', '', undefined, '15%'), 'giảm xuống dưới 15%');
  });
});
