/**
 * Seed 004 ends with a table of one cell per line between blank lines, empty cells as
 * NBSP lines (or missing), the header's "STT" spelled over three lines: STT, Chỉ tiêu,
 * Đơn vị tính, XIII target, result to 2020, comparison (%), 2025 target, Ghi chú.
 * Seeds 001 and 003 have no appendix table.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ExtractedIndicator } from '../../domain/document.ts';
import { cleanText } from '../clean-text.ts';
import { extractTables } from './index.ts';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);

function seed(file: string): string {
  return readFileSync(new URL(file, SEEDS), 'utf8');
}

const raw = seed('004_e341ae35a8b646af.txt');
const { tables, indicators } = extractTables(cleanText(raw).lines);

/** A line of the seed as the test reads it, so that its sentences are not copied here. */
function seedLine(line: number): string {
  return (raw.split('\n')[line - 1] ?? '').normalize('NFC').trim();
}

function row(name: string, unit?: string): ExtractedIndicator {
  const found = indicators.filter((indicator) => indicator.name === name && (unit === undefined || indicator.unit === unit));
  const [first] = found;
  assert.ok(first && found.length === 1, name);
  return first;
}

/** code, subgroup, unit, target, [result, value, %], next target, note. */
function view(indicator: ExtractedIndicator): unknown[] {
  const observations = indicator.observations.map((o) => [o.text, o.value, o.percentText ?? null]);
  return [indicator.code, indicator.subgroup ?? null, indicator.unit, indicator.target?.text ?? null, observations, indicator.nextTarget?.text ?? null, indicator.note ?? null];
}

describe('seed 004: one cell per line, NBSP empty cells', () => {
  test('one table with the header\'s eight columns', () => {
    assert.deepEqual(tables.map((table) => [table.layout, table.line, table.columns]), [
      ['cell_per_line', 714, ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Nghị quyết Đại hội XIII', 'Thực hiện đến năm 2020', 'So sánh với NQĐH XIII (%)', 'Mục tiêu đến 2025', 'Ghi chú']],
    ]);
  });

  test('87 indicator rows (counted by hand: 75 in group A, 12 in group B)', () => {
    assert.equal(indicators.length, 87);
    assert.equal(indicators.filter((indicator) => indicator.group === 'Chỉ tiêu kinh tế - xã hội, môi trường').length, 75);
    assert.equal(indicators.filter((indicator) => indicator.group === 'Chỉ tiêu xây dựng đảng').length, 12);
  });

  test('observations are final results without a status word', () => {
    for (const indicator of indicators) {
      for (const o of indicator.observations) {
        assert.deepEqual([o.label, o.stage, o.documentStatus, o.computedStatus], ['Thực hiện đến năm 2020', 'final', null, null]);
      }
    }
  });

  test('named rows, every field', () => {
    assert.deepEqual(view(row('Tổng sản phẩm trên địa bàn (GRDP theo giá so sánh)')), ['1', null, 'Tỷ đồng', null, [['12.355,5', 12355.5, null]], '17.327,5', null]);
    assert.deepEqual(view(row('Tăng trưởng GRDP')), ['1', null, '%/năm', '6,80', [['6,83', 6.83, '0,03']], '7,0', null]);
    const [growth, structure, ...others] = indicators.filter((indicator) => indicator.name === 'Nông, lâm nghiệp và thuỷ sản');
    assert.ok(growth && structure && others.length === 0);
    assert.deepEqual(view(growth), ['1', 'Tăng trưởng GRDP', '%/năm', '3,66', [['3,85', 3.85, '0,19']], '3,16', null]);
    assert.deepEqual(view(structure), ['2', 'Cơ cấu GRDP', '%', '22,53', [['18,22', 18.22, '-4,31']], '16,42', null]);
    assert.deepEqual(view(row('Bình quân GRDP/đầu người', 'USD')), ['1', null, 'USD', '1.800-2.000', [['1.732,2', 1732.2, '100,66']], '2.600', null]);
    assert.deepEqual(view(row('Bình quân GRDP/đầu người', 'Triệu đồng')), ['1', null, 'Triệu đồng', '38-40', [['38,25', 38.25, null]], '60', null]);
    assert.deepEqual(view(row('Dân số trung bình')), ['8', 'Chỉ tiêu dân số', 'Vạn người', '<60', [['61,23', 61.23, '102,1']], '66,0', null]);
    assert.equal(row('Dân số trung bình').target?.kind, 'at_most');
    assert.deepEqual(view(row('Tỷ lệ hộ nghèo')), ['10', 'Giảm nghèo', '%', '33 (**)', [['30,67', 30.67, '-2,3']], '<16', null]);
    assert.deepEqual(view(row('Số giường bệnh/ 1 vạn dân')), ['11', 'Y tế và Bảo vệ trẻ em', 'Giường', null, [['31,70', 31.7, null]], '32', null]);
    assert.deepEqual(view(row('Tỷ lệ xã, xã phường, thị trấn có bác sỹ')), ['11', 'Y tế và Bảo vệ trẻ em', '%', '90,0', [['98,4', 98.4, '8,45']], null, null]);
    assert.deepEqual(view(row('Tổ chức đảng và đảng viên hoàn thành tốt nhiệm vụ')), ['17', null, null, null, [], '85%-90%', null]);
    assert.deepEqual(view(row('Kết nạp đảng viên mới (bình quân giai đoạn 2016-2019 và giai đoạn 2016-2020)')), ['17', null, 'ĐV/năm', '2.000', [], '2500', null]);
    assert.deepEqual(view(row('Chỉ tiêu xóa thôn, bản trắng đảng viên')), ['17', null, '%/năm', '15-20', [['20', 20, '0,0']], null, seedLine(2317)]);
    assert.deepEqual(view(row('Được đào bồi dưỡng về quản lý nhà nước')), ['18', 'Cán bộ lãnh đạo, quản lý từ trưởng, phó phòng trở lên', '%', '100', [['100', 100, '0']], '100', null]);
    assert.deepEqual(view(row('Có trình độ trung học phổ thông')), ['18', 'Cán bộ công chức cấp xã', '%', '60', [['77,2', 77.2, '17,2']], '100', null]);
  });
});

describe('seeds without appendix tables', () => {
  test('001 and 003 give no table and no indicator', () => {
    for (const file of ['001_02f8a9aa965cfe97.txt', '003_0f4b79719d295773.txt']) {
      assert.deepEqual(extractTables(cleanText(seed(file)).lines), { tables: [], indicators: [] }, file);
    }
  });
});
