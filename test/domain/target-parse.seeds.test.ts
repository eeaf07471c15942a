/**
 * parseTarget on the real seed documents in ../shared/seeds (read from disk, so this lives
 * outside src/domain, whose files may do no I/O). Only short facts appear here as data;
 * the sentences are read from the seeds at run time.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseTarget } from '../../src/domain/target-parse.ts';
import type { TargetContext } from '../../src/domain/target-parse.ts';

/** Asserts that parsing `text` gives the expected fields. */
function expectTarget(text: string, expected: Record<string, unknown>, context?: TargetContext): void {
  const actual = Object.fromEntries(Object.entries(parseTarget(text, context)).filter(([key]) => key in expected));
  assert.deepEqual(actual, expected, `${text} ${JSON.stringify(context ?? {})}`);
}

const point = (value: number, unit: string | null) => ({ kind: 'point', value, min: value, max: value, unit });
const range = (min: number, max: number, unit: string | null) => ({ kind: 'range', min, max, minInclusive: true, maxInclusive: true, unit });
const atLeast = (min: number, inclusive: boolean, unit: string | null) => ({ kind: 'at_least', min, max: null, minInclusive: inclusive, unit, direction: 'increase' });
const atMost = (max: number, inclusive: boolean, unit: string | null) => ({ kind: 'at_most', min: null, max, maxInclusive: inclusive, unit, direction: 'decrease' });

describe('parseTarget: the seed documents', () => {
  const seeds = new URL('../../../shared/seeds/', import.meta.url);
  const lines = (file: string) => readFileSync(new URL(file, seeds), 'utf8').split('\n');
  const plan2030 = lines('001_02f8a9aa965cfe97.txt');
  const report2020 = lines('000_d99e14e1def16ddb.txt');
  const midTerm = lines('002_5820d9dead76922e.txt');
  const dienBien = lines('004_e341ae35a8b646af.txt');

  /** The numbered item starting with `marker`, its broken lines joined. */
  function item(all: readonly string[], marker: string): string {
    const start = all.findIndex((l) => l.normalize('NFC').startsWith(marker));
    assert.notEqual(start, -1, marker);
    const parts = [all[start] ?? ''];
    for (const line of all.slice(start + 1)) {
      if (/^\s*(?:\(\d+\)|\d+\.\s|\d+\.\d|[IVX]+-)/u.test(line) || line.trim() === '') break;
      parts.push(line);
    }
    return parts.join(' ');
  }
  /** The n-th ";"-separated part of an item. */
  const part = (text: string, n: number) => text.split(';')[n] ?? '';

  test('reads the 2030 targets of the XV draft (seed 001)', () => {
    expectTarget(item(plan2030, '(16)'), { ...point(55, '%'), direction: 'increase' });
    expectTarget(item(plan2030, '(2)'), { ...atLeast(4500, false, 'tỷ đồng'), per: 'term_end', year: 2030 });
    expectTarget(item(plan2030, '(6)'), { kind: 'approx', min: 35, unit: '%', basis: 'GRDP', per: 'year' });
    expectTarget(item(plan2030, '(7)'), { ...range(6.5, 7, '%'), per: 'year' });
    expectTarget(item(plan2030, '(8)'), { ...range(9, 10, '%'), basis: 'GRDP', direction: 'structure' });
    expectTarget(item(plan2030, '(11)'), { kind: 'change', sense: 'decrease', measure: 'points', min: 3, max: 4, per: 'year' });
    expectTarget(item(plan2030, '(14)'), atLeast(10, true, 'xã'));
    expectTarget(item(plan2030, '(20)'), { ...range(3, 4, '%'), basis: 'tổng số đảng viên', per: 'year' });
  });

  test('does not take ages, levels or a line break inside "3 đến 5 tuổi" for a target (seed 001, item 9)', () => {
    const nine = item(plan2030, '(9)');
    expectTarget(part(nine, 0), { kind: 'qualitative' });
    expectTarget(part(nine, 1), { kind: 'maintain', min: null });
    expectTarget(part(nine, 2).split('. ')[0] ?? '', { kind: 'qualitative' });
    expectTarget(part(nine, 2).split('. ')[1] ?? '', point(99.8, '%'));
  });

  test('reads the health targets of item 12 (seed 001)', () => {
    const twelve = item(plan2030, '(12)');
    expectTarget(part(twelve, 0), atLeast(13.5, false, 'bác sỹ/1 vạn dân'));
    expectTarget(part(twelve, 1), atMost(17, false, '%'));
    expectTarget(part(twelve, 4), point(70, 'tuổi'));
  });

  test('reads the 2025 targets of the XIV report, including non-NFC lines (seed 000)', () => {
    const ten = item(report2020, '10. Trên');
    assert.notEqual(ten, ten.normalize('NFC'));
    expectTarget(ten.split(', ')[0] ?? '', atLeast(95, false, '%'));
    const eight = item(report2020, '8. Tỷ lệ hộ nghèo');
    expectTarget(part(eight, 0), { kind: 'change', sense: 'decrease', measure: 'points', min: 2, per: 'year' });
    expectTarget(part(eight, 1), { ...point(8500, 'lao động'), per: 'year' });
    const two = item(report2020, '2. Giá trị gia tăng');
    expectTarget(part(two, 0), { ...atLeast(5, false, '%'), per: 'year' });
    expectTarget(two.split(/[;,] /u).find((p) => p.includes('không còn')) ?? '', { kind: 'none_left', unit: 'xã' });
    const seven = item(report2020, '7. 70%');
    expectTarget(part(seven, 1), point(13, 'bác sỹ/1 vạn dân'));
    expectTarget(part(seven, 2), { kind: 'change', sense: 'decrease', measure: 'points', min: 0.4, unit: '‰', per: 'year' });
  });

  test('reads cells of the mid-term results table with their unit column (seed 002)', () => {
    /** Splits a flattened table row "name unit target ..." at its unit column. */
    const row = (start: string): { name: string; unit: string; target: string } => {
      const line = midTerm.find((l) => l.startsWith(start)) ?? '';
      const m = /^(.*?) (%o\/năm|%\/năm|%|Tỷ đồng|Ha|Nghìn tấn) (\S+)/u.exec(line);
      assert.ok(m !== null, start);
      return { name: m[1] ?? '', unit: m[2] ?? '', target: m[3] ?? '' };
    };
    const cell = (start: string, expected: Record<string, unknown>) => {
      const { name, unit, target } = row(start);
      expectTarget(target, expected, { name, unit });
    };
    cell('Tốc độ tăng trưởng GRDP', range(9, 10, '%'));
    cell('Tỷ lệ che phủ rừng', { ...point(54, '%'), direction: 'increase' });
    cell('3 Thu ngân sách trên địa bàn', point(3000, 'tỷ đồng'));
    cell('Diện tích cây chè', point(10000, 'ha'));
    cell('Mức giảm tỷ suất sinh', { kind: 'change', sense: 'decrease', measure: 'points', min: 0.4, unit: '‰', per: 'year' });
    cell('M\ufffdu giáo', point(98, '%'));
    const lowWeight = midTerm.findIndex((l) => l.startsWith('suy dinh dưỡng thể nhẹ cân'));
    assert.notEqual(lowWeight, -1);
    const cells = (midTerm.slice(lowWeight + 1).find((l) => l.trim() !== '') ?? '').split(' ');
    expectTarget(cells[1] ?? '', atMost(15, false, '%'), { name: `Tỷ lệ trẻ em dưới 5 tuổi ${midTerm[lowWeight] ?? ''}`, unit: cells[0] ?? '' });
  });

  test('reads the Điện Biên targets and its NBSP-laden table cells (seed 004)', () => {
    const one = item(dienBien, '(1)- Tốc độ');
    expectTarget(part(one, 0), { ...point(7, '%'), per: 'year' });
    expectTarget(part(one, 1), { ...atLeast(60, false, 'triệu đồng'), per: 'term_end', year: 2025 });
    const structure = item(dienBien, '(2)- Cơ cấu');
    expectTarget(part(structure, 0), { ...point(16.42, '%'), direction: 'structure' });
    const ten = item(dienBien, '(10)-');
    expectTarget(part(ten, 0), { ...atMost(16, false, '%'), per: 'term_end', year: 2025 });
    const six = item(dienBien, '(6)-');
    expectTarget(part(six, 0).split('. ')[1] ?? '', { per: 'term_total', year: 2025, unit: 'triệu USD', min: 401 });
    expectTarget(part(six, 1), { per: 'term_end', year: 2025, unit: 'triệu USD', min: 95 });
    const cellLine = dienBien.find((l) => l.includes('1.800-2.000')) ?? '';
    assert.ok(cellLine.includes('\u00a0'));
    expectTarget(cellLine, range(1800, 2000, 'USD'), { unit: '\u00a0USD\u00a0' });
  });
});
