/**
 * Administration through the browser: the admin lands on it, adds a commune and a reporter
 * account in it (the password shown once works), the secretariat creates a term and a year
 * period, opens it and sets its due date without seeing units or users, and a reporter has no
 * administration at all. Real server, real build, Debian's Chromium; screenshots in
 * test-results/web/ (admin-units.png, admin-users.png, admin-terms.png).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { readDemoData } from '../../src/services/demo/demo-data.ts';
import { buildWebApp, chromiumMissing, logIn, screenshot, startHarness } from './web-harness.ts';
import type { Harness } from './web-harness.ts';

// antd leaves the invisible loading icon (aria-label "loading") in a button after a request
// when its leave animation does not finish in headless Chromium: match the label's end.
const CREATE = /(^|\s)Tạo$/;
const missing = chromiumMissing();

if (missing !== null && process.env.CI === 'true') {
  test('Chromium is required for the browser tests when CI=true', () => assert.fail(missing));
}

interface ApiUnit {
  id: string;
  name: string;
  code: string | null;
  kind: string;
}

interface ApiPeriod {
  label: string;
  state: string;
  dueDate: string | null;
}

describe('administration in Chromium', { skip: missing === null ? false : `skipped: ${missing}` }, () => {
  const users = readDemoData().users;
  const password = (login: string): string => {
    const user = users.find((candidate) => candidate.login === login);
    assert.ok(user, `demo user ${login}`);
    return user.password;
  };
  let harness: Harness;
  let admin: Page;
  let reporterPassword = '';

  /** A signed-in page with its own cookies. */
  async function signedIn(login: string, secret = password(login)): Promise<Page> {
    const context = await harness.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    await page.goto(harness.server.url);
    await logIn(page, login, secret);
    return page;
  }

  /**
   * Chooses an option of the searchable select labelled `label` in the open dialog the way a
   * keyboard user does: type part of it (diacritics optional), Enter takes the first match.
   */
  async function choose(page: Page, label: string, typed: string, option: string): Promise<void> {
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(label, { exact: true }).fill(typed);
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active').filter({ hasText: option }).waitFor();
    await dialog.getByLabel(label, { exact: true }).press('Enter');
    await dialog.locator('.ant-select').filter({ hasText: option }).waitFor();
  }

  before(async () => {
    buildWebApp();
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  test('the admin lands on Administration and adds a commune under the province', async () => {
    admin = await signedIn('admin');
    await admin.getByRole('heading', { level: 1, name: 'Quản trị' }).waitFor();
    await admin.getByRole('tab', { name: 'Đơn vị', selected: true }).waitFor();
    await admin.getByTestId('unit-tree').getByText('Sở Y tế', { exact: true }).waitFor();
    assert.equal(await admin.getByRole('button', { name: /Xóa/ }).count(), 0, 'units are never deleted');

    await admin.getByRole('button', { name: 'Thêm đơn vị trực thuộc: Tỉnh Lai Châu' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByText('Thêm đơn vị trực thuộc Tỉnh Lai Châu').waitFor();
    await dialog.getByRole('button', { name: CREATE }).click();
    await dialog.getByText('Nhập tên đơn vị.').waitFor();
    await dialog.getByLabel('Tên đơn vị').fill('Xã Nậm Tăm');
    await choose(admin, 'Loại', 'xa phuong', 'Xã, phường');
    await dialog.getByLabel('Mã', { exact: true }).fill('LCH-YT');
    await dialog.getByRole('button', { name: CREATE }).click();
    await dialog.getByText('Mã này đã được dùng cho một đơn vị khác.').waitFor();
    await dialog.getByLabel('Mã', { exact: true }).fill('lch-namtam');
    await dialog.getByRole('button', { name: CREATE }).click();
    await admin.getByText('Đã thêm đơn vị Xã Nậm Tăm.').waitFor();
    const row = admin.getByTestId('unit-tree').locator('tr').filter({ hasText: 'Xã Nậm Tăm' });
    await row.getByText('LCH-NAMTAM').waitFor();
    await row.getByText('Xã, phường').waitFor();
    await screenshot(admin, 'admin-units');
  });

  test('the admin creates a reporter in the commune; the password is shown once and signs in', async () => {
    await admin.getByRole('tab', { name: 'Người dùng' }).click();
    await admin.waitForURL(/tab=users/);
    await admin.getByTestId('user-table').getByText('thuky').waitFor();
    await admin.getByRole('button', { name: 'Tạo người dùng' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Tên đăng nhập').fill('nam tam');
    await dialog.getByLabel('Họ và tên').fill('Lò Văn Tăm');
    await dialog.getByRole('button', { name: CREATE }).click();
    await dialog.getByText(/Tên đăng nhập gồm 2-100 ký tự/).waitFor();
    await dialog.getByLabel('Tên đăng nhập').fill('namtam');
    await choose(admin, 'Đơn vị', 'nam tam', 'Xã Nậm Tăm');
    const proposed = await dialog.getByLabel('Mật khẩu ban đầu').inputValue();
    assert.match(proposed, /^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await dialog.getByRole('button', { name: CREATE }).click();
    const shown = admin.getByTestId('new-password');
    await shown.waitFor();
    reporterPassword = (await shown.textContent()) ?? '';
    assert.equal(reporterPassword, proposed);
    await admin.getByRole('button', { name: 'Đã ghi lại' }).click();
    await shown.waitFor({ state: 'detached' });
    const row = admin.getByTestId('user-table').locator('tr').filter({ hasText: 'namtam' });
    await row.getByText('Cán bộ báo cáo của đơn vị — Xã Nậm Tăm').waitFor();
    await row.getByText('Đang hoạt động').waitFor();
    await admin.getByTestId('user-table').locator('tr').filter({ hasText: 'thuky' }).getByText('Văn thư tổng hợp — Tỉnh Lai Châu').waitFor();
    await screenshot(admin, 'admin-users');

    const api = await harness.browser.newContext();
    const login = await api.request.post(`${harness.server.url}/api/session`, { data: { login: 'namtam', password: reporterPassword } });
    assert.equal(login.status(), 200);
    const session = (await (await api.request.get(`${harness.server.url}/api/session`)).json()) as { grants: { role: string; unitId: string }[] };
    const tree = (await (await admin.request.get(`${harness.server.url}/api/organisations/${session.grants[0]?.unitId ?? 'none'}/tree`)).json()) as ApiUnit[];
    assert.deepEqual(session.grants.map((grant) => grant.role), ['reporter']);
    assert.deepEqual(tree.map((unit) => [unit.name, unit.code, unit.kind]), [['Xã Nậm Tăm', 'LCH-NAMTAM', 'commune']]);
    await api.close();
  });

  test('the secretariat creates a term and a year period, opens it and sets its due date; no units or users', async () => {
    const secretariat = await signedIn('thuky');
    await secretariat.getByTestId('count-total').waitFor();
    await secretariat.getByRole('link', { name: 'Quản trị' }).click();
    await secretariat.getByRole('tab', { name: 'Nhiệm kỳ và kỳ báo cáo', selected: true }).waitFor();
    assert.equal(await secretariat.getByRole('tab').count(), 1, 'only the terms tab');
    assert.equal(await secretariat.getByRole('tab', { name: 'Đơn vị' }).count(), 0);
    assert.equal(await secretariat.getByRole('tab', { name: 'Người dùng' }).count(), 0);

    await secretariat.getByRole('button', { name: 'Tạo nhiệm kỳ' }).click();
    const termDialog = secretariat.getByRole('dialog');
    assert.equal(await termDialog.getByLabel(/Đại hội/).inputValue(), 'XVI', 'the next Congress is proposed');
    await termDialog.getByLabel('Năm kết thúc').fill('2029');
    await termDialog.getByRole('button', { name: CREATE }).click();
    await termDialog.getByText('Năm kết thúc phải sau năm bắt đầu.').waitFor();
    await termDialog.getByLabel('Năm kết thúc').fill('2035');
    await termDialog.getByRole('button', { name: CREATE }).click();
    await secretariat.getByText('Đã tạo nhiệm kỳ XVI.').waitFor();
    await secretariat.getByText('Nhiệm kỳ XVI (2030-2035)').first().waitFor();
    await secretariat.getByText('Nhiệm kỳ chưa có kỳ báo cáo nào.').waitFor();

    await secretariat.getByRole('button', { name: 'Tạo kỳ báo cáo' }).click();
    const periodDialog = secretariat.getByRole('dialog');
    assert.equal(await periodDialog.getByLabel('Năm', { exact: true }).inputValue(), '2031');
    await periodDialog.getByRole('button', { name: CREATE }).click();
    await secretariat.getByText('Đã tạo kỳ 2031.').waitFor();
    const row = secretariat.getByTestId('period-table').locator('tr').filter({ hasText: '2031' });
    await row.getByText('Đã đóng').waitFor();
    await row.getByRole('button', { name: 'Mở kỳ 2031' }).click();
    await row.getByText('Mở', { exact: true }).waitFor();
    const due = row.getByLabel('Hạn nộp kỳ 2031');
    await due.click();
    await due.fill('31/03/2032');
    await due.press('Enter');
    await secretariat.getByText('Đã đặt hạn nộp kỳ 2031: 31/03/2032.').waitFor();
    assert.equal(await due.inputValue(), '31/03/2032');
    await due.press('Escape');
    await secretariat.locator('.ant-picker-dropdown').waitFor({ state: 'hidden' });
    await screenshot(secretariat, 'admin-terms');

    const termId = new URL(secretariat.url()).searchParams.get('term');
    assert.ok(termId !== null, 'the term is in the address');
    const periods = (await (await secretariat.request.get(`${harness.server.url}/api/terms/${termId}/periods`)).json()) as ApiPeriod[];
    assert.deepEqual(periods.map((period) => [period.label, period.state, period.dueDate]), [['2031', 'open', '2032-03-31']]);

    await row.getByRole('button', { name: 'Đóng kỳ 2031' }).click();
    await secretariat.getByText('Đóng kỳ 2031? Các đơn vị sẽ không nhập hoặc sửa số liệu của kỳ này được nữa.').waitFor();
    await secretariat.locator('.ant-popconfirm').getByRole('button', { name: 'Hủy' }).click();
    await row.getByText('Mở', { exact: true }).waitFor();
    await secretariat.context().close();
  });

  test('a reporter has no administration menu item', async () => {
    const reporter = await signedIn('nongnghiep');
    await reporter.getByRole('heading', { name: 'Nhập số liệu' }).waitFor();
    assert.equal(await reporter.getByRole('link', { name: 'Quản trị' }).count(), 0);
    await reporter.context().close();
    assert.notEqual(reporterPassword, '', 'the account was created');
    const created = await signedIn('namtam', reporterPassword);
    await created.getByText('Không có chỉ tiêu nào được giao cho đơn vị của bạn trong nhiệm kỳ này.').waitFor();
    assert.equal(await created.getByRole('link', { name: 'Quản trị' }).count(), 0);
    await created.context().close();
  });
});
