/**
 * `resolute tasks` for real: the CLI in a child process, on the sample plan and on a temporary
 * SQLite database with the demo loaded (its task dates follow the real clock): reading a plan,
 * saving it as a draft, the due check once per day, and usage errors (the task status report
 * itself: tasks-report.test.ts).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { z } from 'zod';
import { vietnamDate } from '../../src/services/due-date.ts';
import { demoDataDir, runCli } from './run-cli.ts';

const SAMPLE = fileURLToPath(new URL('../../examples/ke-hoach-mau.txt', import.meta.url));
const { dir, env } = demoDataDir('tasks', { SMTP_URL: '' });


const ImportJson = z.object({
  schemaVersion: z.literal(1),
  document: z.object({ number: z.string().nullable(), date: z.string().nullable() }),
  tasks: z.array(z.object({ number: z.string().nullable(), title: z.string(), kind: z.string(), sourceLine: z.number() })),
  saved: z.object({ plan: z.object({ id: z.string(), status: z.string() }), tasks: z.number(), assigned: z.number(), unmatchedUnits: z.array(z.string()) }).nullable(),
});

const CheckJson = z.object({
  day: z.string(),
  dueSoon: z.array(z.object({ title: z.string(), days: z.number() })),
  overdue: z.array(z.object({ title: z.string(), days: z.number() })),
  recorded: z.number(),
});

test('import FILE --json prints the candidate tasks with their source lines, storing nothing', () => {
  const run = runCli(['tasks', 'import', SAMPLE, '--json', '--quiet']);
  assert.equal(run.status, 0, run.stderr);
  const output = ImportJson.parse(JSON.parse(run.stdout));
  assert.deepEqual([output.document.number, output.document.date, output.saved], ['27-KH/UBND', '2026-01-15', null]);
  assert.ok(output.tasks.length >= 8, `${output.tasks.length} tasks`);
  assert.ok(output.tasks.some((t) => t.number === '2.1' && t.kind === 'breakthrough'));
  assert.equal(run.stderr, '', 'quiet and JSON: nothing on stderr');
});

test('import FILE prints a table in Vietnamese (English with --lang en) and says how to save', () => {
  const run = runCli(['tasks', 'import', SAMPLE, '--quiet']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /Văn bản: .* — số 27-KH\/UBND, ngày 15\/01\/2026/);
  assert.match(run.stdout, /Tìm được \d+ nhiệm vụ\./);
  assert.match(run.stdout, /TT\s+Nhiệm vụ\s+Loại\s+Đơn vị chủ trì/);
  assert.match(run.stdout, /Khâu đột phá/);
  assert.match(run.stderr, /--save --term/);
  const english = runCli(['tasks', 'import', SAMPLE, '--quiet', '--lang', 'en']);
  assert.match(english.stdout, /\d+ tasks found\./);
});

test('import --save --term LCH:XV stores a draft plan with the demo\'s units matched', () => {
  const run = runCli(['tasks', 'import', SAMPLE, '--save', '--term', 'LCH:XV', '--json', '--quiet'], env);
  assert.equal(run.status, 0, run.stderr);
  const { saved, tasks } = ImportJson.parse(JSON.parse(run.stdout));
  assert.equal(saved?.plan.status, 'draft');
  assert.equal(saved?.tasks, tasks.length);
  assert.ok((saved?.assigned ?? 0) >= 6, `assigned ${saved?.assigned}`);
  const text = runCli(['tasks', 'import', SAMPLE, '--save', '--term', 'LCH:XV', '--quiet'], env);
  assert.match(text.stdout, /Đã lưu kế hoạch dự thảo [0-9a-f-]+: \d+ nhiệm vụ/);
});

test('due --today: due soon and overdue of the demo, reminders recorded once per day', () => {
  const today = vietnamDate(new Date());
  const first = runCli(['tasks', 'due', '--days', '7', '--today', today, '--json'], env);
  assert.equal(first.status, 0, first.stderr);
  const check = CheckJson.parse(JSON.parse(first.stdout));
  assert.equal(check.day, today);
  assert.deepEqual(check.dueSoon.find((t) => t.title === 'Phát triển vùng chè và cây ăn quả tập trung')?.days, 5);
  assert.deepEqual(check.overdue.find((t) => t.title === 'Nâng chất lượng khám chữa bệnh tuyến xã')?.days, 12);
  assert.ok(check.recorded >= 2);
  const again = CheckJson.parse(JSON.parse(runCli(['tasks', 'due', '--today', today, '--json'], env).stdout));
  assert.equal(again.recorded, 0);
  const text = runCli(['tasks', 'due', '--today', today], env);
  assert.match(text.stdout, /Kiểm tra hạn nhiệm vụ ngày \d{2}\/\d{2}\/\d{4}/);
  assert.match(text.stdout, /Quá hạn: \d+/);
});

test('an unknown plan, bad usage and a plan without tasks end with one clear line', () => {
  const report = runCli(['tasks', 'report', '--plan', 'x', '--format', 'pdf', '--quiet'], env);
  assert.equal(report.status, 1);
  assert.match(report.stderr, /Lỗi: Không tìm thấy bản ghi \(plan x\)/);
  const noTerm = runCli(['tasks', 'import', SAMPLE, '--save']);
  assert.equal(noTerm.status, 1);
  assert.match(noTerm.stderr, /Lỗi: Cách dùng không đúng: term: --save needs --term/);
  const badDay = runCli(['tasks', 'due', '--today', '31/12/2026']);
  assert.match(badDay.stderr, /today: must be a date written YYYY-MM-DD/);
  assert.equal(runCli(['tasks', 'plan']).status, 1);
  const letter = join(dir, 'thu.txt');
  writeFileSync(letter, 'Kính gửi các đồng chí.\nĐề nghị gửi báo cáo đúng hạn.\n');
  const none = runCli(['tasks', 'import', letter, '--quiet']);
  assert.equal(none.status, 2);
  assert.match(none.stdout, /Không tìm thấy nhiệm vụ nào/);
  const help = runCli(['tasks', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /resolute tasks <lệnh con>/);
  assert.doesNotMatch(report.stderr + noTerm.stderr + none.stderr, /\n\s+at /, 'no stack trace');
});
