import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { CleanLine } from '../domain/document.ts';
import { cleanText, sourceLineAt } from './clean-text.ts';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

function seed(name: string): string {
  return readFileSync(new URL(name, SEEDS), 'utf8');
}

function at(lines: readonly CleanLine[], line: number): CleanLine {
  const found = lines.find((clean) => clean.line === line);
  assert.ok(found, `no clean line starts at original line ${line}`);
  return found;
}

describe('cleanText on seed 002 (hard-wrapped every ~70 characters, blank lines between)', () => {
  const raw = seed('002_5820d9dead76922e.txt');
  const { lines, warnings } = cleanText(raw);

  test('rejoins a paragraph broken across lines 30-48 into one line', () => {
    const paragraph = at(lines, 30);
    assert.equal(paragraph.endLine, 48);
    assert.ok(paragraph.text.includes('chiến lược quan trọng'), 'the break after line 30 is joined');
    assert.ok(paragraph.text.includes('9.068,78 km2'), 'the break after line 34 is joined');
    assert.ok(paragraph.text.endsWith('đảng viên.'));
  });

  test('keeps headings on their own lines, joining only a heading broken in two', () => {
    assert.deepEqual(at(lines, 28), { text: 'A- ĐẶC ĐIỂM, TÌNH HÌNH', line: 28, endLine: 28 });
    const partB = at(lines, 50);
    assert.equal(partB.endLine, 52);
    assert.ok(partB.text.startsWith('B- TÌNH HÌNH'));
    assert.ok(partB.text.endsWith('NHIỆM KỲ 2020-2025'));
    assert.deepEqual(at(lines, 124), { text: 'a) Lĩnh vực nông, lâm nghiệp', line: 124, endLine: 124 });
  });

  test('joins across a footnote block and lifts the footnote out as one line', () => {
    const paragraph = at(lines, 60);
    assert.equal(paragraph.endLine, 84);
    assert.ok(paragraph.text.includes('học tập nghị quyết đạt cao2'), 'line 68 goes on at line 74, after the footnotes');
    const note = at(lines, 71);
    assert.equal(note.endLine, 73);
    assert.ok(note.text.startsWith('1 Ban hành 60 văn bản'));
    assert.ok(lines.indexOf(note) === lines.indexOf(paragraph) + 1, 'the footnote follows the paragraph it interrupted');
  });

  test('a footnote carried over to the next page joins its footnote', () => {
    const note = at(lines, 1245);
    assert.ok(note.text.startsWith('39 '));
    assert.equal(note.endLine, 1326);
    assert.ok(note.text.endsWith('đến năm 2025.'));
  });

  test('traces a word inside a joined line back to its original line, also after JSON', () => {
    const paragraph = at(lines, 855);
    assert.deepEqual(paragraph.sources, [
      { offset: 0, line: 855 }, { offset: 71, line: 857 }, { offset: 151, line: 859 }, { offset: 229, line: 861 }, { offset: 309, line: 863 },
    ]);
    const cited = paragraph.text.indexOf('khó đạt27');
    assert.equal(sourceLineAt(paragraph, cited), 863);
    assert.equal(sourceLineAt(paragraph, 0), 855);
    assert.equal(sourceLineAt(paragraph, 151), 859, 'an offset where a line starts belongs to that line');
    assert.equal(sourceLineAt(paragraph, 150), 857);
    const stored: CleanLine[] = JSON.parse(JSON.stringify(lines));
    const revived = stored.find((line) => line.line === 855);
    assert.ok(revived);
    assert.equal(sourceLineAt(revived, cited), 863, 'the trace survives serialisation');
  });

  test('only joined lines carry sources', () => {
    const joined = lines.filter((line) => line.endLine > line.line);
    assert.equal(joined.length, 186);
    assert.equal(lines.filter((line) => line.sources !== undefined).length, 186);
    assert.ok(joined.every((line) => line.sources !== undefined));
    assert.equal(at(lines, 28).sources, undefined);
  });

  test('drops the page numbers and says so', () => {
    for (const line of [369, 1030, 2520]) assert.equal(lines.some((clean) => clean.line === line), false, `page number at ${line}`);
    assert.ok(warnings.includes('Đã bỏ 3 dòng số trang (dòng 369, 1030, 2520).'));
  });

  test('keeps the 14 lost characters and warns about each damaged line', () => {
    const kept = lines.reduce((sum, line) => sum + [...line.text].filter((char) => char === '\uFFFD').length, 0);
    assert.equal(kept, 14);
    assert.ok(warnings[0]?.startsWith('Có 14 ký tự bị hỏng (�)'));
    const perLine = warnings.filter((warning) => warning.startsWith('Dòng '));
    assert.equal(perLine.length, 13);
    assert.ok(perLine.includes('Dòng 725: có ký tự bị hỏng (�)'));
    assert.ok(perLine.includes('Dòng 1398: có 2 ký tự bị hỏng (�)'));
  });

  test('never merges the lines of the appendix tables', () => {
    assert.deepEqual(at(lines, 2574), { text: 'GRDP bình quân đầu', line: 2574, endLine: 2574 });
    assert.deepEqual(at(lines, 2575), { text: 'người', line: 2575, endLine: 2575 });
    assert.deepEqual(at(lines, 2571), { text: '1', line: 2571, endLine: 2571 }, 'a row number is no page number');
    assert.equal(at(lines, 2573).text, 'Tốc độ tăng trưởng GRDP % 9-10 3,91  Chưa đạt 6,14  Khó đạt', 'inner double spaces (empty cells) are kept');
    for (const line of [2540, 2541, 2542, 2544]) assert.equal(at(lines, line).endLine, line, `header cell ${line}`);
  });
});

describe('cleanText on the other seeds', () => {
  test('000: output is NFC although the input is not, and the tab table keeps its cells', () => {
    const raw = seed('000_d99e14e1def16ddb.txt');
    assert.notEqual(raw.normalize('NFC'), raw, 'the seed has decomposed text');
    const { lines, warnings } = cleanText(raw);
    assert.ok(lines.every((line) => line.text === line.text.normalize('NFC')));
    assert.deepEqual(at(lines, 276), { text: '\t- Tốc độ tăng trưởng GRDP', line: 276, endLine: 276 });
    assert.equal(at(lines, 280).text, '\tVượt');
    assert.equal(at(lines, 282).text, '\t', 'an empty cell stays a tab');
    assert.equal(at(lines, 8).text, 'ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XIII, NHIỆM KỲ 2015 - 2020');
    assert.equal(at(lines, 189).endLine, 189, 'a heading ending on "dân số" does not swallow the next paragraph');
    assert.deepEqual(warnings, []);
  });

  test('001: a target broken after "từ" is rejoined', () => {
    const { lines } = cleanText(seed('001_02f8a9aa965cfe97.txt'));
    const target = at(lines, 60);
    assert.equal(target.endLine, 61);
    assert.ok(target.text.startsWith('(9) '));
    assert.ok(target.text.includes('trẻ em từ 3 đến 5 tuổi'));
    assert.equal(at(lines, 62).text.startsWith('(10) '), true);
  });

  test('003: the kind word stands alone and the title lines are joined', () => {
    const { lines } = cleanText(seed('003_0f4b79719d295773.txt'));
    assert.deepEqual(at(lines, 1), { text: 'KẾ HOẠCH', line: 1, endLine: 1 });
    const title = at(lines, 2);
    assert.equal(title.endLine, 6);
    assert.ok(title.text.includes('nhiệm kỳ 2025-2030 và'));
  });

  test('004: non-breaking spaces are gone and an NBSP-only table cell becomes an empty cell', () => {
    const { lines } = cleanText(seed('004_e341ae35a8b646af.txt'));
    assert.equal(lines.some((line) => line.text.includes('\u00A0')), false);
    assert.deepEqual(at(lines, 24), { text: 'Phần thứ nhất', line: 24, endLine: 24 });
    assert.deepEqual(at(lines, 761), { text: '', line: 761, endLine: 761 });
    assert.equal(at(lines, 763).text, '12.355,5');
    assert.equal(lines.some((line) => line.line === 755), true, 'the row number "1" of the table is kept');
  });
});

describe('cleanText on small inputs', () => {
  test('joins a broken sentence, not a heading, a list item or a finished sentence', () => {
    const raw = ['1. Mục tiêu chung', 'Tỉnh tiếp tục phát triển nông nghiệp hàng hóa', 'gắn với chế biến sâu.', '- Rà soát các chỉ tiêu.', '- Báo cáo hằng quý.', 'Kết quả tốt.'].join('\n');
    assert.deepEqual(cleanText(raw).lines, [
      { text: '1. Mục tiêu chung', line: 1, endLine: 1 },
      {
        text: 'Tỉnh tiếp tục phát triển nông nghiệp hàng hóa gắn với chế biến sâu.', line: 2, endLine: 3,
        sources: [{ offset: 0, line: 2 }, { offset: 46, line: 3 }],
      },
      { text: '- Rà soát các chỉ tiêu.', line: 4, endLine: 4 },
      { text: '- Báo cáo hằng quý.', line: 5, endLine: 5 },
      { text: 'Kết quả tốt.', line: 6, endLine: 6 },
    ]);
  });

  test('joins ranges and symbols broken at a hyphen without a space, compounds with one', () => {
    const raw = 'giai đoạn 2021-\n2025 theo Kế hoạch số 459/KH-\nUBND về kinh tế -\nxã hội';
    assert.deepEqual(cleanText(raw).lines, [{
      text: 'giai đoạn 2021-2025 theo Kế hoạch số 459/KH-UBND về kinh tế - xã hội', line: 1, endLine: 4,
      sources: [{ offset: 0, line: 1 }, { offset: 15, line: 2 }, { offset: 44, line: 3 }, { offset: 62, line: 4 }],
    }]);
  });

  test('"- xã hội" after a broken line is no list item', () => {
    const raw = 'Mặt trận và các tổ chức chính trị\n- xã hội tham gia.';
    assert.equal(cleanText(raw).lines[0]?.text, 'Mặt trận và các tổ chức chính trị - xã hội tham gia.');
  });

  test('drops a lone page number inside a sentence but keeps one among table cells', () => {
    const prose = cleanText('Thu ngân sách năm 2023 ước đạt\n\n12\n\nkế hoạch đề ra.');
    assert.deepEqual(prose.lines, [
      { text: 'Thu ngân sách năm 2023 ước đạt kế hoạch đề ra.', line: 1, endLine: 5, sources: [{ offset: 0, line: 1 }, { offset: 31, line: 5 }] },
    ]);
    assert.deepEqual(prose.warnings, ['Đã bỏ 1 dòng số trang (dòng 3).']);
    const table = cleanText(['TT', 'Chỉ tiêu', 'Đơn vị', '12', 'Tỷ lệ che phủ rừng', '%', '54,0', 'Đạt'].join('\n'));
    assert.equal(table.lines.length, 8);
    assert.equal(table.lines[3]?.text, '12');
  });

  test('normalises spaces: NBSP, runs of spaces, CRLF; keeps tabs', () => {
    const { lines } = cleanText('Tỷ\u00A0lệ   hộ nghèo  \r\n\tChỉ tiêu\t%\t\r\n');
    assert.deepEqual(lines, [
      { text: 'Tỷ lệ hộ nghèo', line: 1, endLine: 1 },
      { text: '\tChỉ tiêu\t%\t', line: 2, endLine: 2 },
    ]);
  });

  test('a form feed (page break) is no line of its own', () => {
    const { lines } = cleanText('Thu ngân sách ước đạt\n\fkế hoạch đề ra.\n\fTrang sau.');
    assert.deepEqual(lines, [
      { text: 'Thu ngân sách ước đạt kế hoạch đề ra.', line: 1, endLine: 2, sources: [{ offset: 0, line: 1 }, { offset: 22, line: 2 }] },
      { text: 'Trang sau.', line: 3, endLine: 3 },
    ]);
  });

  test('drops a running header repeated on every page', () => {
    const page = (n: number): string[] => ['BÁO CÁO SƠ KẾT GIỮA NHIỆM KỲ', `Nội dung trang ${n} được viết ở đây.`, ''];
    const { lines, warnings } = cleanText([...page(1), ...page(2), ...page(3)].join('\n'));
    assert.deepEqual(lines.map((line) => line.text), ['Nội dung trang 1 được viết ở đây.', 'Nội dung trang 2 được viết ở đây.', 'Nội dung trang 3 được viết ở đây.']);
    assert.equal(warnings.length, 1);
  });

  test('property: never throws, every clean line points into the original lines, and its sources inside its span', () => {
    const unit = fc.constantFrom(...'ab Đđ.,-:;1209\t\n\r\f \u00A0(\uFFFD)ĂẾỆ%'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 400 }), (raw) => {
        const count = raw.split(/\r\n|\r|\n/).length;
        for (const line of cleanText(raw).lines) {
          assert.ok(line.line >= 1 && line.line <= line.endLine && line.endLine <= count);
          assert.equal(/[\r\n\u00A0]/.test(line.text), false);
          const sources = line.sources ?? [];
          assert.equal(sources.length === 0 || sources.length >= 2 || sources[0]?.line !== line.line, true, 'no sources that say nothing');
          sources.forEach((source, i) => {
            assert.ok(source.line >= line.line && source.line <= line.endLine);
            assert.ok(source.offset >= 0 && source.offset < Math.max(line.text.length, 1));
            assert.ok(i === 0 || (source.offset > (sources[i - 1]?.offset ?? 0) && source.line > (sources[i - 1]?.line ?? 0)));
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
