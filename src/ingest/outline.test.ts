import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CleanLine, Section } from '../domain/document.ts';
import { cleanText } from './clean-text.ts';
import { readOutline, titleOf } from './outline.ts';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

function outlineOf(name: string): Section[] {
  return readOutline(cleanText(readFileSync(new URL(name, SEEDS), 'utf8')).lines);
}

function at(sections: readonly Section[], line: number): Section {
  const found = sections.find((section) => section.line === line);
  assert.ok(found, `no heading at line ${line}`);
  return found;
}

/** The nearest heading above `section` with a smaller level. */
function parentOf(sections: readonly Section[], section: Section): Section | undefined {
  const index = sections.indexOf(section);
  return sections.slice(0, index).reverse().find((candidate) => candidate.level < section.level);
}

function numbered(texts: readonly string[]): CleanLine[] {
  return texts.map((text, i) => ({ text, line: i + 1, endLine: i + 1 }));
}

describe('readOutline on the seeds', () => {
  test('000: two parts; "II- Các chỉ tiêu chủ yếu đến năm 2025" sits under B- in Part two', () => {
    const sections = outlineOf('000_d99e14e1def16ddb.txt');
    const top = sections.filter((section) => section.level === 1);
    assert.deepEqual(top.map((section) => [section.label, section.line]), [['Phần thứ nhất', 7], ['Phần thứ hai', 124]]);
    const targets = at(sections, 136);
    assert.deepEqual(targets, { label: 'II-', title: 'Các chỉ tiêu chủ yếu đến năm 2025', level: 3, line: 136, endLine: 147 });
    const groupB = parentOf(sections, targets);
    assert.deepEqual([groupB?.label, groupB?.level, groupB?.line], ['B-', 2, 133]);
    assert.equal(parentOf(sections, groupB ?? targets)?.label, 'Phần thứ hai');
    assert.deepEqual(at(sections, 137), { label: '1.', title: 'Tốc độ tăng trưởng GRDP đạt 9-10%/năm', level: 4, line: 137, endLine: 137 });
    assert.deepEqual(at(sections, 12), { label: 'I-', title: 'Thuận lợi', level: 3, line: 12, endLine: 12 });
  });

  test('000: the tab table at the end gives no headings', () => {
    const sections = outlineOf('000_d99e14e1def16ddb.txt');
    assert.equal(sections.filter((section) => section.line > 268).length, 0);
  });

  test('001: the part, the target groups 2.1.-2.4. and the (n) targets below them', () => {
    const sections = outlineOf('001_02f8a9aa965cfe97.txt');
    assert.deepEqual(sections.filter((section) => section.level === 1).map((section) => section.label), ['Phần thứ hai']);
    assert.deepEqual(at(sections, 49), { label: '2.', title: 'Các chỉ tiêu chủ yếu đến năm 2030', level: 3, line: 49, endLine: 75 });
    assert.deepEqual(at(sections, 50), { label: '2.1.', title: 'Về kinh tế', level: 4, line: 50, endLine: 58 });
    assert.deepEqual(at(sections, 51), { label: '(1)', title: 'Tốc độ tăng trưởng GRDP đạt bình quân khoảng 10%', level: 6, line: 51, endLine: 51 });
    assert.equal(sections.filter((section) => section.label.startsWith('(')).length, 21);
  });

  test('002: four parts and three appendices at the top; no headings inside the appendix tables', () => {
    const sections = outlineOf('002_5820d9dead76922e.txt');
    const top = sections.filter((section) => section.level === 1);
    assert.deepEqual(top.map((section) => section.label), ['A-', 'B-', 'C-', 'D-', 'Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3']);
    assert.deepEqual(at(sections, 853), { label: '5.1.', title: 'Kết quả thực hiện các chỉ tiêu chủ yếu', level: 4, line: 853, endLine: 863 });
    assert.deepEqual(at(sections, 124), { label: 'a)', title: 'Lĩnh vực nông, lâm nghiệp', level: 5, line: 124, endLine: 190 });
    const appendix = at(sections, 2521);
    assert.equal(appendix.title, 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XIV, NHIỆM KỲ 2020-2025');
    assert.equal(appendix.endLine, 2988);
    assert.equal(sections.filter((section) => section.line > 2337 && !section.label.startsWith('Phụ lục')).length, 0);
    assert.equal(sections.some((section) => section.line === 878), false, 'footnote 27 is no heading');
  });

  test('003: I. II. III. on top and 2.1.1. four levels down', () => {
    const sections = outlineOf('003_0f4b79719d295773.txt');
    assert.deepEqual(sections.filter((section) => section.level === 1).map((section) => section.label), ['I.', 'II.', 'III.']);
    assert.deepEqual(at(sections, 184), { label: '2.1.2.', title: 'Nâng cao hiệu lực, hiệu quả hoạt động của chính quyền các cấp', level: 4, line: 184, endLine: 208 });
  });

  test('002 and 003: the last sections stop before "Nơi nhận:" and the signature, whatever follows', () => {
    const report = outlineOf('002_5820d9dead76922e.txt');
    const last = report.filter((section) => section.line < 2320);
    assert.ok(last.length > 0);
    assert.ok(last.every((section) => section.endLine < 2320), JSON.stringify(last.filter((section) => section.endLine >= 2320)));
    assert.equal(report.filter((section) => section.level === 1 && section.label === 'D-')[0]?.endLine, 2318);
    assert.equal(at(report, 2521).endLine, 2988, 'the appendices after the signature keep their span');
    const plan = outlineOf('003_0f4b79719d295773.txt');
    assert.equal(Math.max(...plan.map((section) => section.endLine)), 760);
  });

  test('a signature word inside the body, or a long line starting like one, ends nothing', () => {
    const lines = numbered(['1. Một', 'Thay mặt Ban Chấp hành Đảng bộ tỉnh, đồng chí Bí thư trao quyết định cho các đơn vị.', 'Tiếp theo.', 'Nơi nhận:', '- Lưu VT.', 'T/M TỈNH ỦY']);
    assert.deepEqual(readOutline(lines), [{ label: '1.', title: 'Một', level: 1, line: 1, endLine: 3 }]);
  });

  test('004: two parts; the "(13)" written as "13)" is still a target', () => {
    const sections = outlineOf('004_e341ae35a8b646af.txt');
    assert.deepEqual(sections.filter((section) => section.level === 1).map((section) => section.label), ['Phần thứ nhất', 'Phần thứ hai']);
    assert.equal(at(sections, 24).title, 'ĐÁNH GIÁ TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XIII, NHIỆM KỲ 2015- 2020');
    assert.deepEqual([at(sections, 403).label, at(sections, 403).level], ['13)', 5]);
  });
});

describe('readOutline on small inputs', () => {
  test('tells letters from Roman numerals by their sequence', () => {
    const sections = readOutline(numbered(['A- MỘT', 'I- Một', 'IV- Bốn', 'V- Năm', 'B- HAI', 'C- BA', 'D- BỐN']));
    assert.deepEqual(sections.map((section) => [section.label, section.level]), [['A-', 1], ['I-', 2], ['IV-', 2], ['V-', 2], ['B-', 1], ['C-', 1], ['D-', 1]]);
  });

  test('compacts levels to the styles used and sets each endLine before the next sibling', () => {
    const sections = readOutline(numbered(['1. Một', 'nội dung', 'a) Ý a', 'nội dung', '2. Hai', 'nội dung']));
    assert.deepEqual(sections, [
      { label: '1.', title: 'Một', level: 1, line: 1, endLine: 4 },
      { label: 'a)', title: 'Ý a', level: 2, line: 3, endLine: 4 },
      { label: '2.', title: 'Hai', level: 1, line: 5, endLine: 6 },
    ]);
  });

  test('a numbered paragraph gets its first sentence, cut to about 160 characters', () => {
    const long = `1. ${'Tăng cường công tác kiểm tra giám sát '.repeat(30)}kết thúc.`;
    const [section] = readOutline(numbered([long]));
    assert.ok(section);
    assert.ok(section.title.length <= 161);
    assert.ok(section.title.endsWith('…'));
    assert.equal(titleOf('Mục tiêu tổng quát: Tiếp tục phát triển.'), 'Mục tiêu tổng quát');
    assert.equal(titleOf('Tốc độ tăng trưởng đạt 7%. Thu ngân sách tăng.'), 'Tốc độ tăng trưởng đạt 7%');
  });

  test('table rows and footnotes are no headings', () => {
    const sections = readOutline(numbered(['1', '\t1.\tTỷ lệ che phủ rừng', '2. Huyện A 297 22.183 3.227 3.063 94,92', 'Kinh tế tăng trưởng khá1.', '1 Theo số liệu thống kê.']));
    assert.deepEqual(sections, []);
  });
});
