import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendixRecords } from './appendix.ts';
import { csvField, writeCsv, type RecordSet } from './csv.ts';
import { sampleAppendixData } from './testing/sample-data.ts';
import { must } from './testing/must.ts';

/** A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = must(text[i]);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i += 1; continue; }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') { quoted = true; i += 1; continue; }
    if (ch === ',') { record.push(field); field = ''; i += 1; continue; }
    if (ch === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i += 2; continue; }
    assert.notEqual(ch, '\n', `a bare LF at ${i}`);
    assert.notEqual(ch, '"', `a quote inside an unquoted field at ${i}`);
    field += ch;
    i += 1;
  }
  assert.equal(field, '', 'the file ends with CRLF');
  assert.equal(record.length, 0, 'the file ends with CRLF');
  return records;
}

describe('writeCsv', () => {
  const tricky: RecordSet = {
    columns: [{ key: 'name', title: 'Chỉ tiêu' }, { key: 'value', title: 'Kết quả, số' }, { key: 'note', title: 'Ghi chú "gốc"' }],
    rows: [
      { name: 'Nông, lâm nghiệp, thủy sản', value: 3.91, note: 'Báo cáo ghi "Đạt"' },
      { name: 'Dòng một\r\ndòng hai', value: -7.8, note: null },
      { name: ' khoảng trắng ', value: 1200000, note: 'a\nb' },
      { name: 'Rất nhỏ', value: 5e-7, note: '' },
      { name: 'Rất lớn', value: 1e21 },
    ],
  };

  test('UTF-8 with a BOM, the titles first, CRLF line ends, Vietnamese intact', () => {
    const bytes = writeCsv(tricky);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    assert.equal(text.charCodeAt(0), 0xfeff);
    const rows = parseCsv(text.slice(1));
    assert.deepEqual(rows[0], ['Chỉ tiêu', 'Kết quả, số', 'Ghi chú "gốc"']);
    assert.equal(rows.length, 1 + tricky.rows.length);
  });

  test('values with commas, quotes and line breaks round-trip; numbers use a dot, null is empty', () => {
    const rows = parseCsv(writeCsv(tricky).toString('utf8').slice(1)).slice(1);
    assert.deepEqual(rows, [
      ['Nông, lâm nghiệp, thủy sản', '3.91', 'Báo cáo ghi "Đạt"'],
      ['Dòng một\r\ndòng hai', '-7.8', ''],
      [' khoảng trắng ', '1200000', 'a\nb'],
      ['Rất nhỏ', '0.0000005', ''],
      ['Rất lớn', '1000000000000000000000', ''],
    ]);
  });

  test('fields are quoted only when they need it', () => {
    assert.equal(csvField('Đạt'), 'Đạt');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "x"'), '"say ""x"""');
    assert.equal(csvField(null), '');
    assert.equal(csvField(0.1 + 0.2), '0.30000000000000004');
    assert.equal(csvField(-0), '0');
    assert.equal(csvField(Number.NaN), '');
  });

  test('the appendix records read back: one line per indicator and period, numbers machine-readable', () => {
    const records = appendixRecords(sampleAppendixData());
    const rows = parseCsv(writeCsv(records).toString('utf8').slice(1));
    assert.equal(rows.length, 1 + records.rows.length);
    const header = must(rows[0]);
    const at = (key: string) => header.indexOf(must(records.columns.find((c) => c.key === key)).title);
    const school = must(rows.find((r) => r[at('indicator_id')] === 'i-school' && r[at('period_id')] === 'p-2021-2023'));
    assert.equal(school[at('value')], '55');
    assert.equal(school[at('percent_of_target')], '91.67');
    assert.equal(school[at('status_word')], 'Chưa đạt');
    assert.equal(school[at('name')], 'Tỷ lệ trường đạt chuẩn quốc gia');
    const agri = must(rows.find((r) => r[at('indicator_id')] === 'c-agri' && r[at('period_id')] === 'p-2020-2025'));
    assert.equal(agri[at('name')], 'Nông, lâm nghiệp, thủy sản');
    assert.equal(agri[at('value')], '14.3');
  });
});
