import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanLine } from '../../domain/document.ts';
import { readOutline } from '../outline.ts';
import { findTaskRegions, sectionKind } from './task-sections.ts';

describe('sectionKind', () => {
  test('headings that name a list of tasks', () => {
    assert.equal(sectionKind('NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI'), 'tasks');
    assert.equal(sectionKind('MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP'), 'tasks');
    assert.equal(sectionKind('VỀ THỰC HIỆN BA KHÂU ĐỘT PHÁ CHIẾN LƯỢC'), 'breakthroughs');
    assert.equal(sectionKind('Các khâu đột phá'), 'breakthroughs');
    assert.equal(sectionKind('Chương trình trọng điểm'), 'key_programmes');
    assert.equal(sectionKind('Các nghị quyết chuyên đề, đề án và các nhiệm vụ trọng tâm'), 'thematic');
    assert.equal(sectionKind('TỔ CHỨC THỰC HIỆN'), 'organisation');
  });

  test('an item of a list opens no part of its own', () => {
    assert.equal(sectionKind('Đột phá về hạ tầng giao thông'), null);
    assert.equal(sectionKind('Đề án phát triển du lịch'), null);
    assert.equal(sectionKind('Tổ chức thực hiện tốt công tác dân vận'), null);
    assert.equal(sectionKind('Mục đích, yêu cầu'), null);
  });
});

function numbered(texts: readonly string[]): CleanLine[] {
  return texts.map((text, i) => ({ text, line: i + 1, endLine: i + 1 }));
}

describe('findTaskRegions', () => {
  const lines = numbered([
    'Phần thứ nhất',
    'ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ',
    'I- Nhiệm vụ đã làm',
    '1. Đã hoàn thành việc A.',
    'Phần thứ hai',
    'MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP',
    'A- MỤC TIÊU TỔNG QUÁT',
    '1. Phát triển nhanh.',
    'B- NHIỆM VỤ',
    '1. Phát triển nông nghiệp.',
    'C- CÁC KHÂU ĐỘT PHÁ',
    '1. Đột phá về hạ tầng.',
    'D- NHỮNG GIẢI PHÁP CHỦ YẾU',
    '1. Huy động nguồn lực.',
    'E- TỔ CHỨC THỰC HIỆN',
    'Các sở theo dõi, đôn đốc.',
    'Nơi nhận:',
    '- Lưu văn thư.',
  ]);
  const regions = findTaskRegions(lines, readOutline(lines));

  test('the parts that hold tasks, innermost, with their paths', () => {
    assert.deepEqual(
      regions.map((region) => [region.kind, region.path.at(-1), region.lineIndices.map((index) => lines[index]?.line)]),
      [
        ['tasks', 'Phần thứ hai. Mục tiêu, nhiệm vụ và giải pháp', []],
        ['tasks', 'B- Nhiệm vụ', [10]],
        ['breakthroughs', 'C- Các khâu đột phá', [12]],
        ['organisation', 'E- Tổ chức thực hiện', [16]],
      ],
    );
  });

  test('a part that holds others says so; the review part and the recipients hold nothing', () => {
    assert.equal(regions[0]?.hasInnerParts, true);
    assert.equal(regions[1]?.hasInnerParts, false);
    assert.ok(regions.every((region) => !region.lineIndices.some((index) => [4, 18].includes(lines[index]?.line ?? 0))));
  });
});
