import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatVnNumber } from '../domain/vn-number.ts';
import { renderAppendix, renderOrganisationComparison, renderSummary, renderTermComparison, type RenderedReport } from './index.ts';
import { docxText, pdfText, squeeze, xlsxText } from './testing/read-back.ts';
import { sampleAppendixData, sampleOrganisationComparisonData, sampleTermComparisonData } from './testing/sample-data.ts';

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
