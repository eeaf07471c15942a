/**
 * The web application end to end: the real built app, served by the real server on a
 * temporary database with the demo province, driven in Debian's Chromium. Screenshots of each
 * page go to test-results/web/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { readDemoData } from '../../src/services/demo/demo-data.ts';
import { buildWebApp, chromiumMissing, logIn, screenshot, startHarness } from './web-harness.ts';
import type { Harness } from './web-harness.ts';

interface ApiDashboard {
  rollup: { total: number; unevaluated: number; counts: Record<string, number>; sentence: string };
  atRisk: { indicator: { name: string } }[];
}

const STATUSES = ['exceeded', 'achieved', 'on_track', 'not_yet', 'at_risk', 'failed'];
const missing = chromiumMissing();

if (missing !== null && process.env.CI === 'true') {
  test('Chromium is required for the browser tests when CI=true', () => assert.fail(missing));
}

describe('web application in Chromium', { skip: missing === null ? false : `skipped: ${missing}` }, () => {
  const users = readDemoData().users;
  const leader = users.find((user) => user.role === 'leader');
  const inspector = users.find((user) => user.role === 'inspector');
  let harness: Harness;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    buildWebApp();
    harness = await startHarness({ LOGIN_MAX_FAILURES: '3' });
    context = await harness.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
  });
  after(async () => {
    await harness?.close();
  });

  test('a wrong password is told clearly, and repeated failures lock the login', async () => {
    assert.ok(inspector);
    await page.goto(harness.server.url);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await screenshot(page, '01-login');
    await logIn(page, inspector.login, 'not-the-password');
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng').waitFor();
    await logIn(page, inspector.login, 'still-not-it');
    await logIn(page, inspector.login, 'third-time');
    await page.getByText('Tài khoản tạm khóa do đăng nhập sai nhiều lần').waitFor();
    await screenshot(page, '02-login-locked');
  });

  test('the leader logs in and the dashboard shows the API\'s numbers', async () => {
    assert.ok(leader);
    await page.reload();
    await logIn(page, leader.login, leader.password);
    await page.getByTestId('count-total').waitFor();
    const view = page.locator('[data-term]');
    const term = await view.getAttribute('data-term');
    const period = await view.getAttribute('data-period');
    const response = await page.request.get(`${harness.server.url}/api/terms/${term}/dashboard?asOfPeriodId=${period}`);
    assert.equal(response.status(), 200);
    const api = (await response.json()) as ApiDashboard;
    assert.ok(api.rollup.total > 0 && (api.rollup.counts.at_risk ?? 0) > 0, 'the demo term has evaluated and at-risk indicators');
    const shown = async (id: string): Promise<string> => (await page.getByTestId(id).locator('.count-value').textContent()) ?? '';
    assert.equal(await shown('count-total'), String(api.rollup.total));
    assert.equal(await shown('count-none'), String(api.rollup.unevaluated));
    for (const status of STATUSES) assert.equal(await shown(`count-${status}`), String(api.rollup.counts[status] ?? 0), status);
    assert.match((await page.getByTestId('rollup-sentence').textContent()) ?? '', new RegExp(api.rollup.sentence));
    for (const item of api.atRisk) await page.getByRole('link', { name: item.indicator.name, exact: true }).first().waitFor();
    await page.locator('canvas').first().waitFor();
    await screenshot(page, '03-dashboard');
  });

  test('a count opens the indicators behind it', async () => {
    const atRisk = (await page.getByTestId('count-at_risk').locator('.count-value').textContent()) ?? '';
    await page.getByTestId('count-at_risk').click();
    await page.waitForURL(/\/indicators\?.*status=at_risk/);
    const count = (await page.getByTestId('indicator-count').textContent()) ?? '';
    assert.match(count, new RegExp(`^${atRisk}/\\d+ chỉ tiêu$`));
    assert.equal(await page.locator('.ant-table-tbody .ant-tag').filter({ hasText: 'Khó đạt' }).count(), Number(atRisk));
  });

  test('the indicator search ignores diacritics', async () => {
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await page.getByRole('searchbox').fill('che phu rung');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await page.getByRole('link', { name: 'Tỷ lệ che phủ rừng', exact: true }).waitFor();
    assert.equal(await rows.count(), 1);
    await screenshot(page, '04-indicators-search');
    await page.getByRole('searchbox').fill('dang vien');
    await page.getByRole('link', { name: /[Đđ]ảng viên/ }).first().waitFor();
    const names = await rows.locator('a.indicator-name').allTextContents();
    assert.ok(names.length >= 2 && names.every((name) => /đảng viên/i.test(name)), names.join(' | '));
  });

  test('the indicator page shows target, evaluation, chart and figures', async () => {
    await page.getByRole('searchbox').fill('che phu rung');
    await page.getByRole('link', { name: 'Tỷ lệ che phủ rừng', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Tỷ lệ che phủ rừng/ }).waitFor();
    await page.locator('canvas').first().waitFor();
    assert.notEqual(((await page.getByTestId('explanation').textContent()) ?? '').trim(), '');
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, '05-indicator');
  });

  test('the English toggle translates the interface and is remembered', async () => {
    await page.goto(harness.server.url);
    await page.getByTestId('count-total').waitFor();
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Implementation of the resolution' }).waitFor();
    await page.getByRole('link', { name: 'Indicators', exact: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Implementation of the resolution' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await screenshot(page, '06-dashboard-english');
    await page.getByText('VI', { exact: true }).click();
    await page.getByRole('heading', { name: 'Tổng quan thực hiện Nghị quyết' }).waitFor();
  });

  test('the dashboard works on a phone-width screen, and its load time is printed', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(harness.server.url);
    await phone.getByTestId('count-total').waitFor();
    const interactiveMs = await phone.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? performance.now(), 'resolute:dashboard-numbers');
    await phone.locator('canvas').first().waitFor();
    const width = Number(await phone.evaluate('document.documentElement.scrollWidth'));
    assert.ok(width <= 390, `no sideways scrolling of the page (scrollWidth ${width})`);
    await screenshot(phone, '07-dashboard-phone');
    console.log(`dashboard interactive (numbers on screen, links usable) ${Math.round(interactiveMs)} ms after navigation start on loopback, warm cache (budget 1500 ms)`);
    await phone.close();
  });

  test('logging out returns to the login page with a message', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByText('Đã đăng xuất.').waitFor();
    const session = await page.request.get(`${harness.server.url}/api/session`);
    assert.equal(session.status(), 401);
  });
});
