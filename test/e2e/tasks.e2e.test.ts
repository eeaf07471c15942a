/**
 * Plans and tasks in Chromium on the real server and build (the issue's flow). The
 * secretariat imports the sample plan (examples/ke-hoach-mau.txt) on the plans page, reviews
 * the draft — assigns two tasks to the demo's reporting units with their due dates, leaves
 * out a sentence that is no task — and publishes it; the plan reads as a tree and as a timeline. Sở Nông nghiệp's reporter reports
 * progress on its task (percent, text, evidence file). Then the other task's due date passes:
 * the running server takes no injected clock, so its due date is set in the past through the
 * API instead, and the due check runs as `resolute tasks due` on the server's database. The
 * leader's dashboard shows it on the overdue board; Sở Y tế's reporter finds it overdue in
 * the inbox with the reminder recorded, marks the reminder read, also at phone width. The plan
 * page's evaluation card then lists the units by overdue tasks, Sở Y tế with its 1, as the API counts.
 * axe-core checks the screens for serious accessibility violations. Screenshots: plans.png,
 * plan-draft.png, plan-tree.png, plan-timeline.png, task.png, dashboard-overdue.png, inbox.png, inbox-phone.png,
 * plan-evaluation.png.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { addDays } from '../../src/domain/due-date.ts';
import { formatVnDate } from '../../src/domain/vn-date.ts';
import { formatVnNumber } from '../../src/domain/vn-number.ts';
import { vietnamDate } from '../../src/services/due-date.ts';
import { runCli } from '../cli/run-cli.ts';
import { assertAccessible, buildWebApp, chromiumMissing, logIn, screenshot, startHarness } from './web-harness.ts';
import type { Harness } from './web-harness.ts';

const SAMPLE_PLAN = fileURLToPath(new URL('../../examples/ke-hoach-mau.txt', import.meta.url));
const TEA = 'Xây dựng Đề án phát triển vùng chè chất lượng cao giai đoạn 2026-2030';
const CLINICS = 'Nâng tỷ lệ trạm y tế xã đạt chuẩn quốc gia; bố trí đủ bác sĩ cho tuyến xã';
const AGRICULTURE = 'Sở Nông nghiệp và Phát triển nông thôn';
const HEALTH = 'Sở Y tế';
const missing = chromiumMissing();

if (missing !== null && process.env.CI === 'true') {
  test('Chromium is required for the browser tests when CI=true', () => assert.fail(missing));
}

interface TaskJson {
  id: string;
  title: string;
  version: number;
  leadUnitId: string | null;
  leadUnitName: string | null;
  dueDate: string | null;
  effectiveStatus: string;
  progressPercent: number;
  heading: boolean;
}

/** A signed-in API client of a demo user (session cookie and CSRF token, as the browser sends them). */
async function apiAs(url: string, login: string): Promise<{ get<T>(path: string): Promise<T>; send<T>(method: string, path: string, body: unknown): Promise<T> }> {
  const response = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: `${login}-demo` }) });
  assert.equal(response.status, 200);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
    const answer = await fetch(`${url}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await answer.text();
    assert.ok(answer.ok, `${method} ${path}: ${answer.status} ${text}`);
    return JSON.parse(text) as T;
  };
  return { get: (path) => call('GET', path), send: (method, path, body) => call(method, path, body) };
}

/** Chooses an option of an antd Select (the open dropdown's option with that title). */
async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).first().click();
}

/** Types a date into an antd DatePicker the way a user does (dd/mm/yyyy, Enter). */
async function typeDate(picker: Locator, date: string): Promise<void> {
  await picker.click();
  await picker.fill(date);
  await picker.press('Enter');
}

describe('plans and tasks in Chromium', { skip: missing === null ? false : `skipped: ${missing}` }, () => {
  let harness: Harness;
  let planId = '';
  const scratch = mkdtempSync(join(tmpdir(), 'resolute-tasks-e2e-'));
  const today = vietnamDate(new Date());
  const teaDue = addDays(today, 90);
  const clinicsDue = addDays(today, 30);

  async function signedIn(login: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
    // bypassCSP lets the test inject axe; the app itself keeps its strict policy.
    const context = await harness.browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(harness.server.url);
    await logIn(page, login, `${login}-demo`);
    await page.locator('.app-header').waitFor();
    return page;
  }

  async function planTasks(login: string): Promise<TaskJson[]> {
    return (await (await apiAs(harness.server.url, login)).get<{ tasks: TaskJson[] }>(`/api/plans/${planId}`)).tasks;
  }

  before(async () => {
    buildWebApp();
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('the secretariat imports the sample plan, assigns two tasks in the review, and publishes it', async () => {
    const page = await signedIn('thuky');
    await page.locator('.app-header').getByRole('link', { name: 'Kế hoạch' }).click();
    await page.getByRole('heading', { name: 'Kế hoạch thực hiện Nghị quyết' }).waitFor();
    // The demo's published plan is listed before the import.
    await page.getByRole('link', { name: /dữ liệu mẫu/ }).waitFor();
    await page.getByTestId('plan-file').setInputFiles(SAMPLE_PLAN);
    await page.getByRole('button', { name: 'Nhập kế hoạch' }).click();
    await page.waitForURL(/\/plans\/[^/?]+$/);
    planId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await page.getByText(/^Kế hoạch dự thảo: rà soát từng nhiệm vụ/).waitFor();
    await page.getByRole('heading', { level: 1, name: /Kế hoạch triển khai Nghị quyết/ }).waitFor();

    // The list is keyboard-driven: the first row, then the arrow keys.
    const list = page.getByRole('navigation', { name: 'Các nhiệm vụ của kế hoạch dự thảo' });
    const editor = page.getByTestId('draft-task-editor');
    await list.locator('.draft-row').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await list.locator('.draft-row[aria-current="true"]').count(), 1);

    for (const [title, unit, due] of [[TEA, AGRICULTURE, teaDue], [CLINICS, HEALTH, clinicsDue]] as const) {
      await list.locator('.draft-row').filter({ hasText: title.slice(0, 40) }).click();
      await editor.getByRole('heading', { name: new RegExp(title.slice(0, 30)) }).waitFor();
      await choose(page, editor.getByRole('combobox', { name: 'Đơn vị chủ trì' }), unit);
      await typeDate(editor.getByRole('textbox', { name: 'Thời hạn' }), formatVnDate(due));
      await editor.getByLabel('Sản phẩm').fill(title === TEA ? 'Đề án trình Ủy ban nhân dân tỉnh' : 'Báo cáo kết quả thực hiện');
      await list.locator('.draft-row').filter({ hasText: title.slice(0, 40) }).getByText('Chưa lưu').waitFor();
      await editor.getByRole('button', { name: 'Lưu nhiệm vụ' }).click();
      await editor.getByText('Đã lưu nhiệm vụ.').waitFor();
    }
    // A sentence the reader took for a task is left out of the plan.
    const stray = list.locator('.draft-row').filter({ hasText: 'Các sở, ban, ngành được giao chủ trì nhiệm vụ' });
    await stray.click();
    await editor.getByRole('button', { name: 'Bỏ khỏi kế hoạch' }).click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: 'Bỏ khỏi kế hoạch' }).click();
    await stray.waitFor({ state: 'detached' });
    assert.equal((await planTasks('thuky')).some((task) => task.title.startsWith('Các sở, ban, ngành được giao')), false);
    await list.locator('.draft-row').filter({ hasText: CLINICS.slice(0, 40) }).click();
    await screenshot(page, 'plan-draft');
    await assertAccessible(page, 'draft plan review');
    // The source line of the task links to the stored document.
    assert.match((await editor.getByRole('link', { name: /^Dòng \d+ của văn bản gốc$/ }).getAttribute('href')) ?? '', /^\/documents\/[^?]+\?line=\d+$/);
    const saved = await planTasks('thuky');
    const tea = saved.find((task) => task.title === TEA);
    const clinics = saved.find((task) => task.title === CLINICS);
    assert.deepEqual([tea?.leadUnitName, tea?.dueDate, clinics?.leadUnitName, clinics?.dueDate], [AGRICULTURE, teaDue, HEALTH, clinicsDue]);

    await page.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/^Ban hành kế hoạch với \d+ nhiệm vụ\?$/).waitFor();
    await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page.getByText('Đã ban hành kế hoạch: các đơn vị đã nhận nhiệm vụ.').waitFor();
    await page.getByText('Trong 9 nhiệm vụ:').waitFor();

    // The published plan as a tree: areas above their tasks, lead units, dd/mm/yyyy, statuses.
    const tree = page.getByTestId('plan-tree');
    const teaRow = tree.locator('tr').filter({ hasText: TEA });
    await teaRow.getByText(AGRICULTURE).waitFor();
    await teaRow.getByText(formatVnDate(teaDue)).waitFor();
    await teaRow.getByText('Chưa thực hiện').waitFor();
    await tree.locator('tr.task-heading-row').filter({ hasText: 'Nhiệm vụ trọng tâm' }).waitFor();
    await screenshot(page, 'plan-tree');
    await assertAccessible(page, 'plan tree');

    // The view switch is a radio group: the arrow key moves from the tree to the timeline.
    await page.getByRole('radio', { name: 'Dạng cây' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/view=timeline/);
    const timeline = page.getByTestId('plan-timeline');
    await timeline.getByRole('img', { name: new RegExp(`^${TEA}: từ \\d{2}/\\d{2}/\\d{4} đến ${formatVnDate(teaDue)}, Chưa thực hiện`) }).waitFor();
    await timeline.getByText(/^Hôm nay \d{2}\/\d{2}\/\d{4}$/).waitFor();
    await screenshot(page, 'plan-timeline');
    await assertAccessible(page, 'plan timeline');

    await page.getByRole('link', { name: /Danh sách kế hoạch/ }).click();
    await page.getByText('2 kế hoạch').waitFor();
    await page.locator('tr').filter({ hasText: /Kế hoạch triển khai Nghị quyết/ }).getByText('Đã ban hành').waitFor();
    await screenshot(page, 'plans');
    await page.context().close();
  });

  test('Sở Nông nghiệp reports progress on its task with a percent, a text and an evidence file', async () => {
    assert.notEqual(planId, '', 'the plan was imported');
    const page = await signedIn('nongnghiep');
    await page.locator('.app-header').getByRole('link', { name: 'Việc của đơn vị' }).click();
    await page.getByRole('heading', { name: 'Việc của đơn vị' }).waitFor();
    await page.locator('.inbox-card').filter({ hasText: TEA }).getByRole('link', { name: TEA }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(TEA.slice(0, 30)) }).waitFor();
    const form = page.getByRole('form', { name: 'Báo cáo tiến độ' });
    await form.getByLabel('Mức hoàn thành (%)').fill('40');
    await form.getByLabel('Nội dung đã thực hiện').fill('Đã khảo sát vùng trồng, hoàn thành dự thảo đề án');
    const evidence = join(scratch, 'bien-ban-khao-sat.txt');
    writeFileSync(evidence, 'Biên bản khảo sát vùng chè\n');
    await form.getByTestId('task-evidence-file').setInputFiles(evidence);
    await form.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await form.getByText('Đã gửi báo cáo tiến độ kèm tệp bien-ban-khao-sat.txt.').waitFor();
    const updates = page.getByTestId('task-updates');
    await updates.getByText('Báo cáo tiến độ: 40%').waitFor();
    await updates.getByText('Đã khảo sát vùng trồng, hoàn thành dự thảo đề án').waitFor();
    await updates.getByRole('link', { name: 'bien-ban-khao-sat.txt' }).waitFor();
    // Started by the report; the unit may now mark it done, but not cancel it.
    await page.getByRole('button', { name: 'Đánh dấu hoàn thành' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Hủy nhiệm vụ' }).count(), 0);
    await screenshot(page, 'task');
    await assertAccessible(page, 'task page');
    const tea = (await planTasks('thuky')).find((task) => task.title === TEA);
    assert.deepEqual([tea?.progressPercent, tea?.effectiveStatus], [40, 'in_progress']);
    // Another unit's task is not open to it.
    const clinics = (await planTasks('thuky')).find((task) => task.title === CLINICS);
    await page.goto(`${harness.server.url}/tasks/${clinics?.id ?? ''}`);
    await page.getByRole('alert').getByText(/không có quyền/).waitFor();
    await page.context().close();
  });

  test('the other task\'s due date passes: overdue on the leader\'s board, a reminder in Sở Y tế\'s inbox', async () => {
    const thuky = await apiAs(harness.server.url, 'thuky');
    const clinics = (await planTasks('thuky')).find((task) => task.title === CLINICS);
    assert.ok(clinics, 'the clinics task is in the plan');
    // The server's clock cannot be moved from here: the due date moves into the past instead.
    const late = addDays(today, -3);
    await thuky.send('PATCH', `/api/tasks/${clinics.id}`, { version: clinics.version, dueDate: late });
    const check = runCli(['tasks', 'due', '--days', '7', '--json'], { DATA_DIR: harness.server.app.resolute.config.dataDir, DATABASE_URL: '', SMTP_URL: '' });
    assert.equal(check.status, 0, check.stderr);
    const result = JSON.parse(check.stdout) as { overdue: { taskId: string; days: number; userIds: string[] }[]; recorded: number };
    const reminded = result.overdue.find((task) => task.taskId === clinics.id);
    assert.equal(reminded?.days, 3);
    assert.ok((reminded?.userIds.length ?? 0) >= 1, 'Sở Y tế\'s reporter is reminded');

    const leader = await signedIn('lanhdao');
    const board = leader.getByTestId('overdue-board');
    const item = board.locator('li').filter({ hasText: CLINICS });
    await item.getByText('trễ 3 ngày').waitFor();
    await item.getByText(HEALTH).waitFor();
    await board.scrollIntoViewIfNeeded();
    await screenshot(leader, 'dashboard-overdue');
    const count = Number(/\d+/.exec((await board.getByTestId('overdue-count').textContent()) ?? '')?.[0]);
    const overdue = await (await apiAs(harness.server.url, 'lanhdao')).get<unknown[]>('/api/tasks/overdue?limit=1000');
    assert.equal(count, overdue.length, 'the board counts what the API lists');
    await item.getByRole('link', { name: CLINICS }).click();
    await leader.getByRole('heading', { level: 1, name: new RegExp(CLINICS.slice(0, 30)) }).waitFor();
    await leader.getByText('quá hạn 3 ngày').first().waitFor();
    await leader.context().close();

    const health = await signedIn('yte');
    await health.goto(`${harness.server.url}/inbox`);
    const overdueSection = health.locator('section[data-section="overdue"]');
    await overdueSection.locator('.inbox-card').filter({ hasText: CLINICS }).getByText('quá hạn 3 ngày').waitFor();
    const reminder = health.getByTestId('notifications').locator('li').filter({ hasText: `Nhiệm vụ "${CLINICS}" đã quá hạn 3 ngày (hạn ${formatVnDate(late)}).` });
    await reminder.waitFor();
    await screenshot(health, 'inbox');
    await assertAccessible(health, 'inbox');
    await reminder.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
    await reminder.getByText('Đã đọc').waitFor();
    const notifications = await (await apiAs(harness.server.url, 'yte')).get<{ taskId: string; readAt: string | null; kind: string }[]>('/api/notifications');
    const stored = notifications.find((n) => n.taskId === clinics.id && n.kind === 'overdue');
    assert.notEqual(stored?.readAt ?? null, null, 'the reminder is read on the server');
    await health.context().close();

    // The inbox at phone width: one column, nothing wider than the screen.
    const phone = await signedIn('yte', { width: 390, height: 844 });
    await phone.goto(`${harness.server.url}/inbox`);
    await phone.locator('.inbox-card').filter({ hasText: CLINICS }).waitFor();
    // A string: the test's TypeScript has no DOM types.
    const overflow = Number(await phone.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
    assert.ok(overflow <= 0, `the inbox overflows the phone's width by ${overflow}px`);
    await screenshot(phone, 'inbox-phone');
    await phone.context().close();
  });

  test('the plan page evaluates the plan: units by overdue tasks, Sở Y tế with its 1, as the API counts', async () => {
    type Tally = { total: number; counts: Record<string, number>; shares: Record<string, number> | null };
    const evaluation = await (await apiAs(harness.server.url, 'lanhdao')).get<{
      tally: Tally; units: { unitName: string | null; tally: Tally }[]; mostOverdue: { id: string; title: string; daysLeft: number | null }[];
    }>(`/api/plans/${planId}/evaluation`);
    const healthUnit = evaluation.units.find((unit) => unit.unitName === HEALTH);
    assert.equal(healthUnit?.tally.counts.overdue, 1);
    const percent = (share: number | undefined) => `${formatVnNumber((share ?? 0) * 100, { decimals: 1 })}%`;

    const page = await signedIn('lanhdao');
    await page.goto(`${harness.server.url}/plans/${planId}`);
    const card = page.getByTestId('plan-evaluation');
    await card.getByRole('heading', { name: 'Đánh giá thực hiện' }).waitFor();
    // The plan's tiles: counts and shares as the API's.
    const overall = card.getByTestId('plan-evaluation-overall');
    await overall.locator('[data-status="overdue"]').waitFor();
    for (const [status, share] of [['done', 'done'], ['done_late', 'doneLate'], ['overdue', 'overdue'], ['in_progress', 'inProgress'], ['not_started', 'notStarted']] as const) {
      const cell = overall.locator(`[data-status="${status}"]`);
      assert.equal(await cell.getAttribute('data-count'), String(evaluation.tally.counts[status] ?? 0), status);
      assert.equal(await cell.locator('.eval-share').textContent(), percent(evaluation.tally.shares?.[share]), status);
    }
    // Per lead unit, the most overdue first; Sở Y tế with its 1 overdue task.
    const rows = card.getByTestId('plan-evaluation-units').locator('tr.ant-table-row');
    assert.equal(await rows.count(), evaluation.units.length);
    const overdueCounts = (await rows.locator('[data-status="overdue"]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-count')))).map(Number);
    assert.deepEqual(overdueCounts, [...overdueCounts].sort((a, b) => b - a), 'units sorted by overdue tasks, descending');
    const healthRow = rows.filter({ has: page.getByText(HEALTH, { exact: true }) });
    const overdueCell = healthRow.locator('[data-status="overdue"]');
    assert.equal(await overdueCell.getAttribute('data-count'), '1');
    assert.equal(await overdueCell.locator('.eval-share').textContent(), percent(healthUnit?.tally.shares?.overdue));
    // The most overdue tasks, each a link to its page.
    const late = card.getByTestId('plan-evaluation-overdue').locator('li');
    assert.equal(await late.count(), evaluation.mostOverdue.length);
    const clinicsItem = late.filter({ hasText: CLINICS });
    await clinicsItem.getByText('trễ 3 ngày').waitFor();
    await clinicsItem.getByText(HEALTH).waitFor();
    assert.match((await clinicsItem.getByRole('link', { name: CLINICS }).getAttribute('href')) ?? '', /^\/tasks\/[^/]+$/);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-evaluation');
    await assertAccessible(page, 'plan evaluation');
    await page.context().close();
  });

  test('the secretariat cancels a task with a reason, sees it in the history, and may reopen it', async () => {
    const forest = (await planTasks('thuky')).find((task) => task.title.startsWith('Rà soát quy hoạch ba loại rừng'));
    assert.ok(forest, 'the forest task is in the plan');
    const page = await signedIn('thuky');
    await page.goto(`${harness.server.url}/tasks/${forest.id}`);
    const history = page.getByTestId('task-history');
    await history.getByText('Tạo nhiệm vụ').waitFor();
    await page.getByRole('button', { name: 'Hủy nhiệm vụ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Hủy nhiệm vụ' }).click();
    await dialog.getByText('Nhập lý do hủy để các đơn vị biết.').waitFor();
    await dialog.getByLabel('Lý do hủy').fill('Gộp vào đề án bảo vệ và phát triển rừng');
    await dialog.getByRole('button', { name: 'Hủy nhiệm vụ' }).click();
    await page.getByText('Đã cập nhật tình trạng: Đã hủy.').waitFor();
    await page.locator('.task-facts').getByText('Gộp vào đề án bảo vệ và phát triển rừng').waitFor();
    await history.getByText('Hủy nhiệm vụ').waitFor();
    await history.getByText('Lý do hủy: — → Gộp vào đề án bảo vệ và phát triển rừng').waitFor();
    await page.getByRole('button', { name: 'Mở lại' }).waitFor();
    assert.equal(await page.getByRole('form', { name: 'Báo cáo tiến độ' }).count(), 0, 'the secretariat does not report a unit\'s progress');
    await assertAccessible(page, 'task page of the secretariat');
    const after = (await planTasks('thuky')).find((task) => task.id === forest.id);
    assert.equal(after?.effectiveStatus, 'cancelled');
    await page.context().close();
  });
});
