/**
 * What the browser tests stand on: the real server (startServer, the demo province, a
 * temporary SQLite database, an ephemeral loopback port) serving the real built app, and
 * Debian's Chromium driven by playwright-core. No browser is ever downloaded.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../src/server/start.ts';
import { startServer } from '../../src/server/start.ts';
import { loadConfig } from '../../src/services/config.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const ROOT = new URL('../../', import.meta.url).pathname;
export const SCREENSHOTS = join(ROOT, 'test-results', 'web');

/**
 * Whether the browser tests can run: null when they can, else why not. With CI=true a
 * missing Chromium is a failure (the CI installs it), elsewhere the suite is skipped visibly.
 */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
}

/** Builds web/dist when it is missing or older than its sources (the same step as `npm start`). */
export function buildWebApp(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build-web-if-needed.mjs')], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building the web app failed:\n${result.stdout}\n${result.stderr}`);
}

export interface Harness {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts the server on a fresh database with the demo, and Chromium. */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'resolute-e2e-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', RESOLUTE_DEMO: 'true', ...env });
  const server = await startServer(config, { logStream: false });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
  } catch (error) {
    await server.close();
    throw error;
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot under test-results/web/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Signs in through the login form. */
export async function logIn(page: Page, login: string, password: string): Promise<void> {
  await page.getByLabel(/Tên đăng nhập|Login/).fill(login);
  await page.getByLabel(/Mật khẩu|Password/).fill(password);
  await page.getByRole('button', { name: /Đăng nhập|Log in/ }).click();
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's WCAG 2.x A/AA violations on the page as it is now, once its animations have
 * finished (a dialog fading in would be measured half transparent). The browser context
 * needs `bypassCSP: true` to let the script in; the app itself keeps its strict policy.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  // Endless animations (a spinner) never finish; wait only for those that do.
  type Animation = { playState: string; effect: { getComputedTiming(): { endTime?: number | string } } | null };
  await page.waitForFunction(() =>
    (globalThis as unknown as { document: { getAnimations(): Animation[] } }).document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || Number(animation.effect?.getComputedTiming().endTime ?? 0) === Infinity),
  );
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    // Runs in the page, where the script above defined `axe`.
    const axe = (globalThis as unknown as { axe: { run: (options: object) => Promise<{ violations: AxeFinding[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => ({ target: node.target })) }));
  });
}

/** One line per finding: impact, rule, help and the first elements. */
export function describeViolations(violations: readonly AxeFinding[]): string {
  return violations.map((v) => `${v.impact ?? '?'} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`).join('\n');
}

/** No serious or critical WCAG 2.x A/AA violation on the page as it is now. */
export async function assertAccessible(page: Page, name: string): Promise<void> {
  const blocking = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(blocking.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), [], `${name}: serious accessibility violations\n${describeViolations(blocking)}`);
}
