import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { appendixTable } from './appendix.ts';
import type { AppendixData, ReportTable, StatusCount } from './model.ts';
import { countsSentence, countWord, summaryDocument } from './summary.ts';
import { sampleAppendixData } from './testing/sample-data.ts';
import { STATUS_ORDER, STATUS_WORD, type StatusCode } from '../domain/vocabulary/index.ts';
import { must } from './testing/must.ts';

describe('summaryDocument', () => {
  test('portrait, the summary title, the appendix table reused, the disagreements as notes', () => {
    const data = sampleAppendixData();
    const doc = summaryDocument(data);
    assert.equal(doc.orientation, 'portrait');
    assert.equal(doc.kindLine, 'BÁO CÁO');
    assert.deepEqual(doc.title, ['TÓM TẮT KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', 'NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH MẪU LẦN THỨ XIV, NHIỆM KỲ 2020-2025']);
    assert.equal(doc.fileStem, 'bao-cao-tom-tat-ket-qua-chi-tieu-2023');
    assert.deepEqual(doc.tables, [appendixTable(data)]);
    assert.equal(doc.notes.length, data.disagreements.length);
  });

  test('per period: a heading, what the resolution set and the counts with two digits, then the at-risk list', () => {
    const doc = summaryDocument(sampleAppendixData());
    const [h1, p1, h2, p2, intro, ...list] = doc.paragraphs;
    assert.deepEqual(h1, { text: 'Ước thực hiện giai đoạn 2021-2023', style: 'heading' });
    assert.equal(p1?.style, 'body');
    assert.match(must(p1).text, /^Nghị quyết Đại hội Đảng bộ tỉnh Mẫu lần thứ XIV, nhiệm kỳ 2020-2025 đề ra 03 nhóm chỉ tiêu chủ yếu, 08 chỉ tiêu cụ thể và 04 chỉ tiêu thành phần\./);
    assert.match(must(p1).text, /có 01 chỉ tiêu vượt, 02 chỉ tiêu đạt, 06 chỉ tiêu chưa đạt, 02 chỉ tiêu chưa đánh giá được\.$/);
    assert.equal(h2?.text, 'Ước thực hiện giai đoạn 2020-2025');
    assert.match(must(p2).text, /ước thực hiện giai đoạn 2020-2025, có 04 chỉ tiêu vượt, 05 chỉ tiêu đạt, 02 chỉ tiêu khó đạt\.$/);
    assert.equal(intro?.style, 'body');
    assert.deepEqual(list, [
      { text: 'Tốc độ tăng trưởng GRDP bình quân: đạt 6,1% (mục tiêu 8-9%), Khó đạt.', style: 'list' },
      { text: 'Tỷ lệ chất thải rắn đô thị được thu gom, xử lý: đạt 88,0% (mục tiêu >90%), Khó đạt.', style: 'list' },
    ]);
  });

  test('a resolution without components, an at-risk item without figure or target', () => {
    const data = sampleAppendixData();
    const summary = must(data.summaries[1]);
    summary.components = 0;
    summary.atRisk = [{ name: 'Thu ngân sách', figure: null, targetText: null, statusWord: 'Không đạt' }];
    const texts = summaryDocument(data).paragraphs.map((p) => p.text);
    assert.ok(texts.some((t) => t.includes('đề ra 03 nhóm chỉ tiêu chủ yếu với 08 chỉ tiêu cụ thể.')));
    assert.equal(texts.at(-1), 'Thu ngân sách: chưa có số liệu, Không đạt.');
  });

  test('the counts the narrative states equal the status cells of the table, for any statuses (property)', () => {
    const statuses: (StatusCode | null)[] = [...STATUS_ORDER, null];
    const slots = sampleAppendixData().groups.flatMap((g) => g.indicators).length * 2;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...statuses), { minLength: slots, maxLength: slots }), (drawn) => {
        const data = withStatuses(sampleAppendixData(), drawn);
        const doc = summaryDocument(data);
        data.periods.forEach((period, i) => {
          const paragraph = doc.paragraphs.filter((p) => p.style === 'body' && p.text.includes(period.label.toLocaleLowerCase('vi')))[0];
          assert.ok(paragraph !== undefined, period.label);
          assert.deepEqual(narrativeCounts(paragraph.text), tableCounts(must(doc.tables[0]), i + 1));
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('countsSentence', () => {
  test('in the domain\'s status order, the unevaluated last; counts under ten with a leading zero', () => {
    const counts: StatusCount[] = [
      { status: null, word: 'Chưa đánh giá', count: 3 },
      { status: 'at_risk', word: 'Khó đạt', count: 6 },
      { status: 'exceeded', word: 'Vượt', count: 12 },
      { status: 'on_track', word: 'Theo lộ trình', count: 27 },
    ];
    assert.equal(countsSentence(counts), 'có 12 chỉ tiêu vượt, 27 chỉ tiêu theo lộ trình, 06 chỉ tiêu khó đạt, 03 chỉ tiêu chưa đánh giá được');
  });

  test('nothing evaluated, nothing at all, large counts', () => {
    assert.equal(countsSentence([{ status: null, word: 'Chưa đánh giá', count: 2 }]), 'có 02 chỉ tiêu chưa đánh giá được');
    assert.equal(countsSentence([]), 'chưa có chỉ tiêu nào được đánh giá');
    assert.equal(countsSentence([{ status: 'failed', word: 'Không đạt', count: 1234 }]), 'có 1.234 chỉ tiêu không đạt');
    assert.deepEqual([countWord(0), countWord(6), countWord(10), countWord(1000)], ['00', '06', '10', '1.000']);
  });
});

/** The sample data with `drawn` statuses on every result (in order), and summaries counted to match. */
function withStatuses(data: AppendixData, drawn: readonly (StatusCode | null)[]): AppendixData {
  let next = 0;
  const indicators = data.groups.flatMap((g) => g.indicators);
  const parentsWithoutFigures = new Set(indicators.filter((i) => i.results.every((r) => r.value === null && r.valueText === null)).map((i) => i.id));
  for (const indicator of indicators) {
    for (const result of indicator.results) {
      const status = drawn[next++] ?? null;
      if (parentsWithoutFigures.has(indicator.id) && indicators.some((i) => i.parentId === indicator.id)) continue;
      result.status = status;
      result.statusWord = status === null ? null : STATUS_WORD[status];
    }
  }
  data.summaries = data.summaries.map((summary, p) => {
    const counted = indicators.filter((i) => !parentsWithoutFigures.has(i.id) || !indicators.some((c) => c.parentId === i.id));
    const counts: StatusCount[] = [...STATUS_ORDER, null].map((status) => ({
      status,
      word: status === null ? 'Chưa đánh giá' : STATUS_WORD[status],
      count: counted.filter((i) => (i.results[p]?.status ?? null) === status).length,
    })).filter((c) => c.count > 0);
    return { ...summary, counts };
  });
  return data;
}

/** Reads "06 chỉ tiêu chưa đạt" back into counts by status word (lower case); "chưa đánh giá được" counts too. */
function narrativeCounts(text: string): Record<string, number> {
  const words = [...Object.values(STATUS_WORD).map((w) => w.toLocaleLowerCase('vi')), 'chưa đánh giá được'].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`([\\d.]+) chỉ tiêu (${words.join('|')})(?=[,.])`, 'gu');
  const out: Record<string, number> = {};
  for (const m of text.matchAll(pattern)) out[must(m[2])] = Number(must(m[1]).replaceAll('.', ''));
  return out;
}

/** Counts the status cells of period column `n` by word (lower case); an indicator row with an empty status is "chưa đánh giá được", except a parent whose figures are its components'. */
function tableCounts(table: ReportTable, n: number): Record<string, number> {
  const out: Record<string, number> = {};
  table.rows.forEach((row, i) => {
    if (row.kind === 'group') return;
    const cell = row.cells[`status_${n}`];
    let word: string;
    if (cell?.kind === 'status') word = cell.word.toLocaleLowerCase('vi');
    else {
      const result = row.cells[`result_${n}`];
      const parentOnly = table.rows[i + 1]?.kind === 'component' && row.kind === 'item' && (result === undefined || result.kind === 'empty');
      if (parentOnly) return;
      word = 'chưa đánh giá được';
    }
    out[word] = (out[word] ?? 0) + 1;
  });
  return out;
}
