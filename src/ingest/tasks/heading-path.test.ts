import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathEntry, sentenceCase } from './heading-path.ts';

test('titles in capitals read in sentence case, Roman numerals and abbreviations kept', () => {
  assert.equal(sentenceCase('MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP'), 'Mục tiêu, nhiệm vụ và giải pháp');
  assert.equal(sentenceCase('NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XIV CỦA UBND'), 'Nghị quyết đại hội lần thứ XIV của UBND');
  assert.equal(sentenceCase('Các khâu đột phá'), 'Các khâu đột phá');
  assert.equal(sentenceCase('DANH MỤC ĐỀ ÁN CỦA HĐND VÀ BCH'), 'Danh mục đề án của HĐND và BCH');
  assert.equal(sentenceCase('XỬ LÝ VI PHẠM, BẢO TỒN DI SẢN KHÓA XI'), 'Xử lý vi phạm, bảo tồn di sản khóa XI');
});

test('a path entry joins label and title as the document numbers them', () => {
  assert.equal(pathEntry('II.', 'MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP'), 'II. Mục tiêu, nhiệm vụ và giải pháp');
  assert.equal(pathEntry('(1)', 'Đột phá về hạ tầng'), '(1) Đột phá về hạ tầng');
  assert.equal(pathEntry('C-', 'NHIỆM VỤ'), 'C- Nhiệm vụ');
  assert.equal(pathEntry('I', 'NGHỊ QUYẾT'), 'I. Nghị quyết');
  assert.equal(pathEntry('Phụ lục 2', ''), 'Phụ lục 2');
});
