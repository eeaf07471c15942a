import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { cleanText } from './clean-text.ts';
import { DocumentReadError, type DocumentReadErrorCode } from './errors.ts';
import { readMetadata } from './metadata.ts';
import { readOutline } from './outline.ts';
import { decodeText, linesOfPage, readDocumentFile } from './read-file.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const sample = (extension: string): string => join(EXAMPLES, `nghi-quyet-mau.${extension}`);

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'resolute-read-file-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, content: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** Asserts that reading rejects with a DocumentReadError of `code` and a one-line message. */
async function rejectsWith(read: Promise<unknown>, code: DocumentReadErrorCode): Promise<void> {
  await assert.rejects(read, (error: unknown) => {
    assert.ok(error instanceof DocumentReadError, `expected a DocumentReadError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.equal(error.message.includes('\n'), false, 'no stack trace or library dump in the message');
    return true;
  });
}

describe('readDocumentFile: text files', () => {
  test('reads UTF-8 and reports the size', async () => {
    const path = await fileWith('a.txt', 'Tỷ lệ che phủ rừng\n');
    assert.deepEqual(await readDocumentFile(path), { text: 'Tỷ lệ che phủ rừng\n', format: 'txt', bytes: 27 });
  });

  test('reads UTF-16 with a byte order mark, and drops a UTF-8 one', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Khó đạt', 'utf16le')]);
    assert.equal((await readDocumentFile(await fileWith('b.txt', utf16))).text, 'Khó đạt');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Vượt')]);
    assert.equal((await readDocumentFile(await fileWith('c.txt', bom))).text, 'Vượt');
  });

  test('reads bytes that are no UTF-8 as Windows-1258', () => {
    assert.equal(decodeText(Buffer.from([0x54, 0xea, 0x6e])), 'Tên');
  });
});

describe('readDocumentFile: DOCX and PDF', () => {
  test('reads the sample DOCX paragraph by paragraph', async () => {
    const file = await readDocumentFile(sample('docx'));
    assert.equal(file.format, 'docx');
    assert.ok(file.text.includes('\n(1) Tốc độ tăng trưởng GRDP bình quân đạt 8,5-9%/năm.\n'));
  });

  test('reads the sample PDF line by line, the header columns split by a tab', async () => {
    const file = await readDocumentFile(sample('pdf'));
    assert.equal(file.format, 'pdf');
    assert.ok(file.text.startsWith('TỈNH ỦY HÒA SƠN\tĐẢNG CỘNG SẢN VIỆT NAM\n'));
    assert.ok(file.text.includes('\n(1) Tốc độ tăng trưởng GRDP bình quân đạt 8,5-9%/năm.\n'));
  });

  test('goes by the content, not the name: a PDF called .txt is read as PDF', async () => {
    const copy = await fileWith('renamed.txt', await readFile(sample('pdf')));
    assert.equal((await readDocumentFile(copy)).format, 'pdf');
  });
});

describe('linesOfPage', () => {
  const glyph = (text: string, x: number, y: number, width = text.length * 6): { text: string; x: number; y: number; width: number; size: number } => ({ text, x, y, width, size: 12 });

  test('puts pieces on the same baseline on one line, a word gap as a space and a column gap as a tab', () => {
    const lines = linesOfPage([glyph('Hòa Sơn, ngày 20', 300, 800), glyph('TỈNH ỦY', 60, 800.5), glyph('HÒA SƠN', 108, 800), glyph('*', 90, 785)]);
    assert.deepEqual(lines, ['TỈNH ỦY HÒA SƠN\tHòa Sơn, ngày 20', '*']);
  });

  test('a gap wider than the usual line spacing makes an empty line', () => {
    const lines = linesOfPage([glyph('một', 60, 700), glyph('hai', 60, 685), glyph('ba', 60, 670), glyph('bốn', 60, 620)]);
    assert.deepEqual(lines, ['một', 'hai', 'ba', '', 'bốn']);
  });
});

describe('readDocumentFile: bad input', () => {
  test('a missing file', async () => {
    await rejectsWith(readDocumentFile(join(dir, 'missing.txt')), 'not_found');
  });

  test('an empty file, and a directory', async () => {
    await rejectsWith(readDocumentFile(await fileWith('empty.txt', '')), 'empty');
    await rejectsWith(readDocumentFile(dir), 'unsupported');
  });

  test('random bytes and a PNG picture are binary', async () => {
    const noise = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 73 + 11) % 256));
    await rejectsWith(readDocumentFile(await fileWith('noise.txt', noise)), 'binary');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    await rejectsWith(readDocumentFile(await fileWith('picture.docx', png)), 'binary');
  });

  test('an XLSX or plain ZIP, and an old .doc, are unsupported', async () => {
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('xl/workbook.xml xl/worksheets/sheet1.xml')]);
    await rejectsWith(readDocumentFile(await fileWith('table.xlsx', xlsx)), 'unsupported');
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]);
    await rejectsWith(readDocumentFile(await fileWith('old.doc', doc)), 'unsupported');
  });

  test('a damaged DOCX or PDF is corrupt', async () => {
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml is not really here')]);
    await rejectsWith(readDocumentFile(await fileWith('broken.docx', docx)), 'corrupt');
    await rejectsWith(readDocumentFile(await fileWith('broken.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer garbage')), 'corrupt');
  });

  test('a file over the limit is refused before it is read', async () => {
    const path = await fileWith('big.txt', 'Tỷ lệ hộ nghèo giảm bình quân 2%/năm.');
    await rejectsWith(readDocumentFile(path, { maxBytes: 10 }), 'too_large');
    const sparse = await fileWith('sparse.txt', '');
    await truncate(sparse, 50 * 1024 * 1024 + 1);
    await rejectsWith(readDocumentFile(sparse), 'too_large');
  });

  test('property: any bytes give text or a DocumentReadError, never another failure', async () => {
    const prefixes = [Buffer.alloc(0), Buffer.from('%PDF-1.4\n'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')])];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), fc.uint8Array({ minLength: 1, maxLength: 300 }), async (prefix, bytes) => {
        const path = await fileWith(`fuzz-${run++}.bin`, Buffer.concat([prefix, Buffer.from(bytes)]));
        try {
          const file = await readDocumentFile(path);
          assert.equal(typeof file.text, 'string');
        } catch (error) {
          assert.ok(error instanceof DocumentReadError, `unexpected ${String(error)}`);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the sample resolution in TXT, DOCX and PDF', () => {
  /** The target lines "(1) ..." to "(12) ..." after cleaning, with spaces normalised. */
  async function targetsOf(extension: string): Promise<string[]> {
    const { lines } = cleanText((await readDocumentFile(sample(extension))).text);
    return lines.filter((line) => /^\(\d+\)/.test(line.text)).map((line) => line.text.replace(/\s+/g, ' ').trim());
  }

  test('gives the same 12 target lines in every format', async () => {
    const fromText = await targetsOf('txt');
    assert.equal(fromText.length, 12);
    assert.equal(fromText[2], '(3) Thu ngân sách nhà nước trên địa bàn đến năm 2030 đạt khoảng 5.200 tỷ đồng.');
    assert.deepEqual(await targetsOf('docx'), fromText);
    assert.deepEqual(await targetsOf('pdf'), fromText, 'targets wrapped over two PDF lines and across a page break are rejoined');
  });

  test('gives the same metadata and outline labels in every format', async () => {
    const read = async (extension: string): Promise<unknown> => {
      const { lines } = cleanText((await readDocumentFile(sample(extension))).text);
      return { meta: readMetadata(lines), labels: readOutline(lines).map((section) => `${section.level} ${section.label}`) };
    };
    const fromText = await read('txt');
    assert.deepEqual(await read('docx'), fromText);
    assert.deepEqual(await read('pdf'), fromText);
  });

  test('drops the PDF\'s page numbers', async () => {
    const { warnings } = cleanText((await readDocumentFile(sample('pdf'))).text);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /^Đã bỏ 3 dòng số trang/u);
  });
});
