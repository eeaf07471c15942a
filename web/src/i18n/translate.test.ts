import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CATALOGS, parseLang, placeholdersOf, translate } from './translate.ts';
import type { MessageKey } from './translate.ts';

describe('message catalogs', () => {
  test('the English catalog has exactly the Vietnamese keys, each quoting the same values', () => {
    const viKeys = Object.keys(CATALOGS.vi).sort();
    assert.deepEqual(Object.keys(CATALOGS.en).sort(), viKeys);
    for (const key of viKeys as MessageKey[]) {
      assert.deepEqual(placeholdersOf(CATALOGS.en[key]), placeholdersOf(CATALOGS.vi[key]), key);
      assert.notEqual(CATALOGS.en[key].trim(), '', key);
    }
  });

  test('status words in Vietnamese are the documents\' words', () => {
    assert.equal(translate('vi', 'status.at_risk'), 'Khó đạt');
    assert.equal(translate('vi', 'status.on_track'), 'Theo lộ trình');
    assert.equal(translate('en', 'status.at_risk'), 'At risk');
  });

  test('fills placeholders and leaves unknown ones visible', () => {
    assert.equal(translate('vi', 'indicators.count', { shown: 3, total: 54 }), '3/54 chỉ tiêu');
    assert.equal(translate('en', 'indicators.count', { shown: 3 }), '3 of {total} indicators');
  });

  test('the stored language defaults to Vietnamese', () => {
    assert.equal(parseLang('en'), 'en');
    assert.equal(parseLang('vi'), 'vi');
    assert.equal(parseLang(null), 'vi');
    assert.equal(parseLang('fr'), 'vi');
  });
});
