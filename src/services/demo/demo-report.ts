/**
 * The mid-term report's appendix as a document of the demo, so the dashboard can set the
 * report's own status words beside the computed ones (its `disagreements`). The table is
 * rebuilt from the data file's facts — names, units, targets, figures, status words — as
 * a TAB-separated table the document reader reads; none of the report's text is in it.
 */
import { createHash } from 'node:crypto';
import type { CleanLine } from '../../domain/document.ts';
import { createDocument } from '../../store/index.ts';
import type { Executor, WriteContext } from '../../store/index.ts';
import type { DemoTerm } from './demo-data.ts';

const MID = 'Ước thực hiện giai đoạn 2021 - 2023';
const END = 'Ước thực hiện giai đoạn 2020 - 2025';
const HEADER = ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu Nghị quyết Đại hội', `${MID}: Kết quả đạt được`, `${MID}: Đánh giá`, `${END}: Kết quả đạt được`, `${END}: Đánh giá`];

/** The appendix lines: a title, the header, one row per component indicator. */
export function appendixLines(term: DemoTerm): CleanLine[] {
  const texts = ['PHỤ LỤC: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU (DỮ LIỆU MẪU)', '', HEADER.join('\t')];
  for (const group of term.groups) {
    for (const indicator of group.indicators) {
      if (!('components' in indicator)) continue;
      for (const [index, c] of indicator.components.entries()) {
        const mid = c.values.mid;
        const end = c.values.end;
        texts.push([index === 0 ? indicator.code : '', c.name, c.unit ?? '', c.target, mid?.text ?? '', mid?.status ?? '', end?.text ?? '', end?.status ?? ''].join('\t'));
      }
    }
  }
  return texts.map((text, i) => ({ text, line: i + 1, endLine: i + 1 }));
}

/** Files the rebuilt appendix under the term as report 443-BC/TU of 03/11/2023. */
export async function storeDemoReport(db: Executor, ctx: WriteContext, ids: { id: string; organisationId: string; termId: string }, term: DemoTerm): Promise<void> {
  const lines = appendixLines(term);
  const text = lines.map((line) => line.text).join('\n');
  await createDocument(db, ctx, {
    id: ids.id, organisationId: ids.organisationId, termId: ids.termId,
    meta: {
      title: 'Kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội XIV (phụ lục, dữ liệu mẫu)', kind: 'report', issuer: 'TỈNH UỶ LAI CHÂU',
      number: '443-BC/TU', date: '2023-11-03', place: 'Lai Châu', term: { start: term.startYear, end: term.endYear },
    },
    originalName: 'phu-luc-ket-qua-chi-tieu-du-lieu-mau.txt', format: 'txt',
    sha256: createHash('sha256').update(text).digest('hex'), size: Buffer.byteLength(text), storageKey: null,
    lines, sections: [], footnotes: [], warnings: [],
  });
}
