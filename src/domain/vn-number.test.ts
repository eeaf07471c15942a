import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findNumbers, findNumerals, formatVnNumber, parseVnNumber, parseVnRange, parseVnRate } from './vn-number.ts';

describe('parseVnNumber', () => {
  test('reads a dot as a thousands separator and a comma as the decimal point', () => {
    assert.equal(parseVnNumber('1.000'), 1000);
    assert.equal(parseVnNumber('226.000'), 226000);
    assert.equal(parseVnNumber('1.000.000'), 1000000);
    assert.equal(parseVnNumber('12,8'), 12.8);
    assert.equal(parseVnNumber('12.355,5'), 12355.5);
    assert.equal(parseVnNumber('50.276,99'), 50276.99);
    assert.equal(parseVnNumber('0,65'), 0.65);
    assert.equal(parseVnNumber('02'), 2);
  });

  test('reads a comma before three digits as a decimal comma, never as thousands', () => {
    assert.equal(parseVnNumber('265,165'), 265.165);
    assert.equal(parseVnNumber('1,000'), 1);
  });

  test('reads a lone dot before one or two digits as an English decimal point', () => {
    assert.equal(parseVnNumber('5.5'), 5.5);
    assert.equal(parseVnNumber('12.35'), 12.35);
    assert.equal(parseVnNumber('4.0'), 4);
    assert.equal(parseVnNumber('1.00'), 1);
  });

  test('reads signs, the Unicode minus and surrounding spaces', () => {
    assert.equal(parseVnNumber('-7,8'), -7.8);
    assert.equal(parseVnNumber('−7,8'), -7.8);
    assert.equal(parseVnNumber('+3'), 3);
    assert.equal(parseVnNumber('\u00a0 1.000 \u00a0'), 1000);
    assert.equal(parseVnNumber('-0,0'), 0);
    assert.ok(Object.is(parseVnNumber('-0'), 0));
  });

  test('refuses what is not exactly one number', () => {
    for (const text of ['', ' ', 'abc', '1.0000', '1,2,3', '1.000.5', '1,000.5', '12.5,3', '1234.567', ',5', '5,', '5.', '9-10', '1 000', '- 7', '95%', 'NaN', 'Infinity', '1e5']) {
      assert.equal(parseVnNumber(text), null, text);
    }
  });

  test('applies scale words only when asked', () => {
    assert.equal(parseVnNumber('48 vạn', { multipliers: true }), 480000);
    assert.equal(parseVnNumber('2,5 triệu', { multipliers: true }), 2500000);
    assert.equal(parseVnNumber('3 tỷ', { multipliers: true }), 3e9);
    assert.equal(parseVnNumber('3 tỉ', { multipliers: true }), 3e9);
    assert.equal(parseVnNumber('1.300 ngàn', { multipliers: true }), 1300000);
    assert.equal(parseVnNumber('80 nghìn tỷ', { multipliers: true }), 8e13);
    assert.equal(parseVnNumber('1,1 Tỷ', { multipliers: true }), 1100000000);
    assert.equal(parseVnNumber('2,5 triệu'), null);
    assert.equal(parseVnNumber('2,5 triệu đồng', { multipliers: true }), null);
  });

  test('accepts decomposed (NFD) scale words', () => {
    assert.equal(parseVnNumber('48 vạn'.normalize('NFD'), { multipliers: true }), 480000);
  });
});

describe('parseVnRange', () => {
  test('reads ranges with a hyphen, dashes or words', () => {
    assert.deepEqual(parseVnRange('1.800-2.000'), { min: 1800, max: 2000 });
    assert.deepEqual(parseVnRange('9 - 10'), { min: 9, max: 10 });
    assert.deepEqual(parseVnRange('9 – 10'), { min: 9, max: 10 });
    assert.deepEqual(parseVnRange('9—10'), { min: 9, max: 10 });
    assert.deepEqual(parseVnRange('3-4'), { min: 3, max: 4 });
    assert.deepEqual(parseVnRange('6,5 - 7'), { min: 6.5, max: 7 });
    assert.deepEqual(parseVnRange('9-10%'), { min: 9, max: 10 });
    assert.deepEqual(parseVnRange('50.000-55.000'), { min: 50000, max: 55000 });
    assert.deepEqual(parseVnRange('9 đến 10'), { min: 9, max: 10 });
  });

  test('a lone negative number is no range; neither is a range written high to low', () => {
    assert.equal(parseVnRange('-7,8'), null);
    assert.equal(parseVnRange('−7,8'), null);
    assert.equal(parseVnRange('10-9'), null);
    assert.equal(parseVnRange('9'), null);
  });
});

describe('parseVnRate', () => {
  test('reads per cent and per mille in both spellings', () => {
    assert.deepEqual(parseVnRate('73,1%'), { value: 73.1, unit: '%' });
    assert.deepEqual(parseVnRate('0,65‰'), { value: 0.65, unit: '‰' });
    assert.deepEqual(parseVnRate('0,65%o'), { value: 0.65, unit: '‰' });
    assert.deepEqual(parseVnRate('-7,8 %'), { value: -7.8, unit: '%' });
    assert.equal(parseVnRate('73,1'), null);
  });
});

describe('findNumbers', () => {
  test('finds every number with its position, signs only where no figure precedes', () => {
    const text = 'đạt -7,8 và 9 -10, từ 1.800-2.000 USD';
    assert.deepEqual(
      findNumbers(text).map((t) => [t.value, t.index, t.raw]),
      [[-7.8, 4, '-7,8'], [9, 12, '9'], [10, 15, '10'], [1800, 22, '1.800'], [2000, 28, '2.000']],
    );
  });

  test('skips digits glued to a letter (footnote anchors) and reports unreadable numerals', () => {
    assert.deepEqual(findNumbers('khó đạt27 và 5%').map((t) => t.value), [5]);
    assert.deepEqual(findNumerals('1.0000 ha').map((t) => t.value), [null]);
    assert.deepEqual(findNumbers('1.0000 ha'), []);
  });
});

describe('formatVnNumber', () => {
  test('writes thousands with dots and decimals with a comma', () => {
    assert.equal(formatVnNumber(1000), '1.000');
    assert.equal(formatVnNumber(12.8), '12,8');
    assert.equal(formatVnNumber(12355.5), '12.355,5');
    assert.equal(formatVnNumber(-7.8), '-7,8');
    assert.equal(formatVnNumber(1234567.891, { decimals: 1 }), '1.234.567,9');
    assert.equal(formatVnNumber(0), '0');
    assert.equal(formatVnNumber(999), '999');
  });

  test('rounds on decimal digits, half away from zero, with no float noise', () => {
    assert.equal(formatVnNumber(0.1 + 0.2), '0,3');
    assert.equal(formatVnNumber(0.1 + 0.2, { decimals: 20 }), '0,30000000000000004');
    assert.equal(formatVnNumber(1.005), '1,01');
    assert.equal(formatVnNumber(-1.005), '-1,01');
    assert.equal(formatVnNumber(999.999), '1.000');
    assert.equal(formatVnNumber(265.165), '265,17');
    assert.equal(formatVnNumber(265.165, { decimals: 3 }), '265,165');
  });

  test('pads to minDecimals and never writes a negative zero', () => {
    assert.equal(formatVnNumber(3, { minDecimals: 2 }), '3,00');
    assert.equal(formatVnNumber(54, { minDecimals: 1 }), '54,0');
    assert.equal(formatVnNumber(2.5, { decimals: 0 }), '3');
    assert.equal(formatVnNumber(-0.001), '0');
    assert.equal(formatVnNumber(-0), '0');
  });

  test('writes very large and very small numbers in full', () => {
    assert.equal(formatVnNumber(1e21), '1.000.000.000.000.000.000.000');
    assert.equal(formatVnNumber(5e-7, { decimals: 8 }), '0,0000005');
    assert.equal(formatVnNumber(5e-7), '0');
  });

  test('names non-finite values instead of throwing', () => {
    assert.equal(formatVnNumber(Number.NaN), 'NaN');
    assert.equal(formatVnNumber(Infinity), '∞');
    assert.equal(formatVnNumber(-Infinity), '-∞');
  });
});

describe('properties', () => {
  test('format then parse gives back every number written at the formatting precision', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.integer({ min: 0, max: 3 }), (n, places) => {
        const value = n / 10 ** places;
        assert.equal(parseVnNumber(formatVnNumber(value, { decimals: places })), value);
      }),
      { numRuns: 2000 },
    );
  });

  test('format with enough decimals then parse gives back any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e30, max: 1e30 }), (value) => {
        const back = parseVnNumber(formatVnNumber(value, { decimals: 20 }));
        if (Math.abs(value) >= 1e-3) assert.equal(back, value);
        else assert.ok(back !== null && Math.abs(back - value) <= 5e-21 + Math.abs(value) * 1e-15);
      }),
      { numRuns: 2000 },
    );
  });

  test('the formatted value is within half a unit of the last digit', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (value, places) => {
        const back = parseVnNumber(formatVnNumber(value, { decimals: places }));
        assert.ok(back !== null && Math.abs(back - value) <= 0.5 * 10 ** -places + Math.abs(value) * 1e-15);
      }),
      { numRuns: 2000 },
    );
  });

  test('the parsers never throw and finish quickly on any string', () => {
    const started = Date.now();
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[-−+\d.,\s%‰ vạnghìntỷiệu]{0,40}$/u)), (text) => {
        const value = parseVnNumber(text, { multipliers: true });
        assert.ok(value === null || Number.isFinite(value));
        parseVnRange(text);
        parseVnRate(text);
        for (const token of findNumerals(text)) assert.equal(text.slice(token.index, token.end), token.raw);
      }),
      { numRuns: 3000 },
    );
    assert.ok(Date.now() - started < 10000);
  });

  test('long runs of digits and separators stay linear', () => {
    const long = '1.000'.repeat(20000) + ',5x';
    const started = Date.now();
    assert.equal(parseVnNumber(long), null);
    findNumerals(long);
    assert.ok(Date.now() - started < 1000);
  });
});
