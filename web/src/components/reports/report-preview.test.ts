/**
 * The generic report preview rendered with react-dom/server from a hand-made laid-out
 * document that is none of the app's reports (a task report's shape, with a subtotal): title
 * lines, paragraphs with a bulleted list, grouped headers, a group row across the table, an
 * indented component, a shaded row, figures and status tags, notes.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import React, { createElement } from 'react';
import type { FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReportLayout } from '../../api/reports.ts';
import { I18nProvider } from '../../i18n/i18n-context.tsx';

/** ReportPreview's props (report-preview.tsx), restated: see the import below. */
interface ReportPreviewProps {
  document: ReportLayout;
  caption: string;
  countLabel?: (count: number) => string;
  highlight?: { legend: string; row: string };
  name?: string;
}

// The preview draws its tables with antd, whose `antd/es/*` paths the tests' typecheck
// (web/tsconfig.node.json, NodeNext resolution) cannot resolve; the web's own typecheck covers
// the component, and tsx runs it here. So it is imported by a name the typecheck does not follow.
const PREVIEW_MODULE = './report-preview.tsx';
const { ReportPreview } = (await import(PREVIEW_MODULE)) as { ReportPreview: FunctionComponent<ReportPreviewProps> };

const DOCUMENT: ReportLayout = {
  fileStem: 'bao-cao-nhiem-vu-2025',
  header: { layout: 'state', parentIssuer: 'UBND TỈNH MẪU', issuer: 'VĂN PHÒNG', number: null, place: 'Mẫu', date: '2025-03-01' },
  kindLine: 'BÁO CÁO',
  title: ['TÌNH HÌNH THỰC HIỆN NHIỆM VỤ', 'KẾ HOẠCH SỐ 01/KH-UBND'],
  subtitle: '(Số liệu đến ngày 01/03/2025)',
  paragraphs: [
    { text: 'Kết quả chung', style: 'heading' },
    { text: 'Kế hoạch giao 3 nhiệm vụ.' },
    { text: 'Nhiệm vụ A', style: 'list' },
    { text: 'Nhiệm vụ B', style: 'list' },
    { text: 'Đề nghị các đơn vị khẩn trương.', style: 'body' },
  ],
  tables: [{
    caption: 'Bảng 1',
    columns: [
      { key: 'no', title: 'TT', width: 5, align: 'center' },
      { key: 'task', title: 'Nhiệm vụ', width: 40, align: 'left' },
      { title: 'Tiến độ', columns: [{ key: 'done', title: 'Đã làm', width: 8, align: 'right' }, { key: 'share', title: 'Tỷ lệ', width: 8, align: 'right' }] },
      { key: 'eval', title: 'Đánh giá', width: 10, align: 'center' },
    ],
    rows: [
      { kind: 'group', cells: { no: { kind: 'text', text: 'I' }, task: { kind: 'text', text: 'Nhóm kinh tế' } } },
      { kind: 'item', cells: { no: { kind: 'text', text: '1' }, task: { kind: 'text', text: 'Xây cầu' }, done: { kind: 'number', value: 1234.5, decimals: 1 }, share: { kind: 'percent', value: 73.1, decimals: 1 }, eval: { kind: 'status', status: 'at_risk', word: 'Khó đạt' } }, highlight: true },
      { kind: 'component', cells: { task: { kind: 'text', text: 'Giải phóng mặt bằng' }, share: { kind: 'empty' } } },
      { kind: 'subtotal', cells: { task: { kind: 'text', text: 'Cộng' }, done: { kind: 'number', value: 2, decimals: 0 } } },
    ],
  }],
  notes: ['Ghi chú: số liệu tạm tính.'],
  orientation: 'landscape',
};

describe('the report preview renders any laid-out document', () => {
  // The test runner compiles the web's .tsx with the classic JSX runtime (React.createElement).
  Object.assign(globalThis, { React });
  const render = (props: Partial<ReportPreviewProps> = {}): string =>
    renderToStaticMarkup(createElement(I18nProvider, null, createElement(ReportPreview, { document: DOCUMENT, caption: 'Xem trước', ...props })));
  const texts = (html: string, pattern: RegExp): string[] => [...html.matchAll(pattern)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));

  test('title lines, subtitle, paragraphs with the list as bullets, notes', () => {
    const html = render();
    assert.deepEqual(texts(html, /<p class="report-(?:kind|title)-line">(.*?)<\/p>/g), ['BÁO CÁO', 'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ', 'KẾ HOẠCH SỐ 01/KH-UBND']);
    assert.match(html, /<p class="report-subtitle">\(Số liệu đến ngày 01\/03\/2025\)<\/p>/);
    assert.match(html, /<p class="report-paragraph report-paragraph-heading">Kết quả chung<\/p><p class="report-paragraph report-paragraph-body">Kế hoạch giao 3 nhiệm vụ.<\/p><ul class="report-list"><li>Nhiệm vụ A<\/li><li>Nhiệm vụ B<\/li><\/ul><p class="report-paragraph report-paragraph-body">Đề nghị/);
    assert.match(html, /<h2 class="report-section-title">Bảng 1<\/h2>/);
    assert.match(html, /data-testid="report-notes".*<li>Ghi chú: số liệu tạm tính.<\/li>/);
  });

  test('grouped headers, a group row across the table, figures, a status tag, indented component, bold subtotal, shaded row', () => {
    const html = render({ highlight: { legend: 'Dòng tô màu: chậm tiến độ.', row: 'Chậm' } });
    const headers = texts(html, /<th[^>]*>(.*?)<\/th>/g).filter((t) => t !== '');
    assert.deepEqual(headers, ['TT', 'Nhiệm vụ', 'Tiến độ', 'Đánh giá', 'Đã làm', 'Tỷ lệ']);
    assert.match(html, /<th[^>]*colSpan="2"[^>]*>Tiến độ<\/th>/i);
    const group = /<tr[^>]*report-row-group[^>]*>(.*?)<\/tr>/.exec(html)?.[1] ?? '';
    assert.equal((group.match(/<td/g) ?? []).length, 2, 'the group row has two cells');
    assert.match(group, /<td[^>]*colSpan="4"[^>]*>Nhóm kinh tế<\/td>/i);
    const item = /<tr[^>]*report-row-item report-row-highlight[^>]*>(.*?)<\/tr>/.exec(html)?.[1] ?? '';
    assert.deepEqual(texts(item, /<td[^>]*>(.*?)<\/td>/g), ['1', 'Xây cầu (Chậm)', '1.234,5', '73,1%', 'Khó đạt']);
    assert.match(item, /class="ant-tag[^"]*"[^>]*>Khó đạt/);
    assert.match(html, /<tr[^>]*report-row-component[^>]*><td[^>]*><\/td><td[^>]*report-indent[^>]*>Giải phóng mặt bằng<\/td>/);
    assert.match(html, /<tr[^>]*report-row-subtotal/);
    assert.match(html, /data-testid="report-row-count">.*Dòng tô màu: chậm tiến độ.<\/span><\/p>/);
  });

  test('the count is the page\'s words; without them and without highlights no count line', () => {
    assert.match(render({ countLabel: (count) => `${count} nhiệm vụ` }), /data-testid="report-row-count">2 nhiệm vụ</);
    assert.doesNotMatch(render(), /report-row-count/);
    const empty = render({ document: { ...DOCUMENT, tables: [{ caption: null, columns: [], rows: [] }] } });
    assert.match(empty, /Bảng này chưa có dòng nào\./);
  });
});
