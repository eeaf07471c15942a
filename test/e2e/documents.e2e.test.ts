/**
 * The documents pages end to end, in Chromium on the real server and build: the secretariat
 * uploads the sample report, finds it listed, opens it (outline, footnote popover, search
 * within), searches across the term's documents without diacritics, follows a hit to its line,
 * and is told plainly when it uploads the same file twice.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { buildWebApp, chromiumMissing, logIn, screenshot, startHarness } from './web-harness.ts';
import type { Harness } from './web-harness.ts';

const SAMPLE = fileURLToPath(new URL('../../examples/bao-cao-so-ket-mau.txt', import.meta.url));
/** Seed 002: a 2 600-line report with about 40 footnotes, read from ../shared/seeds at run time. */
const SEED_002 = fileURLToPath(new URL('../../../shared/seeds/002_5820d9dead76922e.txt', import.meta.url));
const TITLE = /^Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết/;
const missing = chromiumMissing();

if (missing !== null && process.env.CI === 'true') {
  test('Chromium is required for the browser tests when CI=true', () => assert.fail(missing));
}

describe('documents pages in Chromium', { skip: missing === null ? false : `skipped: ${missing}` }, () => {
  let harness: Harness;
  let context: BrowserContext;
  let page: Page;
  let documentPath = '';

  before(async () => {
    buildWebApp();
    harness = await startHarness();
    context = await harness.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page = await context.newPage();
  });
  after(async () => {
    await harness?.close();
  });

  const upload = async (): Promise<void> => {
    await page.getByTestId('document-file').setInputFiles(SAMPLE);
    await page.getByLabel('Báo cáo / kế hoạch / văn bản khác').check();
    await page.getByRole('button', { name: 'Tải lên', exact: true }).click();
  };

  test('the secretariat uploads the sample report and sees it listed', async () => {
    await page.goto(harness.server.url);
    await logIn(page, 'thuky', 'thuky-demo');
    await page.getByRole('link', { name: 'Văn bản', exact: true }).click();
    await page.getByRole('heading', { name: 'Văn bản', level: 1 }).waitFor();
    await upload();
    await page.getByText(/^Đã lưu văn bản "Sơ kết giữa nhiệm kỳ/).waitFor();
    const row = page.getByTestId('documents-table').getByRole('row').filter({ has: page.getByRole('link', { name: TITLE }) });
    await row.waitFor();
    const cells = (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
    assert.deepEqual(cells.slice(1, 5), ['Báo cáo', '120-BC/TU', '15/11/2027', 'TXT']);
    assert.match(cells[5] ?? '', /^\d+(,\d)? KB$/);
  });

  test('the same file twice is refused with the server\'s message', async () => {
    await upload();
    const alert = page.getByRole('alert').filter({ hasText: 'Không tải lên được' });
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /đã được tải lên trước đây/);
    assert.doesNotMatch((await alert.textContent()) ?? '', /constraint/i);
  });

  test('search across the term\'s documents without diacritics finds the forest cover line', async () => {
    await page.getByTestId('documents-search').fill('che phu rung');
    await page.getByTestId('documents-search').press('Enter');
    const hit = page.getByTestId('search-hits').getByRole('listitem').first();
    await hit.waitFor();
    assert.equal(await hit.locator('mark').first().textContent(), 'che phủ rừng');
    assert.match((await page.getByTestId('search-summary').textContent()) ?? '', /che phu rung/);
    assert.ok(page.url().includes('q=che+phu+rung'), 'the search is kept in the address');
    await screenshot(page, 'documents');
    documentPath = (await hit.getByRole('link').getAttribute('href')) ?? '';
    assert.match(documentPath, /^\/documents\/[^?]+\?line=\d+&q=che\+phu\+rung$/);
  });

  test('a search hit opens the document at its line with the words highlighted', async () => {
    await page.getByTestId('search-hits').getByRole('link').first().click();
    const target = page.locator('.doc-line.doc-target');
    await target.waitFor();
    assert.equal(await target.getAttribute('data-line'), new URL(documentPath, harness.server.url).searchParams.get('line'));
    assert.equal(await target.locator('mark.doc-current').textContent(), 'che phủ rừng');
    assert.equal(await page.getByTestId('document-find-count').textContent(), '1/1');
  });

  test('the document shows its particulars, outline, footnotes and finds words within it', async () => {
    await page.getByRole('link', { name: '← Danh sách văn bản' }).click();
    await page.getByRole('link', { name: TITLE }).first().click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    const meta = page.getByTestId('document-meta');
    for (const text of ['120-BC/TU', '15/11/2027', 'TỈNH ỦY HÒA SƠN']) await meta.getByText(text, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Xem chú thích 1' }).click();
    await page.getByRole('tooltip').getByText('Năm 2026 tăng 8,4%; năm 2027 ước tăng 9,0%.').waitFor();
    await page.keyboard.press('Escape');

    const find = page.getByTestId('document-find');
    await find.fill('dang vien');
    const count = page.getByTestId('document-find-count');
    await page.getByTestId('document-find-count').filter({ hasText: /^1\/\d+$/ }).waitFor();
    const total = Number(((await count.textContent()) ?? '').split('/')[1]);
    assert.ok(total >= 2, `several matches of "dang vien" (${total})`);
    assert.match((await page.locator('mark.doc-current').textContent()) ?? '', /^[đĐ]ảng viên$/);
    await find.press('Enter');
    assert.equal(await count.textContent(), `2/${total}`);
    await find.press('Shift+Enter');
    assert.equal(await count.textContent(), `1/${total}`);

    const outline = page.getByRole('tree');
    await outline.getByText('A- KẾT QUẢ THỰC HIỆN').waitFor();
    await outline.getByText('B- NHIỆM VỤ TRỌNG TÂM NỬA CUỐI NHIỆM KỲ').click();
    assert.equal(await page.locator('.doc-line.doc-target').getAttribute('data-line'), '25');
    await screenshot(page, 'document');

    const download = await page.request.get(`${harness.server.url}${(await page.getByTestId('document-download').getAttribute('href')) ?? ''}`);
    assert.equal(download.status(), 200);
    assert.match(await download.text(), /^TỈNH ỦY HÒA SƠN/);
  });

  test('a long report (seed 002) shows every line as plain elements, with its footnotes and search', { skip: existsSync(SEED_002) ? false : 'seed 002 not found' }, async () => {
    await page.getByRole('link', { name: '← Danh sách văn bản' }).click();
    await page.getByTestId('document-file').setInputFiles(SEED_002);
    await page.getByRole('button', { name: 'Tải lên', exact: true }).click();
    const open = page.getByRole('link', { name: 'Mở văn bản' });
    await open.waitFor({ timeout: 60_000 });
    const href = (await open.getAttribute('href')) ?? '';
    const api = (await (await page.request.get(`${harness.server.url}/api${href}`)).json()) as { lines: { endLine: number }[]; footnotes: { number: number; citations: unknown[] }[] };
    const started = Date.now();
    await open.click();
    await page.locator(`.doc-line[data-index="${api.lines.length - 1}"]`).waitFor();
    const shownMs = Date.now() - started;
    assert.equal(await page.locator('.doc-line').count(), api.lines.length);
    // About 2 600 original lines, joined by the reader into fewer paragraphs.
    assert.ok((api.lines.at(-1)?.endLine ?? 0) > 2000, `seed 002 ends at original line ${api.lines.at(-1)?.endLine}`);
    const cited = api.footnotes.filter((note) => note.citations.length > 0);
    assert.ok(cited.length >= 20, `${cited.length} footnotes placed`);
    assert.equal(await page.locator('button.doc-cite').count(), cited.reduce((sum, note) => sum + note.citations.length, 0));
    const typed = Date.now();
    await page.getByTestId('document-find').fill('kho dat');
    await page.getByTestId('document-find-count').filter({ hasText: /^1\/\d+$/ }).waitFor();
    const foundMs = Date.now() - typed;
    console.log(`seed 002: ${api.lines.length} lines (${api.lines.at(-1)?.endLine} original) on screen ${shownMs} ms after the click; "kho dat" found in ${foundMs} ms`);
  });
});
