import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { formatDate, formatDateTime, formatFigure, formatNumber, formatPercent, indicatorLabel, periodYears } from './format.ts';

describe('formatting for the screens', () => {
  test('numbers are written the Vietnamese way', () => {
    assert.equal(formatNumber(1000), '1.000');
    assert.equal(formatNumber(12.8), '12,8');
    assert.equal(formatNumber(12355.5), '12.355,5');
    assert.equal(formatNumber(-7.8), '-7,8');
    assert.equal(formatNumber(0.565, 4), '0,565');
    assert.equal(formatNumber(null), '—');
  });

  test('percentages of target keep one decimal', () => {
    assert.equal(formatPercent(68.18), '68,2%');
    assert.equal(formatPercent(100), '100%');
    assert.equal(formatPercent(undefined), '—');
  });

  test('figures carry their unit as the documents write it', () => {
    assert.equal(formatFigure(6.14, '%'), '6,14%');
    assert.equal(formatFigure(58.7, 'triệu đồng'), '58,7 triệu đồng');
    assert.equal(formatFigure(1250, 'đảng viên'), '1.250 đảng viên');
    assert.equal(formatFigure(0.565, '‰'), '0,565‰');
    assert.equal(formatFigure(53, null), '53');
    assert.equal(formatFigure(null, '%'), '—');
  });

  test('dates are dd/mm/yyyy', () => {
    assert.equal(formatDate('2023-11-03'), '03/11/2023');
    assert.equal(formatDate(null), '—');
    assert.equal(formatDateTime('2025-03-01T08:05:00.000Z', 'Asia/Ho_Chi_Minh'), '01/03/2025 15:05');
    assert.equal(formatDateTime('2025-12-31T20:00:00.000Z', 'Asia/Ho_Chi_Minh'), '01/01/2026 03:00');
    assert.equal(formatDateTime('not a date'), 'not a date');
  });

  test('periods are named by their years', () => {
    assert.equal(periodYears({ startYear: 2020, endYear: 2020 }), '2020');
    assert.equal(periodYears({ startYear: 2021, endYear: 2023 }), '2021-2023');
  });

  test('indicators are labelled with their number as the document writes it', () => {
    assert.equal(indicatorLabel('2', 'Tỷ lệ che phủ rừng'), '2. Tỷ lệ che phủ rừng');
    assert.equal(indicatorLabel('(16)', 'Tỷ lệ che phủ rừng'), '(16) Tỷ lệ che phủ rừng');
    assert.equal(indicatorLabel('1.1.', 'GRDP'), '1.1. GRDP');
    assert.equal(indicatorLabel(null, 'GRDP'), 'GRDP');
  });

  test('a formatted number reads back as the number (dots group, comma is the decimal point)', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, hundredths) => {
      const value = (whole * 100 + (whole < 0 ? -hundredths : hundredths)) / 100;
      const text = formatNumber(value);
      assert.match(text, /^-?\d{1,3}(\.\d{3})*(,\d{1,2})?$/);
      assert.equal(Number(text.replace(/\./g, '').replace(',', '.')), value);
    }));
  });
});
