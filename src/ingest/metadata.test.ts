import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CleanLine, DocumentMeta } from '../domain/document.ts';
import { cleanText } from './clean-text.ts';
import { readMetadata } from './metadata.ts';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const EXAMPLES = new URL('../../examples/', import.meta.url);

function metaOf(url: URL): DocumentMeta {
  return readMetadata(cleanText(readFileSync(url, 'utf8')).lines);
}

/** The metadata without the title, which the tests check by its start and end. */
function facts(meta: DocumentMeta): Omit<DocumentMeta, 'title'> {
  const { title: _title, ...rest } = meta;
  return rest;
}

function numbered(texts: readonly string[]): CleanLine[] {
  return texts.map((text, i) => ({ text, line: i + 1, endLine: i + 1 }));
}

describe('readMetadata on the seeds', () => {
  test('002: the Party header block of report 443-BC/TU', () => {
    const meta = metaOf(new URL('002_5820d9dead76922e.txt', SEEDS));
    assert.deepEqual(facts(meta), {
      kind: 'report', draftOf: null, issuer: 'TỈNH UỶ LAI CHÂU', number: '443-BC/TU',
      date: '2023-11-03', place: 'Lai Châu', term: { start: 2020, end: 2025 },
    });
    assert.ok(meta.title?.startsWith('Tình hình thực hiện Nghị quyết'));
    assert.ok(meta.title?.endsWith('thời gian tới'), 'the title\'s two lines are one');
  });

  test('000: a political report with no header: issuer from its subtitle, term of the Congress it goes to', () => {
    const meta = metaOf(new URL('000_d99e14e1def16ddb.txt', SEEDS));
    assert.deepEqual(facts(meta), {
      kind: 'political_report', draftOf: null, issuer: 'Ban Chấp hành Đảng bộ tỉnh khóa XIII', number: null,
      date: null, place: null, term: { start: 2020, end: 2025 },
    });
    assert.ok(meta.title?.startsWith('TĂNG CƯỜNG XÂY DỰNG ĐẢNG BỘ'));
  });

  test('001: a draft political report published for comment, term 2025-2030', () => {
    const meta = metaOf(new URL('001_02f8a9aa965cfe97.txt', SEEDS));
    assert.deepEqual(facts(meta), {
      kind: 'draft', draftOf: 'political_report', issuer: 'Ban Chấp hành Đảng bộ tỉnh khóa XIV', number: null,
      date: null, place: null, term: { start: 2025, end: 2030 },
    });
    assert.ok(meta.title?.endsWith('PHÁT TRIỂN XANH, NHANH, BỀN VỮNG'));
  });

  test('003: a plan whose issuer is named in its first paragraph', () => {
    const meta = metaOf(new URL('003_0f4b79719d295773.txt', SEEDS));
    assert.deepEqual(facts(meta), {
      kind: 'plan', draftOf: null, issuer: 'Đảng uỷ Văn phòng UBND tỉnh', number: null,
      date: null, place: null, term: { start: 2025, end: 2030 },
    });
    assert.ok(meta.title?.startsWith('Kế hoạch thực hiện Nghị quyết'));
  });

  test('004: another province\'s draft, term from the headline "nhiệm kỳ 2020- 2025"', () => {
    const meta = metaOf(new URL('004_e341ae35a8b646af.txt', SEEDS));
    assert.deepEqual(facts(meta), {
      kind: 'draft', draftOf: 'political_report', issuer: 'Ban Chấp hành Đảng bộ tỉnh', number: null,
      date: null, place: null, term: { start: 2020, end: 2025 },
    });
    assert.ok(meta.title?.endsWith('TỈNH ĐIỆN BIÊN PHÁT TRIỂN NHANH VÀ BỀN VỮNG'));
  });
});

describe('readMetadata on the samples and small inputs', () => {
  test('the sample resolution', () => {
    assert.deepEqual(metaOf(new URL('nghi-quyet-mau.txt', EXAMPLES)), {
      title: 'ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH HÒA SƠN LẦN THỨ XVI, NHIỆM KỲ 2025 - 2030', kind: 'resolution', draftOf: null,
      issuer: 'TỈNH ỦY HÒA SƠN', number: '05-NQ/TU', date: '2025-10-20', place: 'Hòa Sơn', term: { start: 2025, end: 2030 },
    });
  });

  test('the sample mid-term report', () => {
    const meta = metaOf(new URL('bao-cao-so-ket-mau.txt', EXAMPLES));
    assert.deepEqual([meta.kind, meta.number, meta.date, meta.term], ['report', '120-BC/TU', '2027-11-15', { start: 2025, end: 2030 }]);
  });

  test('a state header: superior body, issuing body, "Số:" number, date written with slashes', () => {
    const meta = readMetadata(numbered([
      'UBND TỈNH HÒA SƠN', 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'Số: 12/KH-SKHĐT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc', 'Hòa Sơn, ngày 05/3/2026', 'KẾ HOẠCH', 'Theo dõi các chỉ tiêu giai đoạn 2026-2030', '-----',
    ]));
    assert.deepEqual(meta, {
      title: 'Theo dõi các chỉ tiêu giai đoạn 2026-2030', kind: 'plan', draftOf: null, issuer: 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ',
      number: '12/KH-SKHĐT', date: '2026-03-05', place: 'Hòa Sơn', term: { start: 2026, end: 2030 },
    });
  });

  test('an unnumbered draft ("Số   -KH/ĐU") and a header set side by side with tabs', () => {
    const meta = readMetadata(numbered(['ĐẢNG ỦY XÃ AN BÌNH\tĐẢNG CỘNG SẢN VIỆT NAM', 'Số   -KH/ĐU\tAn Bình, ngày 31 tháng 12 năm 2025', 'DỰ THẢO', 'KẾ HOẠCH', 'thực hiện nghị quyết nhiệm kỳ 2025 - 2030']));
    assert.deepEqual(facts(meta), {
      kind: 'draft', draftOf: 'plan', issuer: 'ĐẢNG ỦY XÃ AN BÌNH', number: '-KH/ĐU',
      date: '2025-12-31', place: 'An Bình', term: { start: 2025, end: 2030 },
    });
    assert.equal(meta.title, 'Kế hoạch thực hiện nghị quyết nhiệm kỳ 2025 - 2030');
  });

  test('nothing to read gives nulls and kind "other"', () => {
    assert.deepEqual(readMetadata([]), { title: null, kind: 'other', draftOf: null, issuer: null, number: null, date: null, place: null, term: null });
  });
});
