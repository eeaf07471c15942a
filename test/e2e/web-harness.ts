/**
 * What the browser tests stand on: the real server (startServer, the demo province, a
 * temporary SQLite database, an ephemeral loopback port) serving the real built app, and
 * Debian's Chromium driven by playwright-core. No browser is ever downloaded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
