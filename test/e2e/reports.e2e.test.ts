/**
 * The reports page end to end, in Chromium on the real server and build: the secretariat
 * previews the XIV appendix as of the mid-term — the page asks for the report's layout
 * (`format=layout`) and shows every header and row of it as the file writers draw that same
 * document, GRDP growth as the API says —, downloads the XLSX and the PDF through the page,
 * reads the summary's paragraphs, and sees the term comparison; a failed preview offers no
 * download; the national reader compares the two demo provinces. Screenshots:
 * reports-appendix.png, reports-summary.png, reports-compare.png, reports-compare-orgs.png.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { formatVnNumber } from '../../src/domain/vn-number.ts';
import { STATUS_WORD } from '../../src/domain/vocabulary/index.ts';
import { rowSegments, tableLayout } from '../../src/reports/layout.ts';
import type { ReportDocument as Layout } from '../../src/reports/model.ts';
import { AppendixDataResponse, OrganisationComparisonResponse, ReportDocument, TermComparisonResponse } from '../../src/server/schemas/report.schemas.ts';
import { buildWebApp, chromiumMissing, logIn, screenshot, startHarness } from './web-harness.ts';
import type { Harness } from './web-harness.ts';

const XIV = 'Tỉnh Lai Châu, nhiệm kỳ XIV (2020-2025)';
const MID_TERM = 'Ước thực hiện giai đoạn 2021-2023';
const END_TERM = 'Ước thực hiện giai đoạn 2020-2025';
const GRDP = 'Tốc độ tăng trưởng GRDP';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const missing = chromiumMissing();

if (missing !== null && process.env.CI === 'true') {
  test('Chromium is required for the browser tests when CI=true', () => assert.fail(missing));
}

/** Chooses `option` in the antd select labelled `label`, retrying while the dropdown animates. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const select = page.locator('label.field').filter({ has: page.locator('xpath=./span').getByText(label, { exact: true }) }).locator('.ant-select');
  for (let attempt = 0; attempt < 3 && !((await select.textContent()) ?? '').includes(option); attempt += 1) {
    const input = page.getByLabel(label, { exact: true });
    await input.click();
    // Only this select's options: another select's dropdown may still be fading out with the same titles.
    const list = await input.getAttribute('aria-controls');
    const own = list === null ? '' : `[id^="${list}_"]`;
    await page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option${own}[title="${option}"]`).click();
    await page.waitForTimeout(200);
  }
  assert.match((await select.textContent()) ?? '', new RegExp(option.replace(/[()]/g, '\\$&')));
}

/** The report's data (`format=json`): the page's own JSON link, fetched with the page's cookies. */
async function previewData(page: Page): Promise<unknown> {
  const href = await page.getByTestId('download-json').getAttribute('href');
  assert.ok(href !== null && href.includes('format=json'), `the JSON link: ${href}`);
  const response = await page.request.get(new URL(href, page.url()).toString());
  assert.equal(response.status(), 200);
  return response.json();
}

/** Records the report layouts (`format=layout`) a page asks the server for, by address. */
function watchLayouts(page: Page): Set<string> {
  const asked = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.searchParams.get('format') === 'layout') asked.add(`${url.pathname}${url.search}`);
  });
  return asked;
}

/** The layout the preview shows: the chosen report's address with format=layout — which the page must have asked for —, fetched with the page's cookies. */
async function previewLayout(page: Page, asked: ReadonlySet<string>): Promise<Layout> {
  const href = await page.getByTestId('download-json').getAttribute('href');
  assert.ok(href !== null && href.includes('format=json'), `the JSON link: ${href}`);
  const address = href.replace('format=json', 'format=layout');
  assert.ok(asked.has(address), `the page asked for ${address} (it asked for ${[...asked].join(', ')})`);
  const response = await page.request.get(new URL(address, page.url()).toString());
  assert.equal(response.status(), 200);
  return ReportDocument.parse(await response.json());
}

/** The cell texts of every body row of the preview's tables; the words read out on a highlighted row left out. */
async function previewRows(page: Page): Promise<string[][]> {
  return page.locator('.report-table tbody tr.report-row').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].map((cell) => {
      const copy = cell.cloneNode(true) as typeof cell;
      for (const hidden of copy.querySelectorAll('.report-visually-hidden')) hidden.remove();
      return (copy.textContent ?? '').trim();
    })));
}

/** The header cells of the preview's first table, row by row. */
async function previewHeaders(page: Page): Promise<string[][]> {
  return page.locator('.report-table').first().locator('thead tr').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('th')].map((cell) => (cell.textContent ?? '').trim()).filter((text) => text !== '')));
}

/** The cell texts of every body row of a layout's tables, as the XLSX, DOCX and PDF writers draw that document. */
function layoutRows(layout: Layout): string[][] {
  return layout.tables.flatMap((table) => {
    const { leaves } = tableLayout(table);
    return table.rows.map((row) => rowSegments(row, leaves).map((segment) => segment.text.trim()));
  });
}

/** The header rows of a layout's first table, as the writers draw them. */
function layoutHeaders(layout: Layout): string[][] {
  const [table] = layout.tables;
  assert.ok(table);
  return tableLayout(table).headerRows.map((row) => row.map((cell) => cell.text));
}

/** Entries of the layout's tables: items and components. */
const entries = (layout: Layout): number => layout.tables.flatMap((table) => table.rows).filter((row) => row.kind === 'item' || row.kind === 'component').length;

describe('reports page in Chromium', { skip: missing === null ? false : `skipped: ${missing}` }, () => {
  let harness: Harness;
  let context: BrowserContext;
  let page: Page;
  let asked: Set<string>;

  before(async () => {
    buildWebApp();
    harness = await startHarness();
    context = await harness.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
    page = await context.newPage();
    asked = watchLayouts(page);
  });
  after(async () => {
    await harness?.close();
  });

  test('the secretariat previews the XIV appendix as of the mid-term, every row of the API\'s layout as the files draw it', async () => {
    await page.goto(harness.server.url);
    await logIn(page, 'thuky', 'thuky-demo');
    await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await page.getByRole('heading', { name: 'Báo cáo', level: 1 }).waitFor();
    await choose(page, 'Nhiệm kỳ', XIV);
    await choose(page, 'Số liệu kỳ', MID_TERM);
    const grdpRow = page.locator('.report-table tr.report-row').filter({ has: page.getByRole('cell', { name: GRDP, exact: true }) });
    await grdpRow.waitFor();
    await page.locator('.report-table').getByRole('columnheader', { name: MID_TERM }).waitFor();

    const layout = await previewLayout(page, asked);
    const data = AppendixDataResponse.parse(await previewData(page));
    assert.deepEqual(data.periods.map((period) => period.label), [MID_TERM]);
    const grdp = data.groups.flatMap((group) => group.indicators).find((indicator) => indicator.name === GRDP)?.results[0];
    assert.ok(grdp && grdp.value !== null && grdp.status !== null && grdp.percentOfTarget !== null);
    // The seed's Phụ lục 3 says 3,91 and Chưa đạt; the API must say so too, and the page must show the API's figures.
    assert.deepEqual([grdp.value, grdp.status], [3.91, 'not_yet']);
    const cells = (await grdpRow.getByRole('cell').allTextContents()).map((text) => text.trim());
    assert.deepEqual(cells.slice(1), [
      GRDP, '%', '9-10',
      formatVnNumber(grdp.value, { decimals: grdp.decimals, minDecimals: grdp.decimals }),
      `${formatVnNumber(grdp.percentOfTarget, { decimals: 1, minDecimals: 1 })}%`,
      STATUS_WORD[grdp.status],
    ]);
    assert.deepEqual(cells.slice(4), ['3,91', '43,4%', 'Chưa đạt']);
    await grdpRow.locator('.ant-tag').filter({ hasText: 'Chưa đạt' }).waitFor();

    // The title, every header and every row — group rows included — say what the layout says.
    const heading = (await page.locator('.report-heading p').allTextContents()).map((text) => text.trim());
    assert.deepEqual(heading, [layout.kindLine, ...layout.title, layout.subtitle].filter((line) => line !== null));
    assert.deepEqual(await previewHeaders(page), layoutHeaders(layout));
    assert.deepEqual(await previewRows(page), layoutRows(layout));
    assert.ok(layout.tables[0]?.rows.some((row) => row.kind === 'group') && layout.tables[0].rows.some((row) => row.kind === 'component'));
    assert.equal(await page.locator('.report-table tr.report-row-component td.report-indent').count(), layout.tables[0]?.rows.filter((row) => row.kind === 'component').length);
    assert.equal(await page.getByTestId('report-row-count').textContent(), `${entries(layout)} chỉ tiêu`);
    assert.equal(entries(layout), data.groups.reduce((sum, group) => sum + group.indicators.length, 0));
    assert.ok(layout.notes.length > 0, 'the demo report contradicts itself somewhere');
    const notes = await page.getByTestId('report-notes').locator('li').allTextContents();
    assert.deepEqual(notes, layout.notes);
    await screenshot(page, 'reports-appendix');
  });

  test('the XLSX and the PDF download through the page\'s links', async () => {
    const signatures = { xlsx: ['PK\x03\x04', XLSX_TYPE], pdf: ['%PDF-', 'application/pdf'] } as const;
    for (const [format, [signature, contentType]] of Object.entries(signatures)) {
      const link = page.getByTestId(`download-${format}`);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      // Playwright does not surface a download's response headers: the link's address, asked with the page's cookies, gives them.
      const href = await link.getAttribute('href');
      assert.ok(href !== null);
      const answer = await page.request.get(new URL(href, page.url()).toString());
      assert.equal(answer.headers()['content-type'], contentType);
      assert.equal(download.suggestedFilename(), `phu-luc-ket-qua-chi-tieu-2023.${format}`);
      const path = await download.path();
      const bytes = readFileSync(path);
      assert.equal(bytes.subarray(0, signature.length).toString('latin1'), signature, format);
      assert.ok(bytes.length > 1000, `${format}: ${bytes.length} bytes`);
      if (format === 'xlsx') {
        // The workbook holds GRDP growth's figure as a number in its row.
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
        const rows: unknown[][] = [];
        workbook.worksheets[0]?.eachRow((row) => rows.push(Array.isArray(row.values) ? row.values : []));
        assert.ok(rows.some((values) => values.includes(GRDP) && values.includes(3.91)), 'a row with GRDP growth and 3.91');
      }
    }
  });

  test('the summary, chosen with the keyboard, shows the layout\'s paragraphs, the at-risk list as bullets', async () => {
    await page.getByRole('radio', { name: 'Phụ lục kết quả thực hiện chỉ tiêu' }).focus();
    await page.keyboard.press('ArrowRight');
    const paragraphs = page.getByTestId('report-paragraphs');
    await paragraphs.waitFor();
    assert.ok(page.url().includes('report=summary'), 'the choice is kept in the address');
    // With the term's end as a second period: its at-risk list.
    await choose(page, 'Kỳ thứ hai (không bắt buộc)', END_TERM);
    await paragraphs.locator('li').first().waitFor();
    const layout = await previewLayout(page, asked);
    assert.deepEqual((await paragraphs.locator('p, li').allTextContents()).map((text) => text.trim()), layout.paragraphs.map((paragraph) => paragraph.text));
    const listed = layout.paragraphs.filter((paragraph) => paragraph.style === 'list').length;
    assert.ok(listed > 0, 'indicators at risk by the term\'s end');
    assert.equal(await paragraphs.locator('ul.report-list > li').count(), listed);
    assert.deepEqual(layout.paragraphs.filter((paragraph) => paragraph.style === 'heading').map((paragraph) => paragraph.text), [MID_TERM, END_TERM]);
    assert.match(layout.paragraphs[1]?.text ?? '', /đề ra 04 nhóm chỉ tiêu chủ yếu, 11 chỉ tiêu cụ thể và 54 chỉ tiêu thành phần/);
    assert.deepEqual(await previewRows(page), layoutRows(layout));
    assert.equal(await page.getByTestId('download-docx').getAttribute('href'), (await page.getByTestId('download-json').getAttribute('href'))?.replace('format=json', 'format=docx'));
    await screenshot(page, 'reports-summary');
  });

  test('the term comparison shows the linked indicators, changed targets shaded', async () => {
    await page.locator('label.ant-radio-button-wrapper').filter({ hasText: 'So sánh qua các nhiệm kỳ' }).click();
    await page.locator('.report-preview[data-name="compare-terms"]').waitFor();
    await page.locator('.report-table').getByRole('columnheader', { name: /Mục tiêu nhiệm kỳ/ }).first().waitFor();
    const layout = await previewLayout(page, asked);
    const data = TermComparisonResponse.parse(await previewData(page));
    assert.deepEqual([data.previousTerm.congress, data.currentTerm.congress], ['XIV', 'XV']);
    assert.equal(entries(layout), data.rows.length);
    assert.deepEqual(await previewHeaders(page), layoutHeaders(layout));
    assert.deepEqual(await previewRows(page), layoutRows(layout));
    const highlighted = layout.tables[0]?.rows.filter((row) => row.highlight === true).length ?? 0;
    assert.ok(highlighted > 0, 'a target changed between the terms');
    assert.equal(await page.locator('.report-table tr.report-row-highlight').count(), highlighted);
    assert.equal(highlighted, data.rows.filter((row) => row.changed).length);
    // Each shaded row says so to a screen reader, once.
    assert.equal(await page.locator('.report-table tr.report-row-highlight .report-visually-hidden').count(), highlighted);
    const forest = data.rows.find((row) => row.name.startsWith('Tỷ lệ che phủ rừng'));
    assert.ok(forest, 'forest cover is linked from XIV to XV');
    const forestCells = (await page.locator('.report-table tr.report-row-item').filter({ hasText: forest.name }).first().getByRole('cell').allTextContents()).map((text) => text.trim());
    assert.equal(forestCells[3], forest.previousTargetText);
    assert.equal(forestCells[6], forest.currentTargetText);
    await screenshot(page, 'reports-compare');
  });

  test('a failed preview says so and offers no download; too few provinces ask for more', async () => {
    const failing = await context.newPage();
    await failing.route((url) => url.pathname.endsWith('/reports/appendix') && url.searchParams.get('format') === 'layout', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'Máy chủ đang bận.', details: {} } }) }));
    await failing.goto(`${harness.server.url}/reports`);
    await failing.getByRole('alert').filter({ hasText: 'Máy chủ đang bận.' }).waitFor();
    await failing.getByRole('button', { name: 'Thử lại' }).waitFor();
    assert.equal(await failing.getByTestId('download-xlsx').getAttribute('href'), null, 'no link while the report fails');
    await failing.goto(`${harness.server.url}/reports?report=compare-orgs`);
    // The secretariat of one province reads no other province: nothing is compared by default.
    await failing.getByText('Chọn ít nhất hai nhiệm kỳ (thường của hai tỉnh) để so sánh.').waitFor();
    assert.equal(await failing.getByTestId('download-pdf').getAttribute('href'), null);
    await failing.close();
  });

  test('the national reader compares Lai Châu and Điện Biên, both as of 2020', async () => {
    const national = await context.browser()?.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    assert.ok(national);
    const reader = await national.newPage();
    await reader.goto(`${harness.server.url}/reports?report=compare-orgs`);
    await logIn(reader, 'tonghop', 'tonghop-demo');
    const readerAsked = watchLayouts(reader);
    await reader.locator('.report-preview[data-name="compare-orgs"]').waitFor();
    const chosen = await reader.getByTestId('report-org-terms').locator('.ant-select-selection-item').allTextContents();
    assert.deepEqual(chosen.toSorted(), ['Tỉnh Lai Châu, nhiệm kỳ XIV (2020-2025)', 'Tỉnh Điện Biên, nhiệm kỳ XIV (2020-2025)'].toSorted());
    for (const province of ['Tỉnh Lai Châu', 'Tỉnh Điện Biên']) {
      await choose(reader, `Số liệu của ${province}, nhiệm kỳ XIV (2020-2025)`, 'Năm 2020 (cuối nhiệm kỳ 2015-2020)');
    }
    await reader.locator('.report-subtitle').filter({ hasText: '(Số liệu: Năm 2020 (cuối nhiệm kỳ 2015-2020))' }).waitFor();
    const data = OrganisationComparisonResponse.parse(await previewData(reader));
    assert.deepEqual(data.organisations.map((o) => o.name).toSorted(), ['Tỉnh Lai Châu', 'Tỉnh Điện Biên'].toSorted());
    for (const organisation of data.organisations) {
      await reader.locator('.report-table').getByRole('columnheader', { name: `${organisation.name}, nhiệm kỳ 2020-2025` }).waitFor();
    }
    const layout = await previewLayout(reader, readerAsked);
    assert.equal(layout.subtitle, '(Số liệu: Năm 2020 (cuối nhiệm kỳ 2015-2020))');
    assert.ok(data.rows.length > 0);
    assert.equal(entries(layout), data.rows.length);
    assert.deepEqual(await previewHeaders(reader), layoutHeaders(layout));
    assert.deepEqual(await previewRows(reader), layoutRows(layout));
    const growth = reader.locator('.report-table tr.report-row').filter({ has: reader.getByRole('cell', { name: GRDP, exact: true }) });
    assert.equal(await growth.locator('.ant-tag').count(), 2, 'an evaluation for each province');
    await screenshot(reader, 'reports-compare-orgs');
    await national.close();
  });
});
