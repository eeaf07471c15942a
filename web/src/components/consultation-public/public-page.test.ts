/**
 * The public page's parts rendered with react-dom/server: a published comment (its text
 * escaped, line breaks kept by CSS, the vocabulary's words, the group, the day in Vietnam
 * time, no contact) and the outline
 * (nested headings, the top sections open, "Góp ý" only while the consultation is open).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import React, { createElement } from 'react';
import type { FunctionComponent, ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { DraftSection, PublicCommentItem as Item, PublicConsultation } from '../../api/public-consultation.ts';
import { I18nProvider } from '../../i18n/i18n-context.tsx';

// The components use antd (the language switch), whose `antd/es/*` paths the tests'
// typecheck (NodeNext) cannot resolve; tsx runs them. So they are imported by names the
// typecheck does not follow (as report-preview.test.ts does).
const ITEM = './public-comment-item.tsx';
const OUTLINE = './draft-outline.tsx';
const CONTEXT = './public-page-context.tsx';
const { PublicCommentItem } = (await import(ITEM)) as { PublicCommentItem: FunctionComponent<{ item: Item }> };
const { DraftOutline } = (await import(OUTLINE)) as { DraftOutline: FunctionComponent<{ sections: readonly DraftSection[] }> };
const { PublicPageProvider } = (await import(CONTEXT)) as { PublicPageProvider: FunctionComponent<{ slug: string; consultation: PublicConsultation; children: ReactNode }> };
// The test runner compiles the web's .tsx with the classic JSX runtime (React.createElement).
Object.assign(globalThis, { React });

const render = (node: ReactNode): string => renderToStaticMarkup(createElement(I18nProvider, null, node));

const item: Item = {
  id: 'c1', target: { kind: 'draft' }, stance: 'disagree', text: '<script>alert("x")</script>\nDòng hai', reason: 'Chưa sát & chưa rõ', respondentType: 'business',
  localityName: 'Xã Bản Giang', organisation: 'Công ty Mẫu', channel: 'online', submittedAt: '2026-12-19T18:00:00.000Z', groupSize: 3,
};

const section = (id: string, level: number, label: string, title: string, text = ''): DraftSection => ({ id, level, label, title, text, path: [label] });

const consultation = (state: PublicConsultation['state']): PublicConsultation => ({
  id: 'k1', slug: 'du-thao', title: 'Lấy ý kiến dự thảo Báo cáo chính trị', organisationName: 'Tỉnh Mẫu', draftTitle: 'Dự thảo Báo cáo chính trị',
  opensAt: '2026-12-01T01:00:00.000Z', closesAt: '2026-12-20T10:00:00.000Z', closedAt: null, state,
  stateText: state === 'open' ? null : { vi: 'Đợt lấy ý kiến đã kết thúc lúc 17:00 ngày 20/12/2026 (giờ Việt Nam); không nhận thêm góp ý.', en: 'The consultation closed.' },
  verification: 'none',
  sections: [section('s1', 1, 'Phần thứ nhất', 'Đánh giá', 'Năm năm qua…\nDòng sau'), section('s2', 2, 'I', 'Kinh tế', 'Tăng trưởng khá'), section('s3', 1, 'Phần thứ hai', 'Mục tiêu')],
  indicators: [], localities: [],
  limits: { text: 5000, reason: 2000, name: 200, organisation: 300, email: 254, minFillSeconds: 3 },
  publishedByTarget: { 'section:s1': 12 },
});

describe('a published comment', () => {
  const html = render(createElement(PublicCommentItem, { item }));

  test('its text is escaped, never markup', () => {
    assert.ok(!html.includes('<script>'));
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\nDòng hai'));
    assert.ok(html.includes('Chưa sát &amp; chưa rõ'));
  });

  test('stance, respondent type, organisation, locality, group and day in Vietnam time', () => {
    assert.match(html, /class="pc-stance disagree">Không tán thành</);
    assert.ok(html.includes('(3 ý kiến giống nhau)'));
    assert.ok(html.includes('Doanh nghiệp · Công ty Mẫu · Xã Bản Giang · <time dateTime="2026-12-19T18:00:00.000Z">20/12/2026</time>'), html);
    assert.ok(html.includes('Báo cáo vi phạm'));
  });

  test('one comment alone says no group', () => {
    assert.ok(!render(createElement(PublicCommentItem, { item: { ...item, groupSize: 1 } })).includes('giống nhau'));
  });
});

describe('the outline', () => {
  const outline = (state: PublicConsultation['state']): string => {
    const data = consultation(state);
    return render(createElement(PublicPageProvider, { slug: data.slug, consultation: data, children: createElement(DraftOutline, { sections: data.sections }) }));
  };

  test('top sections open with their own text; the nested one is a closed h4', () => {
    const html = outline('open');
    assert.match(html, /<h3 class="pc-section-heading"><button type="button" class="pc-section-toggle" aria-expanded="true"[^>]*>.*Phần thứ nhất\. Đánh giá/);
    assert.ok(html.includes('<p class="pc-section-text">Năm năm qua…\nDòng sau</p>'));
    assert.match(html, /<h4 class="pc-section-heading"><button type="button" class="pc-section-toggle" aria-expanded="false"[^>]*>.*I\. Kinh tế/);
    assert.ok(!html.includes('Tăng trưởng khá'), 'a closed section\'s text is not rendered');
  });

  test('open: "Góp ý" per section, with the published count to see', () => {
    const html = outline('open');
    assert.ok(html.includes('aria-label="Góp ý cho Mục Phần thứ nhất. Đánh giá"'));
    assert.ok(html.includes('Xem ý kiến (12)'));
    assert.ok(html.includes('Chưa có ý kiến được công khai'));
  });

  test('closed: reading only', () => {
    const html = outline('closed');
    assert.ok(!html.includes('Góp ý cho'));
    assert.ok(html.includes('Xem ý kiến (12)'));
  });
});
