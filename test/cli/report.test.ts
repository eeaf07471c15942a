/**
 * `resolute report` for real: the CLI in a child process on a temporary SQLite database with
 * the demo loaded, as an office would run it on the server's machine. Each format is written,
 * starts with its format's signature, and a bad term or usage ends with one clear line.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { formatVnNumber } from '../../src/domain/vn-number.ts';
import { demoDataDir, runCli, type CliRun } from './run-cli.ts';

const { dir, env } = demoDataDir('report');


/** The first bytes each format must start with. */
const SIGNATURE: Record<string, Buffer> = {
  xlsx: Buffer.from('PK\x03\x04', 'latin1'),
  docx: Buffer.from('PK\x03\x04', 'latin1'),
  pdf: Buffer.from('%PDF-', 'latin1'),
  csv: Buffer.from([0xef, 0xbb, 0xbf]),
  json: Buffer.from('{', 'latin1'),
};

function assertWritten(run: CliRun, file: string, format: string): Buffer {
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), file);
  const bytes = readFileSync(file);
  assert.ok(bytes.length > 500, `${file} has ${bytes.length} bytes`);
  assert.deepEqual(bytes.subarray(0, SIGNATURE[format]?.length), SIGNATURE[format], `${format} signature`);
  assert.ok(run.stderr.includes(`Đã ghi ${formatVnNumber(bytes.length)} byte vào ${file}.`), run.stderr);
  return bytes;
}

for (const format of ['xlsx', 'docx', 'pdf', 'csv', 'json']) {
  test(`appendix of LCH:XIV as of the mid-term and the term end, as ${format}`, () => {
    const file = join(dir, `appendix.${format}`);
    const run = runCli(['report', 'appendix', '--term', 'LCH:XIV', '--as-of', 'mid_term', '--as-of', '2025', '--format', format, '--out', file], env);
    const bytes = assertWritten(run, file, format);
    assert.deepEqual(run.stderr.split('\n').slice(0, 3), ['Đang nạp dữ liệu…', 'Đang đánh giá các chỉ tiêu…', `Đang ghi báo cáo ${format.toUpperCase()}…`]);
    if (format === 'json') {
      const data = JSON.parse(bytes.toString('utf8')) as { periods: { label: string }[]; organisationName: string };
      assert.deepEqual([data.organisationName, data.periods.map((p) => p.label)], ['Tỉnh Lai Châu', ['Ước thực hiện giai đoạn 2021-2023', 'Ước thực hiện giai đoạn 2020-2025']]);
    }
    if (format === 'csv') assert.match(bytes.toString('utf8'), /Tốc độ tăng trưởng GRDP/u);
  });
}

test('summary, term comparison and province comparison', () => {
  assertWritten(runCli(['report', 'summary', '--term', 'LCH:XIV', '--as-of', '2023', '--format', 'docx', '--out', join(dir, 'summary.docx'), '--next-target'], env), join(dir, 'summary.docx'), 'docx');
  assertWritten(runCli(['report', 'compare-terms', '--term', 'LCH:XV', '--format', 'pdf', '--out', join(dir, 'terms.pdf')], env), join(dir, 'terms.pdf'), 'pdf');
  const orgs = join(dir, 'orgs.csv');
  const run = runCli(['report', 'compare-orgs', '--term', 'LCH:XIV', '--term', 'DBN:XIV', '--as-of', '2020', '--as-of', '2020', '--format', 'csv', '--out', orgs], env);
  const text = assertWritten(run, orgs, 'csv').toString('utf8');
  assert.match(text, /Tỉnh Lai Châu/u);
  assert.match(text, /Tỉnh Điện Biên/u);
});

test('without --out the file takes the report\'s name in the current directory, and is never overwritten without --force', () => {
  const here = join(dir, 'here');
  mkdirSync(here);
  const bin = fileURLToPath(new URL('../../bin/resolute.js', import.meta.url));
  const run = (extra: string[] = []) => {
    const result = spawnSync(process.execPath, [bin, 'report', 'appendix', '--term', 'LCH:XIV', '--as-of', 'mid_term', '--quiet', ...extra], {
      cwd: here, encoding: 'utf8', env: { ...process.env, RESOLUTE_DEBUG: '', ...env },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const file = join(here, 'phu-luc-ket-qua-chi-tieu-2023.xlsx');
  const first = run();
  assert.deepEqual([first.status, first.stdout.trim(), first.stderr], [0, file, '']);
  assert.ok(existsSync(file));
  const again = run();
  assert.equal(again.status, 1);
  assert.equal(again.stderr.trim(), `Lỗi: Tệp ${file} đã có; thêm --force để ghi đè.`);
  assert.equal(run(['--force']).status, 0);
});

test('a term that does not exist, a wrong usage, a database not made: one clear line, exit 1', () => {
  const missing = runCli(['report', 'appendix', '--term', 'LCH:XX', '--as-of', '2023', '--out', join(dir, 'x.xlsx')], env);
  assert.deepEqual([missing.status, missing.stderr.trim()], [1, 'Lỗi: Không tìm thấy bản ghi (term LCH:XX).']);
  const period = runCli(['report', 'appendix', '--term', 'LCH:XIV', '--as-of', '2022', '--out', join(dir, 'x.xlsx'), '--lang', 'en'], env);
  assert.equal(period.status, 1);
  assert.match(period.stderr, /^Error: .*XIV:2022/u);
  const usage = runCli(['report', 'compare-orgs', '--term', 'LCH:XIV'], env);
  assert.equal(usage.status, 1);
  assert.match(usage.stderr, /^Lỗi: Cách dùng không đúng: compare-orgs cần từ hai --term trở lên/u);
  const usageEn = runCli(['report', 'compare-orgs', '--term', 'LCH:XIV', '--lang', 'en'], env);
  assert.match(usageEn.stderr, /^Error: Wrong usage: compare-orgs takes two or more --term/u);
  const kind = runCli(['report', 'table', '--term', 'LCH:XIV'], env);
  assert.equal(kind.status, 1);
  assert.match(kind.stderr, /Cách dùng không đúng: kind: a report kind is required/u);
  const empty = join(dir, 'empty');
  mkdirSync(empty);
  const notMade = runCli(['report', 'compare-terms', '--term', 'LCH:XV'], { ...env, DATA_DIR: empty });
  assert.equal(notMade.status, 1);
  assert.match(notMade.stderr, /^Lỗi: Cơ sở dữ liệu .* chưa được tạo hoặc chưa cập nhật/u);
  for (const run of [missing, period, usage, kind, notMade]) assert.doesNotMatch(run.stderr, /\n\s+at /u, 'no stack trace');
  assert.equal(existsSync(join(dir, 'x.xlsx')), false);
});

test('help in both languages', () => {
  const vi = runCli(['report', '--help']);
  assert.deepEqual([vi.status, vi.stdout.startsWith('Cách dùng:\n  resolute report appendix')], [0, true]);
  const en = runCli(['report', '--help', '--lang', 'en']);
  assert.match(en.stdout, /compare-orgs {2}--term TERM --term TERM2/u);
  assert.match(runCli(['--help']).stdout, /report KIND/u);
});
