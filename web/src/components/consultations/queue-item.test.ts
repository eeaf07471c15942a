/**
 * One comment of the moderation queue rendered with react-dom/server: its text is escaped
 * (markup a commenter typed stays text, line breaks kept for the CSS), the contact is marked
 * private, the vocabulary's words are used, the group links to the group's queue, and the
 * actions the queue gives are placed in the card. (The buttons themselves are antd Buttons,
 * which do not render under the test runner; which ones a state offers is queue-model's test.)
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import React, { createElement } from 'react';
import type { FunctionComponent, ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { QueueItem } from '../../api/consultations.ts';
import { I18nProvider } from '../../i18n/i18n-context.tsx';

/** QueueItemCard's props (queue-item.tsx), restated: see the import below. */
interface QueueItemCardProps {
  item: QueueItem;
  consultationId: string;
  showingGroup: boolean;
  actions?: ReactNode;
}

// antd's `antd/es/*` paths do not resolve under the tests' typecheck (NodeNext); the web's own
// typecheck covers the component and tsx runs it here, so it is imported by a name not followed.
const CARD_MODULE = './queue-item.tsx';
const { QueueItemCard } = (await import(CARD_MODULE)) as { QueueItemCard: FunctionComponent<QueueItemCardProps> };

const ITEM: QueueItem = {
  id: 'c1', position: 4, target: { kind: 'section', sectionId: 's12', path: ['I'] }, targetLabel: 'I. Kết quả', stance: 'disagree',
  text: '<script>alert("x")</script>\nDòng hai & <b>đậm</b>', reason: 'Vì <img src=x onerror=alert(1)>', respondentType: 'citizen',
  localityId: 'x1', localityName: 'Xã Tả Lèng', organisation: null, channel: 'online', submittedAt: '2026-12-02T01:30:00.000Z',
  contact: { name: 'Nguyễn Văn A', email: 'a@example.vn', phone: null }, emailVerified: true,
  moderation: { state: 'new', reason: null, note: null }, spamSignal: 'too_fast', reportCount: 2,
  duplicateGroupId: 'g 7', duplicateMatch: 'near', groupSize: 3, version: 5,
};

describe('a comment of the moderation queue', () => {
  Object.assign(globalThis, { React });
  const render = (item: QueueItem, change: Partial<QueueItemCardProps> = {}): string => renderToStaticMarkup(createElement(I18nProvider, null, createElement(QueueItemCard, {
    item, consultationId: 'k1', showingGroup: false, ...change,
  })));

  test('what the commenter typed stays text: no element is made of it', () => {
    const html = render(ITEM);
    assert.doesNotMatch(html, /<script|<img|<b>/);
    assert.match(html, /<p class="queue-text">&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;\nDòng hai &amp; &lt;b&gt;đậm&lt;\/b&gt;<\/p>/);
    assert.match(html, /<p class="queue-text">Vì &lt;img src=x onerror=alert\(1\)&gt;<\/p>/);
  });

  test('the target, the vocabulary\'s words, the date in Vietnam time and the private contact', () => {
    const html = render(ITEM);
    assert.match(html, /<h3 id="comment-c1">I\. Kết quả<\/h3>/);
    for (const word of ['Không tán thành', 'Chờ duyệt', 'Người dân', 'Trực tuyến', 'Xã Tả Lèng', '02/12/2026 08:30', 'Bị báo cáo 2 lần']) assert.ok(html.includes(word), word);
    assert.match(html, /Liên hệ<\/span><span[^>]*class="ant-tag[^"]*private-tag[^"]*"[^>]*>Không công khai<\/span><span>Nguyễn Văn A<\/span><span>a@example.vn \(đã xác thực\)<\/span>/);
    assert.match(html, /Dấu hiệu thư rác: gửi quá nhanh sau khi mở biểu mẫu/);
  });

  test('the duplicate group links to the queue showing it whole', () => {
    assert.match(render(ITEM), /<a href="\/consultations\/k1\?tab=queue&amp;state=all&amp;group=g\+7">Nhóm trùng lặp: 3 ý kiến<\/a>/);
    assert.doesNotMatch(render(ITEM, { showingGroup: true }), /group=g/);
    assert.doesNotMatch(render({ ...ITEM, groupSize: 1 }), /Nhóm trùng lặp/);
  });

  test('a hidden comment says why, in the vocabulary\'s words, with the moderator\'s note', () => {
    const hidden = { ...ITEM, groupSize: 1, moderation: { state: 'hidden' as const, reason: 'personal_data' as const, note: 'có số điện thoại' } };
    const html = render(hidden);
    assert.match(html, /Đã ẩn/);
    assert.match(html, /Lý do ẩn: Chứa thông tin cá nhân<span class="queue-note"> — có số điện thoại<\/span>/);
  });

  test('the actions go at the end of the card, none when the queue gives none', () => {
    assert.match(render(ITEM, { actions: createElement('span', { id: 'actions' }) }), /<span id="actions"><\/span><\/article>/);
    assert.doesNotMatch(render(ITEM), /queue-actions|<button/);
  });

  test('a comment without contact shows no contact block', () => {
    assert.doesNotMatch(render({ ...ITEM, contact: { name: null, email: null, phone: null } }), /Không công khai/);
  });
});
