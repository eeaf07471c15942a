import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureDecimals, isPlainFigure, numberDecimals, writtenDecimals } from './figure-decimals.ts';

test('the decimals a figure was written with, trailing zeros kept', () => {
  assert.deepEqual(['54,0', '16,70', '1.000', '2.134,6', '-7,8', '>80', '13', 'Hoàn thành'].map(writtenDecimals), [1, 2, 0, 1, 1, 0, 0, null]);
});

test('a bare number shows at most two decimals', () => {
  assert.deepEqual([12.8, 2134.6, 1000, 0.565, 16.666666, 0, -7.8].map(numberDecimals), [1, 1, 0, 2, 2, 0, 1]);
});

test('text first, then the number, then the target\'s precision, then none', () => {
  assert.equal(figureDecimals('54,0', 54), 1);
  assert.equal(figureDecimals('>1.000', 1000), 0);
  assert.equal(figureDecimals(null, 47.5), 1);
  assert.equal(figureDecimals('Hoàn thành', null, '98,0'), 1);
  assert.equal(figureDecimals(null, null, '12,44'), 2);
  assert.equal(figureDecimals(null, null, null), 0);
});

test('plain figures are numbers; qualified or worded ones need their text', () => {
  assert.deepEqual(['3,91', '-7,8', '1.000', ' 99,0 ', '>80', '<5', 'Hoàn thành', '9-10', ''].map(isPlainFigure), [true, true, true, true, false, false, false, false, false]);
});
