import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CleanLine } from '../domain/document.ts';
import { cleanText } from './clean-text.ts';
import { footnoteLineSet, readFootnotes } from './footnotes.ts';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

function seedLines(name: string): CleanLine[] {
  return cleanText(readFileSync(new URL(name, SEEDS), 'utf8')).lines;
}

/** Clean lines numbered 1, 2, 3 ... from plain strings. */
function numbered(texts: readonly string[]): CleanLine[] {
  return texts.map((text, i) => ({ text, line: i + 1, endLine: i + 1 }));
}

describe('readFootnotes on seed 002', () => {
  const lines = seedLines('002_5820d9dead76922e.txt');
  const notes = readFootnotes(lines);

  test('finds the 41 footnotes, numbered 1 to 41', () => {
    assert.equal(notes.length, 41);
    assert.deepEqual(notes.map((note) => note.number), Array.from({ length: 41 }, (_, i) => i + 1));
  });

  test('footnote 27 sits at line 878 and is cited at line 863 ("khó đạt27"), inside a paragraph of lines 855-863', () => {
    const note = notes.find((candidate) => candidate.number === 27);
    assert.ok(note);
    assert.equal(note.line, 878);
    assert.ok(note.text.startsWith('Cụ thể: Tốc độ tăng trưởng GRDP'));
    assert.deepEqual(note.citedAtLines, [863]);
    const citing = lines.find((line) => line.text.includes('khó đạt27'));
    assert.deepEqual([citing?.line, citing?.endLine], [855, 863], 'the citation sits on the last line of a joined paragraph');
  });

  test('the citation lines are exact after the clean lines went through JSON', () => {
    const stored: CleanLine[] = JSON.parse(JSON.stringify(lines));
    const again = readFootnotes(stored);
    assert.deepEqual(again, notes);
    assert.deepEqual(again.find((note) => note.number === 27)?.citedAtLines, [863]);
  });

  test('without sources a citation falls back to the first line of its clean line', () => {
    const bare = lines.map(({ text, line, endLine }) => ({ text, line, endLine }));
    const cited = readFootnotes(bare).map((note) => note.citedAtLines[0]);
    assert.equal(cited[26], 855, 'footnote 27: the paragraph starts at 855, the citation is at 863');
    assert.equal(cited[0], 60, 'footnote 1: the paragraph starts at 60, the citation is at 64');
  });

  test('footnote 1 is cited after a Roman numeral ("XIV1;") and footnote 2 across a page break', () => {
    const [first, second] = notes;
    assert.deepEqual({ line: first?.line, cited: first?.citedAtLines }, { line: 71, cited: [64] });
    assert.ok(first?.text.startsWith('Ban hành 60 văn bản'));
    assert.deepEqual({ line: second?.line, cited: second?.citedAtLines }, { line: 136, cited: [74] });
  });

  test('footnote 39 keeps the text carried over to the next page; 41 is cited at line 1919', () => {
    const note39 = notes.find((note) => note.number === 39);
    assert.deepEqual(note39?.citedAtLines, [1238]);
    assert.ok(note39?.text.endsWith('đến năm 2025.'));
    assert.deepEqual(notes.find((note) => note.number === 41)?.citedAtLines, [1919]);
  });

  test('every footnote is cited exactly once, in rising order', () => {
    const cited = notes.map((note) => note.citedAtLines);
    assert.ok(cited.every((at) => at.length === 1));
    const order = cited.map((at) => at[0] ?? 0);
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
  });

  test('footnoteLineSet marks the footnote lines, not the body', () => {
    const set = footnoteLineSet(notes);
    assert.equal(set.size, 41);
    assert.equal(set.has(878), true);
    assert.equal(set.has(855), false);
  });
});

describe('readFootnotes on other text', () => {
  test('the seeds without footnotes have none', () => {
    for (const name of ['000_d99e14e1def16ddb.txt', '001_02f8a9aa965cfe97.txt', '003_0f4b79719d295773.txt', '004_e341ae35a8b646af.txt']) {
      assert.deepEqual(readFootnotes(seedLines(name)), [], name);
    }
  });

  test('numbers in units, formulas, codes and dates are no citations', () => {
    const lines = numbered([
      'Diện tích 9.068,78 km2 và 120 m2 đất; giảm phát thải CO2, phòng dịch H5N1 và COVID-19 trong năm 2023 theo Quyết định số 12.',
      'Giống lúa PC6 cho năng suất cao; kinh tế số phát triển1.',
      '1 Theo báo cáo của Sở Nông nghiệp.',
    ]);
    assert.deepEqual(readFootnotes(lines), [{ number: 1, text: 'Theo báo cáo của Sở Nông nghiệp.', line: 3, citedAtLines: [2] }]);
  });

  test('numbered rows that nobody cites are no footnotes', () => {
    const lines = numbered(['1 Số 03-NQ/TU 03/02/2021', 'Nghị quyết về phát triển rừng.', '2 Số 04-NQ/TU 17/02/2021']);
    assert.deepEqual(readFootnotes(lines), []);
  });

  test('a citation inside a joined line is traced through its sources', () => {
    const lines: CleanLine[] = [
      { text: 'Kết quả năm 2023 đạt cao so với kế hoạch đề ra1.', line: 10, endLine: 12, sources: [{ offset: 0, line: 10 }, { offset: 17, line: 12 }] },
      { text: '1 Theo báo cáo của Sở Tài chính.', line: 20, endLine: 20 },
    ];
    assert.deepEqual(readFootnotes(lines), [{ number: 1, text: 'Theo báo cáo của Sở Tài chính.', line: 20, citedAtLines: [12] }]);
  });

  test('of two candidates for the same footnote, the one that keeps the order wins', () => {
    const lines = numbered([
      'Diện tích trồng mới2 tăng nhanh.',
      'Đại hội khóa XIV1; kết quả cao2 so với kế hoạch.',
      '1 Ghi chú một.',
      '2 Ghi chú hai.',
    ]);
    const notes = readFootnotes(lines);
    assert.deepEqual(notes.map((note) => [note.number, note.citedAtLines]), [[1, [2]], [2, [2]]]);
  });
});
