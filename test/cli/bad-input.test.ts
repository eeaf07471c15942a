/** Bad input gives one clear line and a non-zero exit, never a stack trace. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'resolute-cli-'));

function assertCleanFailure(run: { status: number | null; stderr: string }, expected: RegExp, status = 1): void {
  assert.equal(run.status, status, run.stderr);
  assert.match(run.stderr, expected);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
}

test('a missing file', () => {
  assertCleanFailure(runCli(['extract', join(dir, 'nope.txt')]), /Lỗi: Không tìm thấy tệp/);
});

test('an empty file', () => {
  const file = join(dir, 'empty.txt');
  writeFileSync(file, '');
  assertCleanFailure(runCli(['extract', file]), /Lỗi: Tệp rỗng/);
});

test('a binary file with a text extension', () => {
  const file = join(dir, 'image.txt');
  writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
  assertCleanFailure(runCli(['extract', file]), /Lỗi: Tệp không phải văn bản/);
});

test('a zip that is not a DOCX', () => {
  const file = join(dir, 'archive.docx');
  writeFileSync(file, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 1)]));
  assertCleanFailure(runCli(['extract', file]), /Lỗi: (Định dạng tệp không được hỗ trợ|Tệp bị hỏng)/);
});

test('a PDF that is damaged', () => {
  const file = join(dir, 'broken.pdf');
  writeFileSync(file, '%PDF-1.7\nthis is not really a pdf\n');
  assertCleanFailure(runCli(['extract', file]), /Lỗi: Tệp bị hỏng/);
});

test('a 50 MB file is refused before it is read', () => {
  const file = join(dir, 'huge.txt');
  writeFileSync(file, '');
  truncateSync(file, 50 * 1024 * 1024 + 1);
  assertCleanFailure(runCli(['extract', file]), /Lỗi: Tệp quá lớn/);
});

test('a document with no indicators: exit 2 with a message', () => {
  const file = join(dir, 'letter.txt');
  writeFileSync(file, 'Kính gửi các đồng chí.\nĐề nghị các đơn vị gửi báo cáo đúng hạn.\n');
  const run = runCli(['extract', file, '--quiet']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /Không tìm thấy chỉ tiêu nào/);
  const evaluation = runCli(['evaluate', file, '--quiet']);
  assertCleanFailure(evaluation, /không có bảng kết quả/, 2);
});

test('English messages with --lang en', () => {
  assertCleanFailure(runCli(['extract', join(dir, 'nope.txt'), '--lang', 'en']), /Error: File not found/);
});

test('wrong usage names the problem', () => {
  assertCleanFailure(runCli(['extract']), /FILE is required/);
  assertCleanFailure(runCli(['extract', 'a.txt', '--colour']), /Unknown option '--colour'/);
  assertCleanFailure(runCli(['extract', 'a.txt', '--lang', 'fr']), /lang/);
  assertCleanFailure(runCli(['frobnicate']), /Không có lệnh "frobnicate"/);
});

test('help in both languages', () => {
  const vi = runCli(['--help']);
  assert.equal(vi.status, 0);
  assert.match(vi.stdout, /extract FILE/);
  assert.match(vi.stdout, /Đánh giá các bảng kết quả/);
  const en = runCli(['evaluate', '--help', '--lang', 'en']);
  assert.equal(en.status, 0);
  assert.match(en.stdout, /Usage: resolute evaluate FILE/);
});
