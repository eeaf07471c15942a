/**
 * End to end, as a user runs it: `resolute extract` and `resolute evaluate` on the five
 * seed documents (read from ../shared/seeds) and on our sample documents in three formats.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, seedPath } from './run-cli.ts';

interface ExtractJson {
  schemaVersion: number;
  document: { kind: string; issuer: string | null; number: string | null; date: string | null; term: { start: number; end: number } | null };
  footnotes: { number: number; citedAtLines: number[] }[];
  indicators: {
    name: string;
    source: string;
    group: string | null;
    target: { kind: string; min: number | null; max: number | null; unit: string | null } | null;
    observations: { text: string; documentStatus: string | null; computedStatus: string | null; disagrees?: boolean }[];
  }[];
}

function extract(file: string): ExtractJson {
  const run = runCli(['extract', file, '--json', '--quiet']);
  assert.ok(run.status === 0 || run.status === 2, run.stderr);
  return JSON.parse(run.stdout) as ExtractJson;
}

function count(json: ExtractJson, source: string): number {
  return json.indicators.filter((indicator) => indicator.source === source).length;
}

function find(json: ExtractJson, source: string, name: string) {
  const found = json.indicators.find((indicator) => indicator.source === source && indicator.name === name);
  assert.ok(found, `no ${source} indicator named "${name}"`);
  return found;
}

describe('extract on the seeds', () => {
  test('000: political report to the XIV Congress — target list and end table', () => {
    const json = extract(seedPath('000_d99e14e1def16ddb.txt'));
    assert.equal(json.schemaVersion, 1);
    assert.equal(json.document.kind, 'political_report');
    assert.deepEqual(json.document.term, { start: 2020, end: 2025 });
    assert.equal(count(json, 'target_list'), 52);
    assert.equal(count(json, 'table'), 53);
    const forest = find(json, 'target_list', 'Tỷ lệ che phủ rừng');
    assert.deepEqual([forest.target?.kind, forest.target?.min, forest.target?.max], ['point', 53, 53]);
  });

  test('001: draft for the XV Congress — 21 numbered targets split into components', () => {
    const json = extract(seedPath('001_02f8a9aa965cfe97.txt'));
    assert.equal(json.document.kind, 'draft');
    assert.deepEqual(json.document.term, { start: 2025, end: 2030 });
    assert.equal(count(json, 'target_list'), 49);
    assert.equal(count(json, 'table'), 0);
    const growth = find(json, 'target_list', 'Tốc độ tăng trưởng GRDP');
    assert.deepEqual([growth.target?.kind, growth.target?.min, growth.target?.max], ['approx', 10, 10]);
  });

  test('002: mid-term report 443-BC/TU — metadata, footnotes and Phụ lục 3', () => {
    const json = extract(seedPath('002_5820d9dead76922e.txt'));
    assert.equal(json.document.kind, 'report');
    assert.equal(json.document.issuer, 'TỈNH UỶ LAI CHÂU');
    assert.equal(json.document.number, '443-BC/TU');
    assert.equal(json.document.date, '2023-11-03');
    assert.equal(json.footnotes.length, 41);
    assert.deepEqual(json.footnotes.find((footnote) => footnote.number === 27)?.citedAtLines, [863]);
    assert.equal(count(json, 'table'), 54);
    const income = find(json, 'table', 'GRDP bình quân đầu người');
    assert.deepEqual(
      income.observations.map((o) => [o.text, o.documentStatus, o.computedStatus]),
      [
        ['47,5', 'Chưa đạt', 'Chưa đạt'],
        ['58,7', 'Khó đạt', 'Khó đạt'],
      ],
    );
  });

  test('003: an implementation plan — no indicators, exit code 2', () => {
    const run = runCli(['extract', seedPath('003_0f4b79719d295773.txt'), '--quiet']);
    assert.equal(run.status, 2);
    assert.match(run.stdout, /Loại văn bản: Kế hoạch/);
    assert.match(run.stderr, /Không tìm thấy chỉ tiêu nào/);
  });

  test('004: Điện Biên draft — another layout, one cell per line', () => {
    const json = extract(seedPath('004_e341ae35a8b646af.txt'));
    assert.equal(json.document.kind, 'draft');
    assert.equal(count(json, 'target_list'), 65);
    assert.equal(count(json, 'table'), 87);
  });
});

describe('evaluate on the seeds', () => {
  test('002: both columns with the rollup sentence and the document\'s own contradictions', () => {
    const run = runCli(['evaluate', seedPath('002_5820d9dead76922e.txt'), '--quiet']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Cột: Ước thực hiện giai đoạn 2021 - 2023/);
    assert.match(run.stdout, /Tổng hợp: có 14 chỉ tiêu vượt, 09 chỉ tiêu đạt, 31 chỉ tiêu chưa đạt/);
    assert.match(run.stdout, /Tổng hợp: có 18 chỉ tiêu vượt, 28 chỉ tiêu đạt, 08 chỉ tiêu khó đạt/);
    // The services share rose above its target, yet the report calls it "Chưa đạt".
    assert.match(run.stdout, /Dịch vụ\s+%\s+36,43\s+40,14\s+Chưa đạt\s+Vượt\s+≠/);
  });

  test('--json gives the columns with counts', () => {
    const run = runCli(['evaluate', seedPath('002_5820d9dead76922e.txt'), '--quiet', '--json']);
    const json = JSON.parse(run.stdout) as { columns: { label: string; disagreements: number; rollup: { total: number } }[] };
    assert.deepEqual(
      json.columns.map((column) => [column.label, column.rollup.total, column.disagreements]),
      [
        ['Ước thực hiện giai đoạn 2021 - 2023', 54, 2],
        ['Ước thực hiện giai đoạn 2020 - 2025', 54, 2],
      ],
    );
  });
});

describe('our sample documents in three formats', () => {
  const names = (file: string) => extract(file).indicators.map((indicator) => `${indicator.name} | ${indicator.target?.min} | ${indicator.target?.max}`);

  test('TXT, DOCX and PDF of the same resolution give the same indicators', () => {
    const txt = names('examples/nghi-quyet-mau.txt');
    assert.equal(txt.length, 13);
    assert.deepEqual(names('examples/nghi-quyet-mau.docx'), txt);
    assert.deepEqual(names('examples/nghi-quyet-mau.pdf'), txt);
  });
});
