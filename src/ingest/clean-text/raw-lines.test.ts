import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { proseText, splitLines, tableText } from './raw-lines.ts';

describe('splitLines', () => {
  test('numbers lines from 1 and tells blank, spacer and body lines apart', () => {
    assert.deepEqual(splitLines('\uFEFFTiêu đề\r\n\n     \r\tÔ\u00A0một  '), [
      { n: 1, text: 'Tiêu đề', indented: false, spaces: 0, role: 'body' },
      { n: 2, text: '', indented: false, spaces: 0, role: 'blank' },
      { n: 3, text: '', indented: false, spaces: 5, role: 'spacer' },
      { n: 4, text: '\tÔ một', indented: true, spaces: 0, role: 'body' },
    ]);
  });

  test('composes decomposed text (NFC) and drops form feeds without making a line', () => {
    const [line, next] = splitLines('\fTi\u0300nh\nsau');
    assert.equal(line?.text, 'Tình');
    assert.equal(line?.role, 'body');
    assert.equal(next?.n, 2);
  });

  test('a line of tabs is a body line, not a spacer', () => {
    assert.equal(splitLines('\t\t')[0]?.role, 'body');
  });
});

describe('proseText and tableText', () => {
  test('prose collapses all whitespace, tables keep tabs and inner spaces', () => {
    assert.equal(proseText('  a \t b  c '), 'a b c');
    assert.equal(tableText('  3,91  Chưa đạt\t '), '3,91  Chưa đạt\t');
  });
});
