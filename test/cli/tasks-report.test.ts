/**
 * `resolute tasks report` for real: the CLI in a child process on a temporary SQLite database
 * with the demo (its plan's dates follow the real clock), writing the task status report of
 * the demo's plan in each format, refusing to overwrite a file without --force.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { demoId } from '../../src/services/demo/load-demo.ts';
import { vietnamDate } from '../../src/services/due-date.ts';
import { demoDataDir, runCli } from './run-cli.ts';

const { dir, env } = demoDataDir('tasks-report', { SMTP_URL: '' });
const PLAN = demoId('tasks/plan');
const BIN = fileURLToPath(new URL('../../bin/resolute.js', import.meta.url));


test('tasks report --format csv --out FILE writes the demo plan\'s tasks with their evaluation', () => {
  const out = join(dir, 'bao-cao.csv');
  const run = runCli(['tasks', 'report', '--plan', PLAN, '--format', 'csv', '--out', out], env);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), out);
  assert.match(run.stderr, /Đang lập báo cáo tình hình thực hiện nhiệm vụ \(CSV\)/);
  assert.match(run.stderr, /Đã ghi [\d.]+ byte vào /);
  const csv = readFileSync(out, 'utf8');
  assert.ok(csv.startsWith('\uFEFFTT,'));
  // Sở Y tế's task of the demo is 12 days overdue, whatever the day the test runs.
  assert.match(csv, /Nâng chất lượng khám chữa bệnh tuyến xã,regular,Sở Y tế,.*,overdue,Quá hạn,12\r\n/u);
  const again = runCli(['tasks', 'report', '--plan', PLAN, '--format', 'csv', '--out', out], env);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /đã có; thêm --force để ghi đè/);
  assert.equal(runCli(['tasks', 'report', '--plan', PLAN, '--format', 'csv', '--out', out, '--force', '--quiet'], env).status, 0);
});

test('without --out the file takes its own name in the current directory; XLSX, DOCX and PDF are what they say', () => {
  for (const [format, signature] of [['xlsx', 'PK'], ['docx', 'PK'], ['pdf', '%PDF-']] as const) {
    const out = join(dir, `report.${format}`);
    const run = runCli(['tasks', 'report', '--plan', PLAN, '--format', format, '--out', out, '--quiet'], env);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(out).subarray(0, signature.length).toString('latin1'), signature, format);
  }
  const cwd = join(dir, 'cwd');
  mkdirSync(cwd);
  // run-cli.ts runs in this process's directory: spawn the same binary in another one.
  const run = spawnSync(process.execPath, [BIN, 'tasks', 'report', '--plan', PLAN, '--quiet', '--lang', 'en'], { cwd, encoding: 'utf8', env: { ...process.env, ...env, RESOLUTE_DEBUG: '' } });
  assert.equal(run.status, 0, run.stderr);
  const expected = join(cwd, `tinh-hinh-thuc-hien-nhiem-vu-${vietnamDate(new Date())}.xlsx`);
  assert.equal(run.stdout.trim(), expected);
  assert.ok(existsSync(expected));
  const bad = runCli(['tasks', 'report', '--plan', PLAN, '--format', 'odt'], env);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /format/);
});
