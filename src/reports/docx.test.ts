import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
// fflate comes with docx and pdfkit; a DOCX is a zip of XML parts.
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { writeDocx } from './docx.ts';
import type { ReportDocument } from './model.ts';
import { sampleDocument, SAMPLE_DOCUMENT_FACTS as FACTS } from './testing/sample-document.ts';

interface Unpacked {
  bytes: Buffer;
  part: (name: string) => string;
}

async function unpack(document: ReportDocument): Promise<Unpacked> {
  const bytes = await writeDocx(document);
  const files = unzipSync(new Uint8Array(bytes));
  return {
    bytes,
    part: (name) => {
      const file = files[name];
      assert.ok(file, `the package has ${name}`);
      return strFromU8(file);
    },
  };
}

/** The top-level tables of document.xml (the writer nests none) and their rows. */
function tables(xml: string): string[][] {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/gu) ?? []).map((table) => table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/gu) ?? []);
}

function cells(row: string): string[] {
  return row.match(/<w:tc>[\s\S]*?<\/w:tc>/gu) ?? [];
}

/** The text of an XML fragment, runs joined. */
function text(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');
}

describe('writeDocx', () => {
  let sample: Unpacked;
  let xml: string;
  before(async () => {
    sample = await unpack(sampleDocument());
    xml = sample.part('word/document.xml');
  });

  it('writes every text of the document, figures formatted the Vietnamese way', async () => {
    const { value } = await mammoth.extractRawText({ buffer: sample.bytes });
    for (const expected of [
      'ĐẢNG BỘ TỈNH MẪU', 'TỈNH ỦY', 'Số 12-BC/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Mẫu, ngày 03 tháng 11 năm 2023', 'PHỤ LỤC', FACTS.title,
      FACTS.firstIndicator, ...FACTS.diacriticNames, FACTS.number.text, FACTS.percent.text, 'Chưa đạt', 'Khó đạt', 'Theo lộ trình', FACTS.note,
    ]) assert.ok(value.includes(expected), `the text has "${expected}"`);
    assert.ok(!value.includes('1234.5') && !value.includes('73.1'), 'no English number formatting');
  });

  it('marks both header rows to repeat on every page and merges group and plain columns', () => {
    const [, table] = tables(xml);
    assert.ok(table, 'the header block table, then the report table');
    const header = table.filter((row) => row.includes('<w:tblHeader/>'));
    assert.equal(header.length, 2, 'two repeating header rows');
    assert.ok(table[0]?.includes('<w:tblHeader/>') && table[1]?.includes('<w:tblHeader/>'), 'the header rows come first');
    const [first = '', second = ''] = table;
    assert.equal((first.match(/<w:gridSpan w:val="3"\/>/gu) ?? []).length, 2, 'each period group spans three columns');
    assert.equal((first.match(/<w:vMerge w:val="restart"\/>/gu) ?? []).length, 4, 'TT, Chỉ tiêu, ĐVT, Mục tiêu start a vertical merge');
    assert.equal(cells(second).filter((cell) => /<w:vMerge(?: w:val="continue")?\/>/u.test(cell)).length, 4, 'and continue it in the second row');
    assert.deepEqual(cells(second).map(text).filter((t) => t !== ''), FACTS.leafTitles.slice(4));
    assert.equal(table.length, 2 + (sampleDocument().tables[0]?.rows.length ?? 0), 'one row per table row');
  });

  it('merges group rows after the TT column, right-aligns figures, shades highlighted rows, keeps rows whole', () => {
    const [, table = []] = tables(xml);
    const group = table.find((row) => text(row).includes('Các chỉ tiêu về kinh tế')) ?? '';
    assert.match(group, /<w:gridSpan w:val="9"\/>/u);
    assert.match(group, /<w:b\/>/u, 'group rows are bold');
    assert.match(group, /<w:keepNext\/>/u, 'a group heading stays with the row after it');
    const gdp = table.find((row) => text(row).includes('GRDP bình quân đầu người')) ?? '';
    const figure = cells(gdp).find((cell) => text(cell) === FACTS.percent.text) ?? '';
    assert.match(figure, /<w:jc w:val="right"\/>/u);
    const forest = table.find((row) => text(row).includes('Tỷ lệ che phủ rừng')) ?? '';
    assert.match(forest, /w:fill="FFF2CC"/u);
    assert.ok(table.slice(2).every((row) => row.includes('<w:cantSplit/>')));
  });

  it('sets A4 landscape with the Decree 30 margins, Times New Roman 13 pt and a page number field', () => {
    assert.ok(xml.includes('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'), 'A4 landscape');
    assert.ok(xml.includes('<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"'), 'margins 20, 15, 20, 30 mm');
    const styles = sample.part('word/styles.xml');
    assert.match(styles, /w:ascii="Times New Roman"/u);
    assert.match(styles, /<w:sz w:val="26"\/>/u);
    const footerName = Object.keys(unzipSync(new Uint8Array(sample.bytes))).find((name) => /^word\/footer\d*\.xml$/u.test(name)) ?? '';
    const footer = sample.part(footerName);
    assert.match(footer, /PAGE/u);
    assert.match(footer, /NUMPAGES/u);
  });

  it('lays out the State header with the national name and motto, and portrait pages', async () => {
    const base = sampleDocument();
    const state = await unpack({
      ...base,
      orientation: 'portrait',
      header: { layout: 'state', parentIssuer: 'UBND TỈNH MẪU', issuer: 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ', number: null, place: 'Mẫu', date: '2024-02-05' },
    });
    const doc = state.part('word/document.xml');
    const [headerTable = []] = tables(doc);
    const headerText = headerTable.map(text).join('');
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: ...', 'Mẫu, ngày 05 tháng 02 năm 2024']) {
      assert.ok(headerText.includes(expected), expected);
    }
    assert.ok(!headerText.includes('ĐẢNG CỘNG SẢN'));
    const rules = (headerTable.join('').match(/<w:pBdr><w:bottom w:val="single"/gu) ?? []).length;
    assert.equal(rules, 2, 'a rule under the issuer and one under the motto');
    assert.ok(doc.includes('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>'), 'A4 portrait');
  });

  it('justifies body paragraphs with a first-line indent', () => {
    const paragraph = (xml.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*Bảng dưới đây[\s\S]*?<\/w:p>/u) ?? [''])[0];
    assert.match(paragraph, /<w:jc w:val="both"\/>/u);
    assert.match(paragraph, /w:firstLine="567"/u, '1 cm');
  });
});
