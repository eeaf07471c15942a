/**
 * `resolute consult` for real: the CLI in a child process on a temporary SQLite database with
 * the demo and our sample resolution (examples/nghi-quyet-mau.txt) stored as a draft: opening
 * a consultation, importing a sheet of 500+ comments (progress, refused rows, exit codes), the
 * synthesis as text, JSON and a report file, the comment export with and without contact, the
 * disposition report, closing, and the one-line errors. The main flows spawn bin/resolute.js;
 * the other checks call the same `main` in this process, which is much cheaper.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { SYSTEM_ACTOR } from '../../services/actor.ts';
import { loadConfig } from '../../services/config.ts';
import { createDeps } from '../../services/deps.ts';
import { importDocument } from '../../services/document-import.service.ts';
import { openDatabase } from '../../services/maintenance.service.ts';
import { resolveTermKey } from '../../services/report-keys.ts';
import { demoDataDir, runCli, type CliRun } from '../../../test/cli/run-cli.ts';
import { main } from '../main.ts';

const SAMPLE = fileURLToPath(new URL('../../../examples/nghi-quyet-mau.txt', import.meta.url));
const { dir, env } = demoDataDir('consult');
let documentId = '';
const BARE = { RESOLUTE_LANG: '' };

/** The same CLI in this process (`main`, as bin/resolute.js calls it): for the checks that need no child process of their own. */
async function runIn(args: string[], runEnv: Record<string, string>): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, { stdout: (text) => out.push(`${text}\n`), stderr: (text) => err.push(`${text}\n`), now: () => performance.now() }, runEnv);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

// Inside the suite: node 20 runs top-level `before` hooks concurrently, and demoDataDir's must finish first.
describe('resolute consult', () => {
before(async () => {
  const database = await openDatabase(loadConfig(env));
  try {
    const deps = createDeps(database.db);
    const term = await resolveTermKey(deps, SYSTEM_ACTOR, 'LCH:XV');
    documentId = (await importDocument(deps, SYSTEM_ACTOR, { termId: term.id, path: SAMPLE })).id;
  } finally {
    await database.close();
  }
});

const SLUG = 'du-thao-nghi-quyet-hoa-son';
const A = 'Đề nghị bổ sung chỉ tiêu tỷ lệ che phủ rừng đạt trên 52% vào nhóm chỉ tiêu kinh tế đến năm 2030.';
const B = 'Không nên đặt chỉ tiêu thu ngân sách quá cao khi doanh nghiệp địa phương còn nhỏ.';
const PARTLY = [
  'Cần tách riêng mục tiêu giảm nghèo cho các xã biên giới vùng cao.',
  'Bổ sung giải pháp đào tạo nghề gắn với nhu cầu của các khu công nghiệp.',
  'Nên nêu rõ lộ trình chuyển đổi số trong cơ quan nhà nước cấp xã.',
  'Du lịch cộng đồng cần có cơ chế chia sẻ lợi ích với người dân bản địa.',
  'Quy hoạch lại mạng lưới trường học sau khi sáp nhập đơn vị hành chính.',
];

/** A comment sheet: 400 × A (agree), 100 × B (disagree), five partly, two with an unknown locality, three bad rows. */
function commentSheet(): string {
  const rows = [['STT', 'Mục', 'Nội dung góp ý', 'Ý kiến', 'Lý do', 'Đối tượng', 'Địa bàn', 'Họ và tên', 'Email']];
  const add = (...cells: string[]) => rows.push([String(rows.length), ...cells]);
  for (let i = 0; i < 400; i++) add('Các chỉ tiêu về kinh tế', A, 'Tán thành', '', 'Người dân', 'Xã Bình Lư', `Người góp ý ${i}`, i === 0 ? 'lo.van.a@example.vn' : '');
  for (let i = 0; i < 100; i++) add('', B, 'Không đồng ý', 'Chỉ tiêu không sát thực tế', 'Doanh nghiệp', 'Phường Tân Phong', '', '');
  for (const text of PARTLY) add('Các chỉ tiêu về văn hóa - xã hội', text, 'Đồng ý một phần', '', 'Cán bộ, đảng viên', '', '', '');
  add('', 'Rất tán thành toàn bộ dự thảo, trình bày mạch lạc.', 'Nhất trí', '', 'Tổ chức', 'Xã Không Có', '', ''); // row 507 (the header is row 1): kept, warned
  add('', 'Mong sớm ban hành để triển khai ngay trong năm tới.', 'Tán thành', '', 'Người dân', 'Xã Không Có', '', ''); // row 508
  add('', 'Một ý kiến chưa rõ quan điểm.', 'Phân vân', '', 'Người dân', '', '', ''); // row 509: unknown stance
  add('Mục 9.9', 'Góp ý cho một mục không có trong dự thảo.', 'Tán thành', '', 'Người dân', '', '', ''); // row 510: unknown section
  add('', '', '', '', 'Người dân', '', '', ''); // row 511: neither text nor stance
  return rows.map((r) => r.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join('\n');
}

const OpenJson = z.object({ consultation: z.object({ id: z.string(), slug: z.string(), opensAt: z.string(), closesAt: z.string(), verification: z.string() }), address: z.string() });

test('open prints the id, the public address and the window in Vietnam time; --json gives the instants', async () => {
  const run = runCli(['consult', 'open', documentId, '--from', '2026-01-05', '--from-time', '08:00', '--to', '2099-12-20', '--to-time', '17:00', '--title', 'Dự thảo Nghị quyết Hòa Sơn', '--slug', SLUG], env);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^Đã mở đợt lấy ý kiến [0-9a-f-]{36}: “Dự thảo Nghị quyết Hòa Sơn”$/m);
  assert.match(run.stdout, new RegExp(`^Địa chỉ công khai: /gop-y/${SLUG}$`, 'm'));
  assert.match(run.stdout, /^Thời gian nhận góp ý: từ 08:00 ngày 05\/01\/2026 đến 17:00 ngày 20\/12\/2099 \(giờ Việt Nam\)$/m);
  const second = await runIn(['consult', 'open', documentId, '--from', '2026-01-05', '--to', '2099-12-20', '--title', 'Dự thảo Nghị quyết Hòa Sơn', '--slug', SLUG, '--verify-email', '--json'], env);
  assert.equal(second.status, 0, second.stderr);
  const opened = OpenJson.parse(JSON.parse(second.stdout));
  // The address is taken: the next free one; the default times are 00:00 and 23:59 in Vietnam.
  assert.deepEqual([opened.address, opened.consultation.opensAt, opened.consultation.closesAt, opened.consultation.verification],
    [`/gop-y/${SLUG}-2`, '2026-01-04T17:00:00.000Z', '2099-12-20T16:59:00.000Z', 'email']);
  const backwards = await runIn(['consult', 'open', documentId, '--from', '2026-12-01', '--to', '2026-11-20'], env);
  assert.equal(backwards.status, 1);
  assert.match(backwards.stderr, /^Lỗi: Cách dùng không đúng: to: the consultation must close after it opens/);
  const missing = await runIn(['consult', 'open', 'khong-co', '--from', '2026-12-01', '--to', '2026-12-20', '--lang', 'en'], env);
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr.trim(), 'Error: Record not found (document khong-co).');
});

test('import-comments: progress every 500 rows, the counts, every refused row with its number; exit 1 when nothing is imported', async () => {
  const file = join(dir, 'gop-y-hoi-nghi.csv');
  writeFileSync(file, commentSheet());
  const run = runCli(['consult', 'import-comments', SLUG, file, '--channel', 'meeting'], env);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /Đã xử lý 500\/508 hàng ý kiến…\nĐã xử lý 508\/508 hàng ý kiến…/);
  assert.match(run.stdout, /^Đã nhập 507 ý kiến vào “Dự thảo Nghị quyết Hòa Sơn” \(hình thức: Hội nghị, tọa đàm\); 0 ý kiến bị xếp vào thư rác; 498 ý kiến trùng lặp với ý kiến khác\.$/m);
  assert.match(run.stdout, /^Không nhập được 3 hàng:\n {2}Hàng 509: Không rõ ý kiến “Phân vân”.*\n {2}Hàng 510: Không tìm thấy mục "Mục 9\.9" trong dự thảo\.\n {2}Hàng 511: Hàng không có nội dung góp ý/m);
  assert.match(run.stdout, /^Lưu ý \(2 hàng\):\n {2}Hàng 507: Không tìm thấy địa bàn "Xã Không Có"/m);

  const bad = join(dir, 'khong-dung.csv');
  writeFileSync(bad, 'Nội dung góp ý,Ý kiến\n,Phân vân\n');
  const nothing = await runIn(['consult', 'import-comments', SLUG, bad, '--json', '--quiet'], env);
  assert.equal(nothing.status, 1);
  assert.deepEqual(JSON.parse(nothing.stdout).refused, [{ row: 2, messages: ['Không rõ ý kiến “Phân vân”: ghi Tán thành, Không tán thành hoặc Đồng ý một phần.'] }]);
  assert.equal(nothing.stderr, '', 'quiet: nothing on stderr');
  const notSheet = await runIn(['consult', 'import-comments', SLUG, SAMPLE, '--quiet', '--lang', 'en'], env);
  assert.equal(notSheet.status, 1);
  assert.match(notSheet.stderr, /^Error: Cannot read .*nghi-quyet-mau\.txt: No header row with a “Nội dung góp ý” \(comment\) column/);
  const absent = await runIn(['consult', 'import-comments', SLUG, join(dir, 'khong-co.csv')], env);
  assert.equal(absent.status, 1);
  assert.match(absent.stderr, /^Lỗi: Không tìm thấy tệp: /);
});

test('synthesis prints the counts by stance with their shares, each part\'s counts and main points', async () => {
  const run = runCli(['consult', 'synthesis', SLUG], env);
  assert.equal(run.status, 0, run.stderr);
  const out = run.stdout;
  assert.match(out, /^Tổng hợp ý kiến góp ý: Dự thảo Nghị quyết Hòa Sơn$/m);
  assert.match(out, /^Thời gian lấy ý kiến: từ 08:00 ngày 05\/01\/2026 đến 17:00 ngày 20\/12\/2099 — đang nhận góp ý$/m);
  // 400 × A and 100 × B count once each: 3 agree (A and two singles), 1 disagree, 5 partly of 9; 507 comments.
  assert.match(out, /^Tổng số: 9 ý kiến \(mỗi nhóm ý kiến trùng lặp tính là một\); 507 lượt góp ý$/m);
  assert.match(out, /^ {2}Tán thành +3 +33,3%$/m);
  assert.match(out, /^ {2}Không tán thành +1 +11,1%$/m);
  assert.match(out, /^ {2}Đồng ý một phần +5 +55,6%$/m);
  assert.match(out, /^Theo hình thức góp ý: Hội nghị, tọa đàm 9$/m);
  assert.match(out, /^Trùng lặp: 2 nhóm gồm 500 ý kiến; mỗi nhóm tính là một ý kiến\.$/m);
  assert.match(out, /^ +\d+ {2}Toàn văn dự thảo +3 +2 +1 +0$/m);
  assert.match(out, /^Các nội dung góp ý chủ yếu — .*Các chỉ tiêu về kinh tế:\n {2}1\. Đề nghị bổ sung chỉ tiêu tỷ lệ che phủ rừng .* — 400 ý kiến \(Tán thành 400\)$/m);
  assert.match(out, /Không nên đặt chỉ tiêu thu ngân sách .* — 100 ý kiến \(Không tán thành 100\)\n {5}Lý do: Chỉ tiêu không sát thực tế/);
  assert.match(out, /^Xã Bình Lư +400 +400$/m);
  const english = await runIn(['consult', 'synthesis', SLUG, '--lang', 'en'], env);
  assert.match(english.stdout, /^ {2}Partly agree +5 +55\.6%$/m);
  assert.match(english.stdout, /^Total: 9 comments \(each duplicate group counted once\); 507 submissions$/m);
});

test('synthesis --json gives the report data; --format writes the report into a directory, never over a file without --force', async () => {
  const json = await runIn(['consult', 'synthesis', SLUG, '--json'], env);
  assert.equal(json.status, 0, json.stderr);
  const data = z.object({ schemaVersion: z.literal(1), overall: z.object({ total: z.number(), comments: z.number() }), units: z.array(z.unknown()) }).parse(JSON.parse(json.stdout));
  assert.deepEqual([data.overall.total, data.overall.comments], [9, 507]);
  const out = join(dir, 'bao-cao');
  mkdirSync(out);
  const run = runCli(['consult', 'synthesis', SLUG, '--format', 'xlsx', '--out', out], env);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /Đang lập báo cáo tổng hợp ý kiến \(XLSX\)…/);
  const [name] = readdirSync(out);
  assert.match(name ?? '', /^bao-cao-tong-hop-y-kien-\d{4}-\d{2}-\d{2}\.xlsx$/);
  assert.equal(run.stdout.trim(), join(out, name ?? ''));
  assert.equal(readFileSync(join(out, name ?? '')).subarray(0, 2).toString('latin1'), 'PK');
  const again = await runIn(['consult', 'synthesis', SLUG, '--format', 'xlsx', '--out', out], env);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /đã có; thêm --force để ghi đè/);
  const noFormat = await runIn(['consult', 'synthesis', SLUG, '--out', join(dir, 'x.docx')], env);
  assert.equal(noFormat.status, 1);
  assert.match(noFormat.stderr, /--out needs --format/);
});

test('export comments: every comment with its group size, no contact unless --with-contact; XLSX and JSON; the disposition report', async () => {
  const csvFile = join(dir, 'y-kien.csv');
  const run = runCli(['consult', 'export', SLUG, '--format', 'csv', '--out', csvFile], env);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /Đã xuất 507 ý kiến\./);
  const lines = readFileSync(csvFile, 'utf8').split('\r\n').filter((line) => line !== '');
  assert.equal(lines.length, 508);
  assert.equal(lines[0], '\uFEFFSTT,Nội dung dự thảo,Ý kiến,Nội dung góp ý,Lý do,Đối tượng,Địa bàn,"Cơ quan, tổ chức",Hình thức góp ý,Thời điểm góp ý,Trạng thái,Nhóm trùng lặp,Số ý kiến trong nhóm');
  assert.match(lines[1] ?? '', new RegExp(`^1,Mục .*Các chỉ tiêu về kinh tế,Tán thành,${A.replace(/[.%]/g, '\\$&')},,Người dân,Xã Bình Lư,,"Hội nghị, tọa đàm",\\S+,Đã công khai,[0-9a-f-]{36},400$`));
  assert.doesNotMatch(readFileSync(csvFile, 'utf8'), /lo\.van\.a@example\.vn|Người góp ý 0/, 'no contact without --with-contact');

  const xlsxFile = join(dir, 'y-kien.xlsx');
  assert.equal((await runIn(['consult', 'export', SLUG, '--format', 'xlsx', '--with-contact', '--out', xlsxFile, '--quiet'], env)).status, 0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxFile);
  const sheet = workbook.worksheets[0];
  assert.equal(sheet?.rowCount, 508);
  const header = sheet?.getRow(1).values as unknown[];
  assert.deepEqual(header.slice(-3), ['Họ và tên', 'Thư điện tử', 'Số điện thoại']);
  assert.deepEqual((sheet?.getRow(2).values as unknown[]).slice(14, 16), ['Người góp ý 0', 'lo.van.a@example.vn']);

  const jsonFile = join(dir, 'y-kien.json');
  assert.equal((await runIn(['consult', 'export', SLUG, '--format', 'json', '--state', 'published', '--out', jsonFile, '--quiet'], env)).status, 0);
  const exported = z.object({ comments: z.array(z.looseObject({ stance: z.string(), state: z.string(), groupSize: z.number() })) }).parse(JSON.parse(readFileSync(jsonFile, 'utf8')));
  assert.equal(exported.comments.length, 507);
  assert.ok(exported.comments.every((c) => c.state === 'published' && !('contact' in c)));
  assert.equal(exported.comments.filter((c) => c.stance === 'disagree' && c.groupSize === 100).length, 100);

  const none = join(dir, 'cho-duyet.csv');
  assert.equal((await runIn(['consult', 'export', SLUG, '--format', 'csv', '--state', 'new', '--out', none, '--quiet'], env)).status, 0);
  assert.equal(readFileSync(none, 'utf8').split('\r\n').filter((line) => line !== '').length, 1, 'only the header: nothing awaits review');

  const docx = join(dir, 'tiep-thu.docx');
  const disposition = runCli(['consult', 'export', SLUG, '--what', 'disposition', '--format', 'docx', '--out', docx], env);
  assert.equal(disposition.status, 0, disposition.stderr);
  assert.match(disposition.stderr, /Đang lập báo cáo tiếp thu, giải trình \(DOCX\)…/);
  assert.equal(readFileSync(docx).subarray(0, 2).toString('latin1'), 'PK');
  const wrong = await runIn(['consult', 'export', SLUG, '--format', 'pdf', '--out', join(dir, 'x.pdf')], env);
  assert.equal(wrong.status, 1);
  assert.match(wrong.stderr, /format: comments are exported as csv, xlsx or json/);
});

test('close by address ends the consultation now; closing again, an unknown one and bad usage are one clear line', async () => {
  const run = runCli(['consult', 'close', SLUG], env);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^Đã kết thúc đợt lấy ý kiến [0-9a-f-]{36} \(“Dự thảo Nghị quyết Hòa Sơn”\) lúc \d{2}:\d{2}(:\d{2})? ngày \d{2}\/\d{2}\/\d{4} \(giờ Việt Nam\)\.$/m);
  assert.match((await runIn(['consult', 'synthesis', SLUG], env)).stdout, /; đã kết thúc sớm lúc .* — đã kết thúc$/m);
  const again = await runIn(['consult', 'close', SLUG], env);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /^Lỗi: Đợt lấy ý kiến “Dự thảo Nghị quyết Hòa Sơn” đã kết thúc lúc .*; không có gì để kết thúc\./);
  const unknown = await runIn(['consult', 'synthesis', 'khong-co'], env);
  assert.equal(unknown.status, 1);
  assert.equal(unknown.stderr.trim(), 'Lỗi: Không tìm thấy bản ghi (consultation khong-co).');
  const usage = await runIn(['consult', 'reopen', SLUG], BARE);
  assert.equal(usage.status, 1);
  assert.match(usage.stderr, /no consult subcommand "reopen"/);
  const help = await runIn(['consult', '--help', '--lang', 'en'], BARE);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: resolute consult <subcommand>/);
  assert.doesNotMatch(again.stderr + unknown.stderr + usage.stderr, /\n\s+at /, 'no stack trace');
});
});
