/** Tests of the CSV record splitter and of the cell readers the sheet reader relies on. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from './csv-records.ts';
import { cellDate, cellLine, cellText } from './sheet-cells.ts';
import { headerKey } from './sheet-header.ts';

describe('parseCsv', () => {
  test('splits on the delimiter and on CRLF, LF and lone CR', () => {
    assert.deepEqual(parseCsv('a;b\r\nc;d\ne;f\rg', ';').records, [['a', 'b'], ['c', 'd'], ['e', 'f'], ['g']]);
  });

  test('keeps blank lines as empty records and adds none for the final line break', () => {
    assert.deepEqual(parseCsv('a,b\n\nc,\n', ',').records, [['a', 'b'], [''], ['c', '']]);
  });

  test('reads quoted fields: doubled quotes, delimiters and line breaks inside, empty quotes', () => {
    assert.deepEqual(parseCsv('"x ""y"", z","1\r\n2",""\n', ',').records, [['x "y", z', '1\r\n2', '']]);
  });

  test('is lenient where spreadsheets are: quotes inside unquoted text, text after a closing quote', () => {
    assert.deepEqual(parseCsv('5" màn hình,"a"b\n', ',').records, [['5" màn hình', 'ab']]);
  });

  test('names the line where a never-closed quote opened, counting line breaks in earlier quotes', () => {
    const result = parseCsv('h\n"một\ndòng"\n"mở\nmãi', ',');
    assert.equal(result.openQuoteLine, 4);
    assert.deepEqual(result.records, [['h'], ['một\ndòng']]);
  });

  test('stops after `limit` records', () => {
    assert.deepEqual(parseCsv('1\n2\n3\n4', ',', 2).records, [['1'], ['2']]);
  });
});

describe('cell readers', () => {
  test('dates: dd/mm/yyyy with any separator and a time, yyyy-mm-dd, Excel cells and serials', () => {
    assert.equal(cellDate('5/6/2025'), '2025-06-05');
    assert.equal(cellDate('05.06.2025 14:30'), '2025-06-05');
    assert.equal(cellDate('29-02-2024'), '2024-02-29');
    assert.equal(cellDate('2025-06-30T08:00:00+07:00'), '2025-06-30');
    assert.equal(cellDate(new Date(Date.UTC(2025, 11, 31, 23, 59))), '2025-12-31');
    assert.equal(cellDate(45658), '2025-01-01');
    assert.equal(cellDate(45658.75), '2025-01-01');
    assert.equal(cellDate('  '), null);
    assert.equal(cellDate(null), null);
  });

  test('dates that are not real or not clear are invalid, never guessed', () => {
    for (const value of ['29/02/2025', '12/13/2025', '5/6/25', '2025/06/05', 'hôm qua', '00/01/2025']) assert.equal(cellDate(value), 'invalid', value);
    assert.equal(cellDate(60), 'invalid', "Excel's 29/02/1900");
    assert.equal(cellDate(-3), 'invalid');
  });

  test('text is NFC and trimmed; a one-line field folds its spaces and line breaks', () => {
    assert.equal(cellText(' Ho\u0300a  Bi\u0300nh\r\nxã \u00A0'), 'Hòa  Bình\nxã');
    assert.equal(cellLine(' Ho\u0300a  Bi\u0300nh\r\nxã '), 'Hòa Bình xã');
    assert.equal(cellText(new Date(Date.UTC(2025, 4, 12))), '12/05/2025');
    assert.equal(cellText({ error: '#REF!' }), '#REF!');
  });

  test('header keys ignore case, diacritics, spacing, punctuation and bracketed notes', () => {
    const key = headerKey('Họ và tên');
    for (const variant of ['HỌ VÀ TÊN', 'Họ  và\ntên:', 'Ho va ten (*)', 'họ và tên [bắt buộc]', 'Hovàtên']) assert.equal(headerKey(variant), key, variant);
    assert.notEqual(headerKey('Ý kiến'), headerKey('Ý kiến góp ý'));
    assert.equal(headerKey('Phần,mục'), headerKey('Phần, mục'));
  });
});
