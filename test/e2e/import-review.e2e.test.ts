/**
 * The import review, an indicator's source and history, and evidence on the entry form, in
 * Chromium on the real server and build. A new term of the demo province gets a draft
 * framework from the sample resolution (uploaded through the API); the secretariat edits one
 * target in the browser, watches the live preview follow, saves and publishes; the API then
 * holds the published framework with the edited target. The indicator page shows the source
 * passage and, to the secretariat only, the change history. A reporter attaches a file to a
 * draft figure; another unit's reporter never sees that indicator's form. axe-core checks the
 * three screens for serious accessibility violations.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createTerm } from '../../src/store/index.ts';
import { formatFileSize } from '../../web/src/entry/evidence-model.ts';
import { assertAccessible, buildWebApp, chromiumMissing, logIn, screenshot, startHarness } from './web-harness.ts';
import type { Harness } from './web-harness.ts';

const RESOLUTION = fileURLToPath(new URL('../../examples/nghi-quyet-mau.docx', import.meta.url));
const FOREST = 'Tỷ lệ che phủ rừng';
const missing = chromiumMissing();

if (missing !== null && process.env.CI === 'true') {
  test('Chromium is required for the browser tests when CI=true', () => assert.fail(missing));
}

interface IndicatorJson {
  id: string;
  name: string;
  targetText: string | null;
  target: { kind: string; min: number | null } | null;
  status: string;
  sourceDocumentId: string | null;
  sourceLine: number | null;
}

/** A signed-in API client of a demo user (session cookie and CSRF token, as the browser sends them). */
async function apiAs(url: string, login: string): Promise<{ get<T>(path: string): Promise<T>; send<T>(method: string, path: string, body: FormData | string, type?: string): Promise<T> }> {
  const response = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: `${login}-demo` }) });
  assert.equal(response.status, 200);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const call = async <T>(method: string, path: string, body?: FormData | string, type?: string): Promise<T> => {
    const headers: Record<string, string> = { cookie, 'x-csrf-token': csrfToken, ...(type === undefined ? {} : { 'content-type': type }) };
    const answer = await fetch(`${url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await answer.text();
    assert.ok(answer.ok, `${method} ${path}: ${answer.status} ${text}`);
    return JSON.parse(text) as T;
  };
  return { get: (path) => call('GET', path), send: (method, path, body, type) => call(method, path, body, type) };
}

describe('import review, indicator source and evidence in Chromium', { skip: missing === null ? false : `skipped: ${missing}` }, () => {
  let harness: Harness;
  let termId = '';
  let periodId = '';
  let forestId = '';
  let secretariat: Page;

  async function signedIn(login: string): Promise<Page> {
    // bypassCSP lets the test inject axe; the app itself keeps its strict policy.
    const context = await harness.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(harness.server.url);
    await logIn(page, login, `${login}-demo`);
    await page.locator('.app-header').waitFor();
    return page;
  }

  before(async () => {
    buildWebApp();
    harness = await startHarness();
    const thuky = await apiAs(harness.server.url, 'thuky');
    const directory = await thuky.get<{ terms: { id: string; congress: string; organisationId: string }[] }>('/api/directory');
    const xv = directory.terms.find((term) => term.congress === 'XV');
    assert.ok(xv, 'the demo has the XV term');
    // The demo's terms are published; a new term of the same province gets the draft (straight in the store, as an admin tool would).
    const term = await createTerm(harness.server.app.resolute.database.db, { actorId: null, at: new Date() }, { organisationId: xv.organisationId, congress: 'XVI', startYear: 2030, endYear: 2035 });
    termId = term.id;
    const form = new FormData();
    form.append('file', new Blob([readFileSync(RESOLUTION)]), 'nghi-quyet-mau.docx');
    const imported = await thuky.send<{ indicators: IndicatorJson[] }>('POST', `/api/terms/${termId}/framework/import`, form);
    const forest = imported.indicators.find((indicator) => indicator.name === FOREST);
    assert.ok(forest, 'the sample resolution lists forest cover');
    assert.equal(forest.status, 'draft');
    forestId = forest.id;
    const period = await thuky.send<{ id: string }>('POST', `/api/terms/${termId}/periods`, JSON.stringify({ kind: 'year', startYear: 2031, endYear: 2031 }), 'application/json');
    periodId = period.id;
  });
  after(async () => {
    await harness?.close();
  });

  test('the secretariat edits a target with its live preview, saves, and publishes the framework', async () => {
    secretariat = await signedIn('thuky');
    await secretariat.goto(`${harness.server.url}/framework/review?term=${termId}`);
    await secretariat.getByRole('heading', { name: 'Rà soát hệ thống chỉ tiêu' }).waitFor();
    const row = secretariat.locator('.draft-row').filter({ hasText: FOREST });
    await row.click();
    const editor = secretariat.locator('.draft-editor');
    await editor.getByRole('heading', { name: new RegExp(FOREST) }).waitFor();
    // The source lines it was read from, its line highlighted.
    await editor.locator('.source-hit').filter({ hasText: /che phủ rừng/ }).waitFor();
    const preview = editor.getByTestId('target-preview');
    await preview.getByText('Duy trì', { exact: true }).waitFor();
    const target = editor.getByLabel('Mục tiêu (như văn bản ghi)');
    await target.fill('trên 5');
    await preview.getByTestId('target-meaning').getByText('trên 5%', { exact: true }).waitFor();
    await target.fill('trên 57%');
    await preview.getByText('Tối thiểu', { exact: true }).waitFor();
    assert.equal(await preview.getByTestId('target-meaning').textContent(), 'trên 57%');
    await row.getByText('Chưa lưu').waitFor();
    await secretariat.getByText('1 chỉ tiêu chưa lưu', { exact: false }).waitFor();
    await target.fill('abc ??');
    await preview.getByText('Chưa hiểu được').waitFor();
    await target.fill('trên 57%');
    await screenshot(secretariat, 'import-review');
    await assertAccessible(secretariat, 'import review');
    await editor.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await editor.getByText('Đã lưu chỉ tiêu.').waitFor();
    assert.equal(await row.getByText('Chưa lưu').count(), 0);

    await secretariat.getByRole('button', { name: 'Công bố hệ thống chỉ tiêu' }).click();
    const dialog = secretariat.getByRole('dialog');
    await dialog.getByText(/^Công bố \d+ chỉ tiêu\?$/).waitFor();
    await dialog.getByRole('button', { name: 'Công bố' }).click();
    await secretariat.getByText(/^Đã công bố \d+ chỉ tiêu\.$/).waitFor();
    await secretariat.getByRole('link', { name: 'Xem danh sách chỉ tiêu' }).waitFor();

    const framework = await (await apiAs(harness.server.url, 'thuky')).get<{ indicators: IndicatorJson[] }>(`/api/terms/${termId}/framework`);
    assert.ok(framework.indicators.length > 5);
    assert.deepEqual([...new Set(framework.indicators.map((indicator) => indicator.status))], ['published']);
    const forest = framework.indicators.find((indicator) => indicator.id === forestId);
    assert.deepEqual([forest?.targetText, forest?.target?.kind, forest?.target?.min], ['trên 57%', 'at_least', 57]);
  });

  test('the indicator page shows the source passage, and the change history to the secretariat only', async () => {
    await secretariat.goto(`${harness.server.url}/indicators/${forestId}?term=${termId}&period=${periodId}`);
    const source = secretariat.getByTestId('indicator-source');
    await source.locator('.source-hit').filter({ hasText: /che phủ rừng/ }).waitFor();
    const link = source.getByRole('link').first();
    assert.match((await link.getAttribute('href')) ?? '', /^\/documents\/[^?]+\?line=\d+$/);
    const history = secretariat.getByTestId('audit-history');
    await history.getByText('Mục tiêu: duy trì ổn định ở mức 56% → trên 57%', { exact: false }).waitFor();
    await history.getByText('Công bố').first().waitFor();
    await history.getByText('Trạng thái công bố: Bản nháp → Đã công bố').first().waitFor();
    await screenshot(secretariat, 'indicator-source');
    await assertAccessible(secretariat, 'indicator page with its source and history');

    const leader = await signedIn('lanhdao');
    await leader.goto(`${harness.server.url}/indicators/${forestId}?term=${termId}&period=${periodId}`);
    await leader.getByTestId('indicator-source').locator('.source-hit').waitFor();
    assert.equal(await leader.getByText('Lịch sử thay đổi').count(), 0, 'a leader does not see the audit trail');
    // The demo's XIV forest cover continues in XV: the page shows both terms' targets.
    const directory = await (await apiAs(harness.server.url, 'lanhdao')).get<{ terms: { id: string; congress: string }[] }>('/api/directory');
    await leader.goto(`${harness.server.url}/indicators?term=${directory.terms.find((term) => term.congress === 'XIV')?.id ?? ''}`);
    await leader.locator('tr.ant-table-row a').filter({ hasText: FOREST }).first().click();
    const lineage = leader.getByTestId('lineage');
    await lineage.getByText(/^XV: /).waitFor();
    assert.match((await lineage.textContent()) ?? '', /^XIV: .+ → XV: .+$/);
    await leader.context().close();
  });

  test('a reporter attaches evidence to a draft; another unit does not see that indicator\'s form', async () => {
    const other = await signedIn('yte');
    await other.getByRole('heading', { name: 'Nhập số liệu' }).waitFor();
    await other.locator('.entry-row').first().waitFor();
    assert.equal(await other.locator('.entry-row').filter({ hasText: FOREST }).count(), 0);
    await other.context().close();

    const reporter = await signedIn('nongnghiep');
    await reporter.getByRole('heading', { name: 'Nhập số liệu' }).waitFor();
    const card = reporter.locator('.entry-row').filter({ hasText: FOREST });
    await card.getByText('Lưu nháp trước, rồi đính kèm minh chứng.').waitFor();
    await card.getByLabel(/Kết quả/).fill('55,1');
    await card.getByRole('button', { name: 'Lưu nháp' }).click();
    await card.getByText('Đã lưu nháp.').waitFor();
    // A draft may change between estimate and official.
    await card.getByLabel('Loại số liệu').click();
    await reporter.locator('.ant-select-item-option[title="Ước thực hiện"]').click();
    await card.getByRole('button', { name: 'Lưu nháp' }).click();
    await card.getByText('Đã lưu nháp.').waitFor();

    const minutes = Buffer.from('Biên bản kiểm kê rừng năm 2026\n'.repeat(40));
    await card.locator('input[type=file]').setInputFiles({ name: 'bien-ban-kiem-ke-rung.txt', mimeType: 'text/plain', buffer: minutes });
    await card.getByText('Đã đính kèm bien-ban-kiem-ke-rung.txt.').waitFor();
    const file = card.getByRole('link', { name: 'bien-ban-kiem-ke-rung.txt' });
    await file.waitFor();
    await card.getByText(formatFileSize(minutes.length), { exact: true }).waitFor();
    const download = await reporter.request.get(`${harness.server.url}${(await file.getAttribute('href')) ?? ''}`);
    assert.equal(download.status(), 200);
    assert.match(await download.text(), /^Biên bản kiểm kê rừng năm 2026/);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await card.locator('input[type=file]').setInputFiles({ name: 'anh-hien-truong.png', mimeType: 'image/png', buffer: png });
    await card.getByRole('link', { name: 'anh-hien-truong.png' }).waitFor();
    await card.getByRole('button', { name: 'Gỡ tệp anh-hien-truong.png' }).click();
    await reporter.locator('.ant-popconfirm').getByRole('button', { name: 'Gỡ' }).click();
    await card.getByText('Đã gỡ anh-hien-truong.png.').waitFor();
    assert.equal(await card.getByRole('link', { name: 'anh-hien-truong.png' }).count(), 0);
    await card.locator('input[type=file]').setInputFiles({ name: 'chuong-trinh.txt', mimeType: 'text/plain', buffer: Buffer.from([0x4d, 0x5a, 0, 0, 1]) });
    // The server reads the bytes, not the name, and says why it refuses them.
    await card.getByRole('alert').getByText(/Định dạng tệp không được hỗ trợ.*chuong-trinh\.txt/).waitFor();
    await screenshot(reporter, 'entry-evidence');
    await assertAccessible(reporter, 'entry form with evidence');

    const detail = await reporterForestFigure();
    assert.equal(detail.observation.kind, 'estimate');
    assert.deepEqual(detail.evidence.map((evidence) => evidence.fileName), ['bien-ban-kiem-ke-rung.txt']);

    await card.getByRole('button', { name: 'Gửi duyệt' }).click();
    await card.getByText('Đã gửi duyệt.').waitFor();
    await card.getByRole('link', { name: 'bien-ban-kiem-ke-rung.txt' }).waitFor();
    assert.equal(await card.getByRole('button', { name: 'Đính kèm tệp' }).count(), 0, 'a submitted figure takes no more files');
    await reporter.context().close();
  });

  /** The reporter's XV forest-cover figure, with its evidence, read through the API. */
  async function reporterForestFigure(): Promise<{ observation: { kind: string }; evidence: { fileName: string }[] }> {
    const api = await apiAs(harness.server.url, 'nongnghiep');
    const directory = await api.get<{ terms: { id: string; congress: string }[] }>('/api/directory');
    const xv = directory.terms.find((term) => term.congress === 'XV')?.id ?? '';
    const framework = await api.get<{ indicators: IndicatorJson[] }>(`/api/terms/${xv}/framework`);
    const forest = framework.indicators.find((indicator) => indicator.name === FOREST)?.id;
    const session = await api.get<{ grants: { role: string; unitId: string }[] }>('/api/session');
    const unitId = session.grants.find((grant) => grant.role === 'reporter')?.unitId ?? '';
    const figures = await api.get<{ id: string; indicatorId: string }[]>(`/api/terms/${xv}/observations?unitId=${unitId}`);
    const figure = figures.find((candidate) => candidate.indicatorId === forest);
    assert.ok(figure, 'the reporter\'s forest-cover figure is stored');
    return api.get(`/api/observations/${figure.id}`);
  }
});
