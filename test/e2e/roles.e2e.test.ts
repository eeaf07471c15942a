/**
 * Every demo account signs in through the form and lands on the page its role works on; the
 * header offers only that role's pages. The reporter's entry form also fits a phone's width.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { demoLogins } from '../../src/services/demo/demo-data.ts';
import { buildWebApp, chromiumMissing, logIn, screenshot, startHarness } from './web-harness.ts';
import type { Harness } from './web-harness.ts';

const missing = chromiumMissing();

if (missing !== null && process.env.CI === 'true') {
  test('Chromium is required for the browser tests when CI=true', () => assert.fail(missing));
}

/** What each role sees first, and the menu items it must (and must not) have. */
const LANDING: Record<string, { ready: (page: Page) => Promise<unknown>; menu: string[]; notInMenu: string[] }> = {
  leader: { ready: (page) => page.getByTestId('count-total').waitFor(), menu: ['Tổng quan', 'Chỉ tiêu', 'Báo cáo', 'Góp ý dự thảo'], notInMenu: ['Nhập số liệu', 'Quản trị'] },
  secretariat: { ready: (page) => page.getByTestId('count-total').waitFor(), menu: ['Tổng quan', 'Duyệt số liệu', 'Văn bản', 'Góp ý dự thảo', 'Quản trị'], notInMenu: ['Nhập số liệu'] },
  inspector: { ready: (page) => page.getByTestId('count-total').waitFor(), menu: ['Tổng quan', 'Chỉ tiêu', 'Góp ý dự thảo'], notInMenu: ['Duyệt số liệu', 'Quản trị'] },
  reporter: { ready: (page) => page.getByRole('heading', { name: 'Nhập số liệu' }).waitFor(), menu: ['Nhập số liệu', 'Góp ý dự thảo'], notInMenu: ['Tổng quan', 'Duyệt số liệu', 'Quản trị'] },
  admin: { ready: (page) => page.getByRole('heading', { name: 'Quản trị' }).waitFor(), menu: ['Quản trị'], notInMenu: ['Duyệt số liệu', 'Nhập số liệu', 'Góp ý dự thảo'] },
  public: { ready: (page) => page.getByText('Tài khoản của bạn chưa có trang làm việc nào ở đây.').waitFor(), menu: [], notInMenu: ['Tổng quan', 'Quản trị', 'Nhập số liệu', 'Góp ý dự thảo'] },
};

describe('each role in Chromium', { skip: missing === null ? false : `skipped: ${missing}` }, () => {
  let harness: Harness;

  before(async () => {
    buildWebApp();
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const account of demoLogins()) {
    test(`${account.login} (${account.role}) signs in and lands on the role's page`, async () => {
      const expected = LANDING[account.role];
      assert.ok(expected, `a landing for ${account.role}`);
      const context = await harness.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      try {
        const page = await context.newPage();
        await page.goto(harness.server.url);
        await logIn(page, account.login, account.password);
        await expected.ready(page);
        const menu = (await page.locator('nav.nav a').allTextContents()).map((text) => text.trim());
        for (const item of expected.menu) assert.ok(menu.includes(item), `${account.login}: menu ${menu.join(', ')} lacks ${item}`);
        for (const item of expected.notInMenu) assert.ok(!menu.includes(item), `${account.login}: menu ${menu.join(', ')} offers ${item}`);
      } finally {
        await context.close();
      }
    });
  }

  test('the entry form fits a phone: no sideways scrolling', async () => {
    const reporter = demoLogins().find((account) => account.role === 'reporter');
    assert.ok(reporter);
    const context = await harness.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    try {
      const page = await context.newPage();
      await page.goto(harness.server.url);
      await logIn(page, reporter.login, reporter.password);
      await page.getByRole('heading', { name: 'Nhập số liệu' }).waitFor();
      await page.locator('.entry-row').first().waitFor();
      const widths = await page.evaluate(() => {
        const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
        return { scroll: root.scrollWidth, client: root.clientWidth };
      });
      assert.ok(widths.scroll <= widths.client + 1, `page is ${widths.scroll}px wide in a ${widths.client}px screen`);
      await screenshot(page, 'entry-phone');
    } finally {
      await context.close();
    }
  });
});
