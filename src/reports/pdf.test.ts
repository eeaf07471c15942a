import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { ReportDocument } from './model.ts';
import { writePdf } from './pdf.ts';
import { findPdfFonts } from './pdf-fonts.ts';
import { sampleDocument, SAMPLE_DOCUMENT_FACTS as FACTS } from './testing/sample-document.ts';

/** Where the render check leaves its PNG pages for a person to look at (git-ignored). */
const RENDER_DIR = join('test-results', 'reports');

/** The text of each page as pdf.js extracts it, pieces joined by a space. */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = pdfjs.getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const doc = await loading.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const content = await (await doc.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return pages;
  } finally {
    await loading.destroy();
  }
}

/** Without any white space: a cell's text wrapped over several lines still reads as one string. */
function squeeze(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, '');
}

describe('writePdf', () => {
  let pdf: Buffer;
  let pages: string[];
  before(async () => {
    pdf = await writePdf(sampleDocument());
    pages = await pageTexts(pdf);
  });

  it('writes a PDF that breaks the 70-row table over several pages', () => {
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(pages.length >= 3, `${pages.length} pages`);
  });

  it('extracts the Vietnamese text exactly: header block, title, every row name, numbers and statuses', () => {
    const all = squeeze(pages.join(' '));
    for (const expected of [
      'ĐẢNG BỘ TỈNH MẪU', 'TỈNH ỦY', 'Số 12-BC/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Mẫu, ngày 03 tháng 11 năm 2023', FACTS.title,
      ...FACTS.diacriticNames, FACTS.number.text, FACTS.percent.text, 'Chưa đạt', 'Khó đạt', 'Theo lộ trình', 'Hoàn thành', FACTS.note,
    ]) assert.ok(all.includes(squeeze(expected)), `the PDF text has "${expected}"`);
    for (const row of sampleDocument().tables[0]?.rows ?? []) {
      const name = row.cells.name;
      assert.ok(name?.kind === 'text');
      assert.ok(all.includes(squeeze(name.text)), `row "${name.text}" is printed`);
    }
    assert.ok(!all.includes('1234.5') && !all.includes('73.1%'), 'no English number formatting');
  });

  it('repeats the header rows at the top of every page the table runs over, and numbers the pages', () => {
    const tablePages = pages.filter((page) => squeeze(page).includes(squeeze('Tỷ lệ trường đạt chuẩn quốc gia')));
    assert.ok(tablePages.length >= 2);
    pages.forEach((page, i) => assert.ok(page.includes(`Trang ${i + 1}/${pages.length}`), `page ${i + 1} is numbered`));
    const second = squeeze(pages[1] ?? '');
    for (const title of [...FACTS.leafTitles, FACTS.groupTitle, 'Ước thực hiện giai đoạn 2020 - 2025']) {
      assert.ok(second.includes(squeeze(title)), `page 2 repeats the header "${title}"`);
    }
    assert.ok(second.indexOf(squeeze(FACTS.groupTitle)) < second.indexOf(squeeze('Tỷ lệ trường đạt chuẩn quốc gia')), 'the header comes before the rows');
  });

  it('keeps a group heading on the page of its first row', () => {
    for (const page of pages) {
      const squeezed = squeeze(page);
      for (const group of ['Các chỉ tiêu về xã hội', 'Các chỉ tiêu về môi trường', 'Các chỉ tiêu khác']) {
        if (!squeezed.includes(squeeze(group))) continue;
        const after = squeezed.slice(squeezed.indexOf(squeeze(group)) + squeeze(group).length);
        assert.ok(!after.startsWith(squeeze('Trang')), `"${group}" is not the last row of a page`);
      }
    }
  });

  it('lays out the State header and portrait pages', async () => {
    const document: ReportDocument = {
      ...sampleDocument(),
      orientation: 'portrait',
      header: { layout: 'state', parentIssuer: 'UBND TỈNH MẪU', issuer: 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ', number: '12/BC-SKHĐT', place: 'Mẫu', date: '2024-02-05' },
    };
    const bytes = await writePdf(document);
    const portrait = await pageTexts(bytes);
    const first = squeeze(portrait[0] ?? '');
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/BC-SKHĐT', 'Mẫu, ngày 05 tháng 02 năm 2024']) {
      assert.ok(first.includes(squeeze(expected)), expected);
    }
    const raw = portrait.join(' ');
    for (const figure of [FACTS.number.text, '102,9%', '104,2%']) assert.ok(raw.includes(figure), `"${figure}" is not broken over two lines on the narrow page`);
    const boxes = bytes.toString('latin1').match(/\/MediaBox \[[^\]]*\]/gu) ?? [];
    assert.equal(boxes.length, portrait.length);
    assert.ok(boxes.every((box) => box === '/MediaBox [0 0 595.28 841.89]'), 'A4 portrait');
    assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 841\.89 595\.28\]/u, 'the sample is A4 landscape');
  });

  it('writes a document without tables', async () => {
    const text = squeeze((await pageTexts(await writePdf({ ...sampleDocument(), tables: [] }))).join(' '));
    assert.ok(text.includes(squeeze(FACTS.note)));
    assert.ok(!text.includes(squeeze('Chỉ tiêu ĐVT')));
  });

  it('renders every page to PNG with pdftoppm for a person to look at', async (t) => {
    const probe = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' });
    if (probe.error !== undefined) {
      assert.notEqual(process.env.CI, 'true', 'pdftoppm (Debian poppler-utils) is required on CI for the render check');
      t.skip('pdftoppm not found: install Debian poppler-utils to render the PDF pages to PNG');
      return;
    }
    mkdirSync(RENDER_DIR, { recursive: true });
    for (const old of readdirSync(RENDER_DIR).filter((name) => name.startsWith('sample-appendix'))) rmSync(join(RENDER_DIR, old));
    const file = join(RENDER_DIR, 'sample-appendix.pdf');
    writeFileSync(file, pdf);
    const run = spawnSync('pdftoppm', ['-r', '80', '-png', file, join(RENDER_DIR, 'sample-appendix')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const pngs = readdirSync(RENDER_DIR).filter((name) => /^sample-appendix-\d+\.png$/u.test(name));
    assert.equal(pngs.length, pages.length, 'one PNG per page');
    for (const png of pngs) assert.ok(statSync(join(RENDER_DIR, png)).size > 5000, `${png} has content`);
  });

  it('uses a Times-compatible font with Vietnamese letters when the system has one', () => {
    const fonts = findPdfFonts();
    assert.ok(['Liberation Serif', 'Tinos', 'DejaVu Serif'].includes(fonts.family), fonts.family);
  });
});
