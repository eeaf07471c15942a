/**
 * Accessibility of the main pages: axe-core (the rules of WCAG 2.x A and AA) runs inside
 * Chromium on each page as its users see it, and no serious or critical violation may remain.
 * Minor and moderate findings are printed, not failed, so they stay visible.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { readDemoConsultation } from '../../src/services/demo/demo-consultation.ts';
import { readDemoData } from '../../src/services/demo/demo-data.ts';
import { axeViolations, buildWebApp, chromiumMissing, describeViolations, logIn, startHarness } from './web-harness.ts';
import type { Harness } from './web-harness.ts';

const BLOCKING = new Set(['serious', 'critical']);
const missing = chromiumMissing();

if (missing !== null && process.env.CI === 'true') {
  test('Chromium is required for the accessibility check when CI=true', () => assert.fail(missing));
}

/** Opens `path` signed in as `login`, waits for `ready`, and checks it. */
async function check(browser: Browser, baseUrl: string, who: { login: string; password: string } | null, path: string, ready: (page: Page) => Promise<unknown>): Promise<void> {
  // bypassCSP lets the test inject axe; the app itself keeps its strict policy.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    if (who !== null) await logIn(page, who.login, who.password);
    await ready(page);
    const violations = await axeViolations(page);
    const blocking = violations.filter((v) => v.impact !== null && BLOCKING.has(v.impact));
    const other = violations.filter((v) => !blocking.includes(v));
    if (other.length > 0) console.log(`${path}: ${other.length} minor/moderate accessibility findings\n${describeViolations(other)}`);
    assert.deepEqual(blocking, [], `${path}: serious accessibility violations\n${describeViolations(blocking)}`);
  } finally {
    await context.close();
  }
}

describe('accessibility of the main pages (axe-core)', { skip: missing === null ? false : `skipped: ${missing}` }, () => {
  const users = readDemoData().users;
  const as = (role: string): { login: string; password: string } => {
    const user = users.find((candidate) => candidate.role === role);
    assert.ok(user, `a demo ${role}`);
    return user;
  };
  let harness: Harness;

  before(async () => {
    buildWebApp();
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  // The login page has a main element too: wait for the signed-in header first.
  const main = async (page: Page) => {
    await page.locator('header.app-header').waitFor();
    await page.locator('main#main').waitFor();
  };
  // The demo's open consultation, opened from the list (its id is made when the demo loads).
  const demoSlug = readDemoConsultation().consultation.slug;
  const openDemoConsultation = async (page: Page) => {
    await page.getByTestId('consultations-table').getByRole('row').filter({ has: page.locator(`a[href="/gop-y/${demoSlug}"]`) }).locator('a[href^="/consultations/"]').click();
    await page.locator('header.consultation-header h1').waitFor();
  };
  const cases: { name: string; role: string | null; path: string; ready: (page: Page) => Promise<unknown> }[] = [
    { name: 'login', role: null, path: '/', ready: (page) => page.getByRole('heading', { name: 'Đăng nhập' }).waitFor() },
    { name: 'dashboard', role: 'leader', path: '/', ready: (page) => page.getByTestId('count-total').waitFor() },
    { name: 'indicators', role: 'leader', path: '/indicators', ready: (page) => page.locator('tr.ant-table-row').first().waitFor() },
    {
      name: 'indicator page', role: 'leader', path: '/indicators',
      ready: async (page) => {
        await page.locator('tr.ant-table-row a').first().click();
        await page.locator('main h1, main h2').first().waitFor();
      },
    },
    { name: 'data entry', role: 'reporter', path: '/entry', ready: main },
    { name: 'review', role: 'secretariat', path: '/review', ready: main },
    { name: 'documents', role: 'secretariat', path: '/documents', ready: main },
    { name: 'reports', role: 'secretariat', path: '/reports', ready: main },
    { name: 'administration', role: 'admin', path: '/admin', ready: main },
    { name: 'consultations', role: 'secretariat', path: '/consultations', ready: (page) => page.getByTestId('consultations-table').locator('tr.ant-table-row').first().waitFor() },
    {
      name: 'consultation moderation queue', role: 'secretariat', path: '/consultations',
      ready: async (page) => {
        await openDemoConsultation(page);
        await page.locator('li.queue-item').first().waitFor();
      },
    },
    {
      name: 'consultation synthesis', role: 'secretariat', path: '/consultations',
      ready: async (page) => {
        await openDemoConsultation(page);
        await page.getByRole('tab', { name: 'Tổng hợp', exact: true }).click();
        await page.getByTestId('synthesis-totals').waitFor();
      },
    },
    { name: 'public consultation page', role: null, path: `/gop-y/${demoSlug}`, ready: (page) => page.locator('.pc-outline').first().waitFor() },
  ];
  for (const { name, role, path, ready } of cases) {
    test(`${name} has no serious violations`, async () => {
      // Give the page's data a moment to arrive after its frame appears.
      await check(harness.browser, harness.server.url, role === null ? null : as(role), path, async (page) => {
        await ready(page);
        await page.waitForLoadState('networkidle');
      });
    });
  }
});
