import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeUnit, readUnitAt } from './units.ts';

describe('normalizeUnit (a table unit column)', () => {
  test('normalises the unit cells of the appendix tables', () => {
    assert.deepEqual(normalizeUnit('%/năm'), { unit: '%', per: 'year' });
    assert.deepEqual(normalizeUnit(' % /năm'), { unit: '%', per: 'year' });
    assert.deepEqual(normalizeUnit('Tỷ đồng'), { unit: 'tỷ đồng', per: null });
    assert.deepEqual(normalizeUnit('Triệu đồng'), { unit: 'triệu đồng', per: null });
    assert.deepEqual(normalizeUnit('Nghìn tấn'), { unit: 'nghìn tấn', per: null });
    assert.deepEqual(normalizeUnit('ngàn tấn'), { unit: 'nghìn tấn', per: null });
    assert.deepEqual(normalizeUnit('Người/năm'), { unit: 'người', per: 'year' });
    assert.deepEqual(normalizeUnit('%o/năm'), { unit: '‰', per: 'year' });
    assert.deepEqual(normalizeUnit('‰'), { unit: '‰', per: null });
    assert.deepEqual(normalizeUnit('Ha'), { unit: 'ha', per: null });
    assert.deepEqual(normalizeUnit('USD'), { unit: 'USD', per: null });
    assert.deepEqual(normalizeUnit('triệu usd'), { unit: 'triệu USD', per: null });
    assert.deepEqual(normalizeUnit('MW'), { unit: 'MW', per: null });
    assert.deepEqual(normalizeUnit('Bác sỹ'), { unit: 'bác sỹ', per: null });
    assert.deepEqual(normalizeUnit('Huyện'), { unit: 'huyện', per: null });
  });

  test('keeps a unit it does not know as written, and reads an empty cell as no unit', () => {
    assert.deepEqual(normalizeUnit('1/10.000'), { unit: '1/10.000', per: null });
    assert.deepEqual(normalizeUnit('Công trình/năm'), { unit: 'Công trình', per: 'year' });
    assert.deepEqual(normalizeUnit('\u00a0 '), { unit: null, per: null });
    assert.deepEqual(normalizeUnit(null), { unit: null, per: null });
  });

  test('accepts decomposed (NFD) text and non-breaking spaces', () => {
    assert.deepEqual(normalizeUnit('Tỷ\u00a0đồng'.normalize('NFD')), { unit: 'tỷ đồng', per: null });
  });
});

describe('readUnitAt (after a figure in running text)', () => {
  test('reads the unit and "/năm" after a figure and says where they end', () => {
    const text = '8.500 lao động/năm; khác';
    assert.deepEqual(readUnitAt(text, 5), { unit: 'lao động', per: 'year', end: 18 });
    assert.deepEqual(readUnitAt('9-10%/năm', 4), { unit: '%', per: 'year', end: 9 });
    assert.deepEqual(readUnitAt('0,65%o', 4), { unit: '‰', per: null, end: 6 });
  });

  test('reads the doctors-per-ten-thousand unit in its spellings, consuming its inner "1"', () => {
    for (const written of [' bác sỹ/1 vạn dân', ' bác sỹ/1vạn dân', ' bác sĩ/vạn dân', ' bác sỹ trên 1 vạn dân']) {
      assert.deepEqual(readUnitAt(written, 0), { unit: 'bác sỹ/1 vạn dân', per: null, end: written.length }, written);
    }
    assert.equal(readUnitAt(' giường bệnh/1 vạn dân', 0).unit, 'giường bệnh/1 vạn dân');
  });

  test('reads scale words as part of the unit', () => {
    assert.equal(readUnitAt(' ngàn lượt khách, trong', 0).unit, 'nghìn lượt khách');
    assert.equal(readUnitAt(' nghìn tỷ đồng.', 0).unit, 'nghìn tỷ đồng');
    assert.equal(readUnitAt(' vạn dân', 0).unit, 'vạn dân');
    assert.equal(readUnitAt(' triệu đồng/người/năm', 0).unit, 'triệu đồng/người');
    assert.equal(readUnitAt(' triệu đồng/người/năm', 0).per, 'year');
  });

  test('reads nothing where no known unit follows, or where a unit word is only part of a word', () => {
    assert.deepEqual(readUnitAt(' hai', 0), { unit: null, per: null, end: 0 });
    assert.deepEqual(readUnitAt(' tổ chức', 0), { unit: null, per: null, end: 0 });
    assert.deepEqual(readUnitAt('/năm', 0), { unit: null, per: 'year', end: 4 });
  });

  test('reads percentage points and multiples as their own words', () => {
    assert.equal(readUnitAt(' điểm phần trăm', 0).unit, 'điểm phần trăm');
    assert.equal(readUnitAt(' lần so với', 0).unit, 'lần');
  });
});
