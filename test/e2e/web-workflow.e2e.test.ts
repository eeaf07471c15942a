/**
 * Figures through the browser: a reporter enters and submits, the secretariat returns with a
 * reason and then approves, the dashboard counts the approved figure; a reporter of another
 * unit never sees the form of an indicator not assigned to it. Real server, real build,
 * Debian's Chromium; screenshots in test-results/web/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { readDemoData } from '../../src/services/demo/demo-data.ts';
import { buildWebApp, chromiumMissing, logIn, screenshot, startHarness } from './web-harness.ts';
import type { Harness } from './web-harness.ts';

const FOREST = 'Tỷ lệ che phủ rừng';
const missing = chromiumMissing();

if (missing !== null && process.env.CI === 'true') {
  test('Chromium is required for the browser tests when CI=true', () => assert.fail(missing));
}

describe('entering and reviewing figures in Chromium', { skip: missing === null ? false : `skipped: ${missing}` }, () => {
  const users = readDemoData().users;
  const account = (login: string): { login: string; password: string } => {
    const user = users.find((candidate) => candidate.login === login);
    assert.ok(user, `demo user ${login}`);
    return user;
  };
  let harness: Harness;
  const pages: Record<string, Page> = {};

  /** A signed-in page of its own (own cookies) for a demo user. */
  async function signedIn(login: string): Promise<Page> {
    const context = await harness.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    await page.goto(harness.server.url);
    const { password } = account(login);
    await logIn(page, login, password);
    return page;
  }

  const forestCard = (page: Page) => page.locator('.entry-row').filter({ hasText: FOREST });

  before(async () => {
    buildWebApp();
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  test('a reporter lands on the entry form, gets inline messages, and submits a figure', async () => {
    const reporter = (pages.reporter = await signedIn('nongnghiep'));
    await reporter.getByRole('heading', { name: 'Nhập số liệu' }).waitFor();
    assert.equal(await reporter.getByRole('link', { name: 'Tổng quan' }).count(), 0, 'no dashboard link for a reporter');
    const card = forestCard(reporter);
    await card.getByLabel(/Kết quả/).fill('khoảng năm mươi');
    await card.getByRole('button', { name: 'Gửi duyệt' }).click();
    await card.getByText('Nhập một số, ví dụ 12,8 hoặc 1.000.').waitFor();
    await card.getByLabel(/Kết quả/).fill('53,2');
    await card.getByRole('button', { name: 'Gửi duyệt' }).click();
    await card.getByText('Đã gửi duyệt.').waitFor();
    await card.locator('.entry-readonly').getByText('53,2%').waitFor();
    await screenshot(reporter, '08-entry-submitted');
  });

  test('a reporter of another unit does not see that indicator\'s form', async () => {
    const other = await signedIn('yte');
    await other.getByRole('heading', { name: 'Nhập số liệu' }).waitFor();
    await other.locator('.entry-row').first().waitFor();
    assert.equal(await forestCard(other).count(), 0);
    assert.ok((await other.locator('.entry-row').count()) > 0);
    await other.context().close();
  });

  test('the secretariat returns the figure with a reason, and the reporter sees it', async () => {
    const secretariat = (pages.secretariat = await signedIn('thuky'));
    await secretariat.getByTestId('count-total').waitFor();
    await secretariat.getByRole('link', { name: 'Duyệt số liệu' }).click();
    const row = secretariat.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: FOREST });
    await row.getByText('53,2%').waitFor();
    await screenshot(secretariat, '09-review-queue');
    await row.getByRole('button', { name: 'Trả lại' }).click();
    const dialog = secretariat.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await dialog.getByText('Nhập lý do để đơn vị biết cần sửa gì.').waitFor();
    await dialog.getByLabel('Lý do trả lại').fill('Chưa khớp số liệu kiểm kê rừng');
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await secretariat.getByText('Đã trả lại số liệu cho đơn vị.').waitFor();
    await secretariat.getByText('Không có số liệu nào chờ duyệt trong kỳ này.').waitFor();

    const reporter = pages.reporter;
    assert.ok(reporter);
    await reporter.reload();
    const card = forestCard(reporter);
    await card.getByText('Bị trả lại: Chưa khớp số liệu kiểm kê rừng').waitFor();
    await card.getByLabel(/Kết quả/).fill('53,4');
    await card.getByRole('button', { name: 'Gửi duyệt' }).click();
    await card.getByText('Đã gửi duyệt.').waitFor();
  });

  test('the secretariat approves, and the dashboard of the period counts the figure', async () => {
    const secretariat = pages.secretariat;
    assert.ok(secretariat);
    const api = async <T>(path: string): Promise<T> => (await (await secretariat.request.get(`${harness.server.url}${path}`)).json()) as T;
    const directory = await api<{ terms: { id: string; congress: string }[] }>('/api/directory');
    const xv = directory.terms.find((term) => term.congress === 'XV');
    assert.ok(xv);
    const periods = await api<{ id: string; state: string }[]>(`/api/terms/${xv.id}/periods`);
    const open = periods.find((period) => period.state === 'open');
    assert.ok(open);
    const dashboardUrl = `${harness.server.url}/?term=${xv.id}&period=${open.id}`;
    const unevaluated = async (): Promise<number> => {
      await secretariat.goto(dashboardUrl);
      return Number(await secretariat.getByTestId('count-none').locator('.count-value').textContent());
    };
    const before = await unevaluated();

    await secretariat.goto(`${harness.server.url}/review?term=${xv.id}&period=${open.id}`);
    const row = secretariat.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: FOREST });
    await row.getByText('53,4%').waitFor();
    await row.getByRole('checkbox').check();
    await secretariat.getByRole('button', { name: 'Duyệt 1 số liệu đã chọn' }).click();
    await secretariat.getByText('Đã duyệt 1 số liệu.').waitFor();

    assert.equal(await unevaluated(), before - 1);
    const dashboard = await api<{ indicators: { indicator: { name: string }; status: string | null; value: number | null }[]; rollup: { counts: Record<string, number> } }>(
      `/api/terms/${xv.id}/dashboard?asOfPeriodId=${open.id}`,
    );
    const forest = dashboard.indicators.find((result) => result.indicator.name === FOREST);
    assert.equal(forest?.value, 53.4);
    assert.ok(forest?.status, 'the approved figure is evaluated');
    const tile = await secretariat.getByTestId(`count-${forest.status}`).locator('.count-value').textContent();
    assert.equal(tile, String(dashboard.rollup.counts[forest.status]));
    await secretariat.locator('canvas').first().waitFor();
    await screenshot(secretariat, '10-dashboard-after-approval');
  });
});
