/**
 * The consultation on a draft end to end, in Chromium on the real server and build. The
 * secretariat uploads seed 001 (the draft political report, read from ../shared/seeds at run
 * time) on the documents page and opens a consultation on it (yesterday to ten days on). A
 * phone (390×844, touch), without an account, reads a section of the public page and comments
 * on that section (Đồng ý một phần) and on a target (Không tán thành, with a reason), waiting
 * out the form's minimum fill time. Markup is refused in the browser with the Vietnamese
 * message, by the form and by the server; plain text with < > & and quotes, entered by the
 * secretariat from a meeting, shows as that text on the public page and in the queue, and no
 * script runs anywhere. The secretariat publishes the two comments (the public page shows
 * them, never the name or e-mail given), reads the synthesis's counts, records one Giải trình
 * and downloads the synthesis and disposition reports as DOCX and PDF
 * (test-results/consultation/). Screenshots: consultation-*.png in test-results/web.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { addDays } from '../../src/domain/due-date.ts';
import { formatVnDate } from '../../src/domain/vn-date.ts';
import { vietnamDate } from '../../src/services/due-date.ts';
import { assertAccessible, buildWebApp, chromiumMissing, logIn, screenshot, startHarness } from './web-harness.ts';
import type { Harness } from './web-harness.ts';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const DOWNLOADS = fileURLToPath(new URL('../../test-results/consultation/', import.meta.url));
const TITLE = 'Lấy ý kiến dự thảo Báo cáo chính trị nhiệm kỳ 2025-2030 (kiểm thử trên trình duyệt)';
const PARTLY_TEXT = 'Đề nghị nêu rõ hơn nguyên nhân chủ quan và người chịu trách nhiệm.';
const DISAGREE_TEXT = 'Mục tiêu này cao so với thực tế của tỉnh.';
const DISAGREE_REASON = 'Năm năm qua tỉnh chưa đạt mức này; nên đặt mục tiêu thấp hơn, sát thực tế.';
const MEETING_TEXT = 'Tỷ lệ <5% & "mục tiêu" > 3';
const NAME = 'Nguyễn Thị Kiểm Thử';
const EMAIL = 'kiem.thu.e2e@example.vn';
const EXPLANATION = 'Mục tiêu được tính theo kịch bản tăng trưởng của tỉnh; sẽ giải trình thêm tại Đại hội.';
/** The public form's minimum fill time (limits.minFillSeconds), and a margin. */
const FILL_MS = 3_000 + 300;
const missing = chromiumMissing();
/** Seed 001, whatever its exact name. */
const seed001 = existsSync(SEEDS) ? readdirSync(SEEDS).filter((file) => /^001_.*\.txt$/.test(file)).map((file) => join(SEEDS, file))[0] ?? null : null;
const THANKS = 'Ý kiến của bạn đã được gửi và sẽ được công khai sau khi kiểm duyệt.';

if (missing !== null && process.env.CI === 'true') {
  test('Chromium is required for the browser tests when CI=true', () => assert.fail(missing));
}

interface PublicDraft {
  sections: { id: string; path: string[]; text: string }[];
  indicators: { id: string; name: string }[];
}

/** Chooses `option` in the antd select labelled `label` among its own options, again while the dropdown animates. */
async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  const labelled = page.getByLabel(label, { exact: true });
  const input = scope.locator(labelled);
  const chosen = scope.locator('.ant-select').filter({ has: labelled }).filter({ hasText: option });
  for (let attempt = 0; attempt < 3 && (await chosen.count()) === 0; attempt += 1) {
    if ((await input.getAttribute('aria-expanded')) !== 'true') await input.click();
    const list = await input.getAttribute('aria-controls');
    const own = list === null ? '' : `[id^="${list}_"]`;
    await page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option${own}`).filter({ hasText: option }).first().click({ timeout: 5_000 }).catch(() => undefined);
    await chosen.waitFor({ timeout: 2_000 }).catch(() => undefined);
  }
  assert.equal(await chosen.count(), 1, `${label}: ${option} is chosen`);
}

/** Types a date into an antd DatePicker the way a user does (dd/mm/yyyy, Enter). */
async function typeDate(picker: Locator, date: string): Promise<void> {
  await picker.fill(date);
  await picker.press('Enter');
}

/** The page is no wider than its screen. A string: the test's TypeScript has no DOM types. */
async function assertNoSideways(page: Page, what: string): Promise<void> {
  const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
  assert.ok(overflow <= 0, `${what} overflows the phone's width by ${overflow}px`);
}

/** No markup in a comment ever ran: the pages' script would set window.__xss. */
async function assertNoScriptRan(page: Page, what: string): Promise<void> {
  assert.equal(await page.evaluate('typeof window.__xss'), 'undefined', `${what}: injected script ran`);
}

/** Clicks `button` (which opens a comment form) and returns when the form's token has arrived. */
async function openForm(page: Page, button: Locator): Promise<number> {
  const token = page.waitForResponse((response) => response.url().endsWith('/form') && response.ok());
  await button.tap();
  await token;
  return Date.now();
}

/** Waits out the minimum fill time since the form opened, so the comment is not filed as spam. */
async function fillTimeFrom(page: Page, openedAt: number): Promise<void> {
  const left = openedAt + FILL_MS - Date.now();
  if (left > 0) await page.waitForTimeout(left);
}

describe('consultation on a draft in Chromium', { skip: missing !== null ? `skipped: ${missing}` : seed001 === null ? 'seed 001 not found in ../shared/seeds' : false }, () => {
  let harness: Harness;
  let secretariat: Page;
  let phone: Page;
  let consultationId = '';
  let slug = '';
  let draft: PublicDraft = { sections: [], indicators: [] };
  const today = vietnamDate(new Date());

  const tab = async (name: string): Promise<void> => {
    await secretariat.getByRole('tab', { name, exact: true }).click();
    await secretariat.getByRole('tab', { name, exact: true, selected: true }).waitFor();
  };
  /** The queue's state filter showing `text` (a button-styled radio: its label takes the click). */
  const stateFilter = (text: string): Locator => secretariat.locator('.queue-filters label.ant-radio-button-wrapper').filter({ has: secretariat.getByText(text, { exact: true }) });
  const section = (): PublicDraft['sections'][number] => {
    // A section under a top one (closed at first) with text of its own.
    const found = draft.sections.find((candidate) => candidate.path.length === 2 && candidate.text.trim().length > 100);
    assert.ok(found, 'the draft has a section with text under a top section');
    return found;
  };
  /**
   * The card of the first target whose id is its own: the draft reader ids targets by line
   * ("t51"), and a line of seed 001 that holds two targets gives both the same id.
   */
  const indicatorCard = (page: Page): { card: Locator; name: string } => {
    const index = draft.indicators.findIndex((one) => draft.indicators.filter((other) => other.id === one.id).length === 1);
    assert.ok(index >= 0, 'the draft has a target with an id of its own');
    return { card: page.locator('.pc-indicators > li').nth(index), name: draft.indicators[index]?.name ?? '' };
  };

  before(async () => {
    buildWebApp();
    harness = await startHarness();
    // bypassCSP lets the test inject axe; the app itself keeps its strict policy.
    const common = { locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', bypassCSP: true };
    secretariat = await (await harness.browser.newContext({ ...common, viewport: { width: 1366, height: 768 }, acceptDownloads: true })).newPage();
    phone = await (await harness.browser.newContext({ ...common, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
    mkdirSync(DOWNLOADS, { recursive: true });
  });
  after(async () => {
    await harness?.close();
  });

  test('the secretariat uploads seed 001 as a document, opens a consultation on it and finds it open', async () => {
    const page = secretariat;
    await page.goto(harness.server.url);
    await logIn(page, 'thuky', 'thuky-demo');
    await page.locator('nav.nav').getByRole('link', { name: 'Văn bản', exact: true }).click();
    await page.getByRole('heading', { name: 'Văn bản', level: 1 }).waitFor();
    await page.getByTestId('document-file').setInputFiles(seed001 ?? '');
    // Filed as a document, not imported as a resolution's targets.
    await page.getByLabel('Báo cáo / kế hoạch / văn bản khác').check();
    await page.getByRole('button', { name: 'Tải lên', exact: true }).click();
    const stored = page.getByText(/^Đã lưu văn bản "/);
    await stored.waitFor();
    const documentTitle = /^Đã lưu văn bản "(.+)"\.$/s.exec((await stored.textContent()) ?? '')?.[1] ?? '';
    assert.notEqual(documentTitle, '', 'the stored document has a title');

    await page.locator('nav.nav').getByRole('link', { name: 'Góp ý dự thảo', exact: true }).click();
    await page.getByRole('heading', { name: 'Góp ý dự thảo', level: 1 }).waitFor();
    const form = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Mở lấy ý kiến', level: 2 }) });
    await choose(page, form, 'Văn bản dự thảo', documentTitle.slice(0, 60));
    // The document's title is proposed as the consultation's; the secretariat gives its own.
    assert.equal(await form.getByLabel('Tên đợt lấy ý kiến').inputValue(), documentTitle);
    await form.getByLabel('Tên đợt lấy ý kiến').fill(TITLE);
    await typeDate(form.getByRole('textbox', { name: 'Ngày bắt đầu' }), formatVnDate(addDays(today, -1)));
    await typeDate(form.getByRole('textbox', { name: 'Ngày kết thúc' }), formatVnDate(addDays(today, 10)));
    await screenshot(page, 'consultation-open');
    await form.getByRole('button', { name: 'Mở lấy ý kiến' }).click();

    await page.waitForURL(/\/consultations\/[^/?]+/);
    consultationId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    const header = page.locator('header.consultation-header');
    await header.getByText('Đang lấy ý kiến', { exact: true }).waitFor();
    const period = `08:00 ${formatVnDate(addDays(today, -1))} – 17:00 ${formatVnDate(addDays(today, 10))}`;
    await header.locator('.consultation-facts').getByText(period).waitFor();
    const publicHref = (await header.locator('a[href^="/gop-y/"]').getAttribute('href')) ?? '';
    slug = decodeURIComponent(publicHref.replace('/gop-y/', ''));
    assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/, `the public address ${publicHref}`);

    await header.getByRole('link', { name: '← Góp ý dự thảo' }).click();
    const row = page.getByTestId('consultations-table').getByRole('row').filter({ has: page.getByRole('link', { name: TITLE, exact: true }) });
    await row.getByText('Đang lấy ý kiến', { exact: true }).waitFor();
    assert.equal(await row.locator(`a[href="${publicHref}"]`).count(), 1, 'the row links to the public page');
    assert.equal(await row.getByRole('link', { name: TITLE, exact: true }).getAttribute('href'), `/consultations/${encodeURIComponent(consultationId)}`);
    await screenshot(page, 'consultations');
    draft = (await (await page.request.get(`${harness.server.url}/api/public/consultations/${encodeURIComponent(slug)}`)).json()) as PublicDraft;
  });

  test('a phone without an account reads a section and comments on it and on a target', async () => {
    assert.notEqual(slug, '', 'the consultation was opened');
    const page = phone;
    await page.goto(`${harness.server.url}/gop-y/${encodeURIComponent(slug)}`);
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByText(/^Đang lấy ý kiến đến 17:00 ngày /).waitFor();
    await assertNoSideways(page, 'the public page');

    // Reading: the section opens under its heading with its text, as in the seed.
    const chosen = section();
    const toggle = page.locator(`button[aria-controls="pc-section-${chosen.id}"]`);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.tap();
    const body = page.locator(`#pc-section-${chosen.id}`);
    const text = ((await body.locator('.pc-section-text').first().textContent()) ?? '').trim();
    assert.ok(text.length > 100, `the section's text is shown (${text.length} characters)`);
    const flat = (value: string): string => value.normalize('NFC').replace(/\s+/g, ' ');
    assert.ok(flat(readFileSync(seed001 ?? '', 'utf8')).includes(flat(text).slice(0, 80)), 'the section reads as the seed does');

    // Đồng ý một phần on the section, with who and where, and a contact that stays private.
    let openedAt = await openForm(page, body.locator('> .pc-target').getByRole('button', { name: /^Góp ý cho Mục / }));
    let form = page.getByRole('form', { name: /^Góp ý cho: Mục / });
    await form.getByRole('radio', { name: 'Đồng ý một phần' }).check();
    await form.getByLabel(/^Nội dung góp ý/).fill(PARTLY_TEXT);
    await form.getByLabel('Bạn là (bắt buộc)').selectOption({ label: 'Người dân' });
    await form.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Tỉnh Lai Châu' });
    await form.getByLabel('Xã, phường').selectOption({ index: 1 });
    await form.getByLabel('Họ và tên').fill(NAME);
    await form.getByLabel('Thư điện tử').fill(EMAIL);
    assert.equal(await form.locator('input[name="website"]').inputValue(), '', 'the honeypot stays empty');
    await assertNoSideways(page, 'the open comment form');
    await screenshot(page, 'consultation-public-form');
    await assertAccessible(page, 'the public comment form');
    await fillTimeFrom(page, openedAt);
    await form.getByRole('button', { name: 'Gửi góp ý' }).tap();
    await page.getByRole('status').getByText(THANKS).waitFor();
    await page.getByRole('button', { name: 'Đóng' }).tap();

    // Không tán thành on a target of the list, with the reason.
    const { card, name } = indicatorCard(page);
    assert.ok(((await card.getByRole('heading').textContent()) ?? '').endsWith(name), `the target ${name} is listed`);
    openedAt = await openForm(page, card.getByRole('button', { name: /^Góp ý cho Chỉ tiêu / }));
    form = page.getByRole('form', { name: /^Góp ý cho: Chỉ tiêu / });
    await form.getByRole('radio', { name: 'Không tán thành' }).check();
    await form.getByLabel(/^Nội dung góp ý/).fill(DISAGREE_TEXT);
    await form.getByLabel('Lý do không tán thành (bắt buộc)').fill(DISAGREE_REASON);
    await form.getByLabel('Bạn là (bắt buộc)').selectOption({ label: 'Cán bộ, đảng viên' });
    await fillTimeFrom(page, openedAt);
    await form.getByRole('button', { name: 'Gửi góp ý' }).tap();
    await page.getByRole('status').getByText(THANKS).waitFor();
    await assertNoSideways(page, 'the public page after sending');
    await screenshot(page, 'consultation-public-phone');
    await assertAccessible(page, 'the public page on a phone');
  });

  test('markup is refused in the browser; plain text with < > & and quotes shows as that text', async () => {
    const page = phone;
    await page.getByRole('button', { name: 'Đóng' }).tap();
    const whole = page.locator('.pc-card').filter({ has: page.getByRole('heading', { name: 'Toàn văn dự thảo', exact: true }) });
    await openForm(page, whole.getByRole('button', { name: 'Góp ý cho Toàn văn dự thảo' }));
    const form = page.getByRole('form', { name: 'Góp ý cho: Toàn văn dự thảo' });
    await form.getByRole('radio', { name: 'Tán thành', exact: true }).check();
    const textField = form.getByLabel(/^Nội dung góp ý/);
    await textField.fill('<img src=x onerror="window.__xss=1">');
    await form.getByLabel('Bạn là (bắt buộc)').selectOption({ label: 'Người dân' });
    await form.getByRole('button', { name: 'Gửi góp ý' }).tap();
    await form.getByRole('alert').getByText('Ý kiến chưa được gửi: xin sửa các ô được đánh dấu.').waitFor();
    await form.getByText(/^Nội dung góp ý chứa mã lệnh \(onerror=.*\); xin chỉ gửi văn bản thuần\.$/).waitFor();
    assert.equal(await textField.getAttribute('aria-invalid'), 'true');
    // The server refuses it as well, in Vietnamese, when a script sends it past the form.
    const refusal = await page.evaluate(async (address: string) => {
      const { formToken } = (await (await fetch(`${address}/form`)).json()) as { formToken: string };
      const answer = await fetch(`${address}/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'vi' },
        body: JSON.stringify({ target: { kind: 'draft' }, stance: 'agree', text: '<img src=x onerror="window.__xss=1">', respondentType: 'citizen', formToken, clientRef: 'e2e-xss-attempt-0001' }),
      });
      return { status: answer.status, body: (await answer.json()) as { error: { code: string; message: string } } };
    }, `/api/public/consultations/${encodeURIComponent(slug)}`);
    assert.equal(refusal.status, 422);
    assert.equal(refusal.body.error.code, 'comment_refused');
    assert.match(refusal.body.error.message, /Nội dung góp ý chứa mã lệnh/);
    // A tag in the name is refused too.
    await textField.fill('Tán thành toàn văn dự thảo.');
    await form.getByLabel('Họ và tên').fill('<b>x</b>');
    await form.getByRole('button', { name: 'Gửi góp ý' }).tap();
    await form.getByText('Họ và tên chứa thẻ HTML (<b>); xin bỏ thẻ và chỉ gửi văn bản thuần.', { exact: true }).waitFor();
    await screenshot(page, 'consultation-public-refused');
    await form.getByLabel('Họ và tên').fill('');
    await page.getByRole('button', { name: 'Đóng' }).tap();
    await assertNoScriptRan(page, 'the public page');

    // The secretariat enters a meeting's comment: published at once, shown as the text it is.
    const desk = secretariat;
    await desk.getByRole('link', { name: TITLE, exact: true }).click();
    await tab('Nhập ý kiến');
    const entry = desk.locator('section').filter({ has: desk.getByRole('heading', { name: 'Nhập ý kiến từ hội nghị, văn bản' }) });
    assert.equal(await entry.getByRole('radio', { name: 'Hội nghị, tọa đàm' }).isChecked(), true);
    await entry.getByRole('radio', { name: 'Tán thành', exact: true }).check();
    await entry.getByLabel('Nội dung góp ý').fill(MEETING_TEXT);
    await choose(desk, entry, 'Đối tượng', 'Doanh nghiệp');
    await entry.getByRole('button', { name: 'Ghi ý kiến' }).click();
    await entry.getByText('Đã ghi ý kiến (trạng thái: Đã công khai).').waitFor();
    await screenshot(desk, 'consultation-entry');

    await tab('Kiểm duyệt');
    await stateFilter('Đã công khai (1)').click();
    const item = desk.locator('li.queue-item[data-state="published"]');
    await item.waitFor();
    assert.equal(await item.locator('.queue-text').textContent(), MEETING_TEXT);
    assert.equal(await item.locator('.queue-text img, .queue-text script, .queue-text b').count(), 0);
    await assertNoScriptRan(desk, 'the moderation queue');

    await page.reload();
    await whole.getByRole('button', { name: 'Xem ý kiến (1)' }).tap();
    const shown = whole.locator('.pc-comment');
    await shown.waitFor();
    assert.equal(await shown.locator('.pc-comment-text').textContent(), MEETING_TEXT);
    await assertNoScriptRan(page, 'the public page with the comment');
  });

  test('the secretariat publishes the two waiting comments; the public page shows them without name or e-mail', async () => {
    const desk = secretariat;
    await stateFilter('Chờ duyệt (2)').click();
    const waiting = desk.locator('li.queue-item');
    await waiting.filter({ hasText: PARTLY_TEXT }).waitFor();
    await waiting.filter({ hasText: DISAGREE_TEXT }).waitFor();
    assert.equal(await waiting.count(), 2);
    assert.equal(await desk.locator('li.queue-item[data-state="new"]').count(), 2, 'both wait as Chờ duyệt');
    assert.equal(await desk.locator('.queue-signal').count(), 0, 'neither was filed as spam (the fill time was waited out)');
    // The moderator sees the contact, marked private.
    const partly = waiting.filter({ hasText: PARTLY_TEXT });
    await partly.locator('.queue-contact').getByText('Không công khai').waitFor();
    await partly.locator('.queue-contact').getByText(EMAIL).waitFor();
    await waiting.filter({ hasText: DISAGREE_TEXT }).getByText(DISAGREE_REASON).waitFor();
    await screenshot(desk, 'consultation-queue');
    await assertAccessible(desk, 'the moderation queue');
    for (const text of [PARTLY_TEXT, DISAGREE_TEXT]) {
      const item = waiting.filter({ hasText: text });
      await item.getByRole('button', { name: 'Công khai', exact: true }).click();
      await desk.locator('li.queue-item[data-state="published"]').filter({ hasText: text }).waitFor();
    }
    await stateFilter('Chờ duyệt (0)').waitFor();

    const page = phone;
    await page.reload();
    const chosen = section();
    await page.locator(`button[aria-controls="pc-section-${chosen.id}"]`).tap();
    const sectionPanel = page.locator(`#pc-section-${chosen.id} > .pc-target`);
    await sectionPanel.getByRole('button', { name: 'Xem ý kiến (1)' }).tap();
    await sectionPanel.locator('.pc-comment-text').getByText(PARTLY_TEXT, { exact: true }).waitFor();
    assert.match((await sectionPanel.locator('.pc-comment-meta').textContent()) ?? '', /^Người dân · /);
    const { card } = indicatorCard(page);
    await card.getByRole('button', { name: 'Xem ý kiến (1)' }).tap();
    await card.locator('.pc-comment-text').getByText(DISAGREE_TEXT, { exact: true }).waitFor();
    await card.locator('.pc-comment-text.reason').getByText(DISAGREE_REASON, { exact: false }).waitFor();
    const html = await page.content();
    assert.ok(!html.includes(NAME) && !html.includes(EMAIL), 'the public page never shows the name or e-mail given');
    const json = await (await page.request.get(`${harness.server.url}/api/public/consultations/${encodeURIComponent(slug)}/comments?target=section:${chosen.id}`)).text();
    assert.ok(json.includes(PARTLY_TEXT) && !json.includes(NAME) && !json.includes(EMAIL), 'the public API gives the comment without its contact');
    await assertNoSideways(page, 'the public page with comments');
    await screenshot(page, 'consultation-public-published');
  });

  test('the synthesis counts the three comments; one Giải trình is recorded; the reports download as DOCX and PDF', async () => {
    const desk = secretariat;
    await tab('Tổng hợp');
    const totals = desk.getByTestId('synthesis-totals');
    await totals.locator('[data-total="3"]').waitFor();
    await totals.locator('[data-comments="3"]').waitFor();
    const count = async (table: string, code: string): Promise<string> =>
      ((await desk.getByTestId(table).locator(`tr[data-code="${code}"] td.num`).first().textContent()) ?? '').trim();
    assert.deepEqual([await count('synthesis-by-stance', 'agree'), await count('synthesis-by-stance', 'disagree'), await count('synthesis-by-stance', 'partly')], ['1', '1', '1']);
    assert.deepEqual([await count('synthesis-by-channel', 'online'), await count('synthesis-by-channel', 'meeting')], ['2', '1']);
    assert.deepEqual(
      [await count('synthesis-by-respondent', 'citizen'), await count('synthesis-by-respondent', 'party_member'), await count('synthesis-by-respondent', 'business')],
      ['1', '1', '1'],
    );
    await screenshot(desk, 'consultation-synthesis');
    await assertAccessible(desk, 'the synthesis');
    await download(desk, 'synthesis-download-docx', `bao-cao-tong-hop-y-kien-${today}.docx`, 'PK');
    await download(desk, 'synthesis-download-pdf', `bao-cao-tong-hop-y-kien-${today}.pdf`, '%PDF');

    await tab('Tiếp thu, giải trình');
    const pending = desk.getByTestId('disposition-pending');
    await pending.waitFor();
    assert.equal(await pending.getAttribute('data-pending'), '3', 'the three comments wait for a disposition');
    const subject = desk.locator('li.disposition-item').filter({ hasText: DISAGREE_TEXT });
    await subject.getByRole('button', { name: /^Xử lý ý kiến: / }).click();
    const editor = subject.getByTestId('disposition-editor');
    await editor.getByRole('radio', { name: 'Giải trình' }).check();
    await editor.getByText('Giải trình hoặc Không tiếp thu cần ghi rõ nội dung giải trình trước khi lưu.').waitFor();
    await editor.getByLabel(/^Nội dung tiếp thu, giải trình/).fill(EXPLANATION);
    await editor.getByRole('button', { name: 'Lưu' }).click();
    await desk.getByRole('status').getByText('Đã lưu: Giải trình.').waitFor();
    await subject.locator('.disposition-current[data-kind="explained"]').getByText(EXPLANATION).waitFor();
    await desk.locator('[data-testid="disposition-pending"][data-pending="2"]').waitFor();
    await screenshot(desk, 'consultation-disposition');
    await assertAccessible(desk, 'the dispositions');
    await download(desk, 'disposition-download-docx', `bao-cao-tiep-thu-giai-trinh-y-kien-${today}.docx`, 'PK');
    await download(desk, 'disposition-download-pdf', `bao-cao-tiep-thu-giai-trinh-y-kien-${today}.pdf`, '%PDF');
  });
});

/** Clicks a report's download link, checks the file's name and first bytes, and keeps it under test-results/consultation/. */
async function download(page: Page, testId: string, fileName: string, magic: string): Promise<void> {
  const started = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await started;
  assert.equal(file.suggestedFilename(), fileName);
  const path = join(DOWNLOADS, fileName);
  await file.saveAs(path);
  const bytes = readFileSync(path);
  assert.equal(bytes.subarray(0, magic.length).toString('latin1'), magic, `${fileName} starts with ${magic}`);
  assert.ok(bytes.length > 1000, `${fileName} has ${bytes.length} bytes`);
}
