/**
 * Reading a written report back as text for tests: every PDF page (pdf.js), a DOCX's raw text
 * (mammoth), every XLSX cell (exceljs), each without white space so a wrapped cell still reads
 * as one string.
 */
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';

/** The PDF's text, all pages, without white space (a wrapped cell still reads as one string). */
export async function pdfText(body: Buffer): Promise<string> {
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

export async function docxText(body: Buffer): Promise<string> {
  return squeeze((await mammoth.extractRawText({ buffer: body })).value);
}

/** Every cell's text and value of every sheet. */
export async function xlsxText(body: Buffer): Promise<{ text: string; numbers: number[] }> {
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

export function squeeze(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, '');
}
