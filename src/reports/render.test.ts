import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { formatVnNumber } from '../domain/vn-number.ts';
import { renderAppendix, renderOrganisationComparison, renderSummary, renderTermComparison, type RenderedReport } from './index.ts';
import { sampleAppendixData, sampleOrganisationComparisonData, sampleTermComparisonData } from './testing/sample-data.ts';

/** The PDF's text, all pages, without white space (a wrapped cell still reads as one string). */
async function pdfText(body: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = pdfjs.getDocument({ data: new Uint8Array(body), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const doc = await loading.promise;
  try {
    let text = '';
    for (let number = 1; number <= doc.numPages; number++) {
      const content = await (await doc.getPage(number)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
    }
    return squeeze(text);
  } finally {
    await loading.destroy();
  }
}

async function docxText(body: Buffer): Promise<string> {
  return squeeze((await mammoth.extractRawText({ buffer: body })).value);
}

/** Every cell's text and value of every sheet. */
async function xlsxText(body: Buffer): Promise<{ text: string; numbers: number[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
  const texts: string[] = [];
  const numbers: number[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'number') numbers.push(cell.value);
      else if (typeof cell.value === 'string') texts.push(cell.value);
    }));
  }
  return { text: squeeze(texts.join('')), numbers };
}

function squeeze(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, '');
}

/** The figures and names every format must show for the sample appendix. */
function appendixExpectations(): { names: string[]; figures: { value: number; text: string }[] } {
  const data = sampleAppendixData();
  const indicators = data.groups.flatMap((group) => group.indicators);
  const figures = indicators.flatMap((indicator) => indicator.results)
    .filter((result) => result.value !== null)
    .map((result) => ({ value: result.value ?? 0, text: formatVnNumber(result.value ?? 0, { decimals: result.decimals, minDecimals: result.decimals }) }));
  return { names: [...data.groups.map((group) => group.name), ...indicators.map((indicator) => indicator.name)], figures };
}

function expectExtension(report: RenderedReport, extension: string): void {
  assert.ok(report.fileName.endsWith(`.${extension}`), report.fileName);
  assert.ok(report.body.length > 1000);
}

describe('the writers render every report kind (through index.ts)', () => {
  it('prints every indicator and figure of the appendix in PDF, DOCX and XLSX', async () => {
    const { names, figures } = appendixExpectations();
    const pdf = await renderAppendix(sampleAppendixData(), 'pdf');
    expectExtension(pdf, 'pdf');
    const docx = await renderAppendix(sampleAppendixData(), 'docx');
    const xlsx = await renderAppendix(sampleAppendixData(), 'xlsx');
    const [pdfAll, docxAll, xlsxAll] = [await pdfText(pdf.body), await docxText(docx.body), await xlsxText(xlsx.body)];
    for (const name of names) {
      assert.ok(pdfAll.includes(squeeze(name)), `PDF: ${name}`);
      assert.ok(docxAll.includes(squeeze(name)), `DOCX: ${name}`);
      assert.ok(xlsxAll.text.includes(squeeze(name)), `XLSX: ${name}`);
    }
    for (const figure of figures) {
      assert.ok(pdfAll.includes(figure.text), `PDF: ${figure.text}`);
      assert.ok(docxAll.includes(figure.text), `DOCX: ${figure.text}`);
      assert.ok(xlsxAll.numbers.includes(figure.value), `XLSX: ${figure.value} as a number`);
    }
  });

  it('writes the summary, the term comparison and the organisation comparison in every layout format', async () => {
    const renders = [
      (format: 'pdf' | 'docx' | 'xlsx') => renderSummary(sampleAppendixData(), format),
      (format: 'pdf' | 'docx' | 'xlsx') => renderTermComparison(sampleTermComparisonData(), format),
      (format: 'pdf' | 'docx' | 'xlsx') => renderOrganisationComparison(sampleOrganisationComparisonData(), format),
    ];
    for (const render of renders) {
      const pdf = await render('pdf');
      expectExtension(pdf, 'pdf');
      const text = await pdfText(pdf.body);
      assert.ok(text.includes(squeeze('ĐẢNG CỘNG SẢN VIỆT NAM')), pdf.fileName);
      assert.ok(text.includes(squeeze('GRDP bình quân đầu người')), pdf.fileName);
      expectExtension(await render('docx'), 'docx');
      expectExtension(await render('xlsx'), 'xlsx');
    }
  });
});
