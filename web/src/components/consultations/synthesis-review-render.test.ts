/**
 * The synthesis, disposition and diff tabs' content rendered with react-dom/server from
 * hand-made API answers (our own invented draft): the counts and shares, the campaign sentence,
 * units with main points, the locality table; subjects grouped by unit with their dispositions
 * and editors' buttons only for the secretariat; the diff's insertions and deletions, the
 * collapsed unchanged sections and the links to the disposition tab. Comment text containing
 * markup must come out escaped everywhere.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import React, { createElement } from 'react';
import type { FunctionComponent, ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../../i18n/i18n-context.tsx';
import type { DispositionBoard } from './disposition-model.ts';
import type { VersionDiff } from './diff-model.ts';
import type { Synthesis, SynthesisUnit } from './synthesis-model.ts';

// These components draw with antd, whose `antd/es/*` paths the tests' typecheck (NodeNext
// resolution) cannot resolve; the web's own typecheck covers them, and tsx runs them here.
// So they are imported by names the typecheck does not follow.
const load = async <T>(path: string): Promise<T> => (await import(path)) as T;
const { SynthesisBody } = await load<{ SynthesisBody: FunctionComponent<{ synthesis: Synthesis }> }>('./synthesis-body.tsx');
const { SynthesisUnits } = await load<{ SynthesisUnits: FunctionComponent<{ units: readonly SynthesisUnit[]; openKeys?: readonly string[] }> }>('./synthesis-units.tsx');
const { DispositionBoardView } = await load<{ DispositionBoardView: FunctionComponent<{
  consultationId: string; board: DispositionBoard; canManage: boolean; pendingOnly: boolean; focus: string | null; onSaved: (text: string) => void;
}> }>('./disposition-board.tsx');
const { DiffBody } = await load<{ DiffBody: FunctionComponent<{ consultationId: string; diff: VersionDiff }> }>('./diff-body.tsx');
const { DiffText } = await load<{ DiffText: FunctionComponent<{ pieces: VersionDiff['changes'][number]['pieces']; initiallyWhole?: boolean }> }>('./diff-text.tsx');

// The test runner compiles the web's .tsx with the classic JSX runtime (React.createElement).
Object.assign(globalThis, { React });
const render = (element: ReactElement): string => renderToStaticMarkup(createElement(I18nProvider, null, element));
const HOSTILE = '<script>alert(1)</script>';

const counts = (total: number, agree: number, disagree: number, partly: number, comments = total) => ({
  total, comments, byStance: { agree, disagree, partly },
  byRespondentType: { party_member: 0, citizen: total - 2, business: 2, organisation: 0, other: 0 },
  byChannel: { online: total - 1, meeting: 1, paper: 0, import: 0 },
});
const tally = (agree: number, disagree = 0, partly = 0, unspecified = 0) => ({ agree, disagree, partly, unspecified });

const SECTION_I = { kind: 'section' as const, sectionId: 's1', label: 'I', title: 'Phát triển kinh tế', level: 1 };
const SECTION_I1 = { kind: 'section' as const, sectionId: 's2', label: '1.', title: 'Nông nghiệp', level: 2 };
const UNITS: SynthesisUnit[] = [
  { unit: { kind: 'draft' }, counts: counts(10, 6, 3, 1, 14), mainPoints: [], unclustered: 10 },
  { unit: SECTION_I, counts: counts(25, 2, 20, 3), mainPoints: [
    { clusterId: 'k1', representativeId: 'c9', size: 18, byStance: { agree: 0, disagree: 16, partly: 2 }, representativeText: `Đề nghị giữ chỉ tiêu 8%\n${HOSTILE}`, representativeReason: 'Chưa sát thực tế' },
  ], unclustered: 7 },
  { unit: SECTION_I1, counts: counts(4, 2, 2, 0), mainPoints: [], unclustered: 4 },
];
const SYNTHESIS = {
  consultation: {} as Synthesis['consultation'], state: 'closed', overall: counts(39, 5, 30, 4, 47),
  campaigns: { groups: 2, comments: 9 }, duplicateGroups: { groups: 3, comments: 11 }, units: UNITS,
  localities: [
    { localityId: 'p', name: 'Tỉnh Mẫu', level: 0, own: tally(1), total: tally(6, 2, 0, 10) },
    { localityId: 'x1', name: 'Xã Một', level: 1, own: tally(5, 2), total: tally(5, 2) },
  ],
  unplaced: tally(1, 1),
  discrepancies: [{ kind: 'area_tally_below_records', localityId: 'p', text: 'Số liệu tổng hợp của Tỉnh Mẫu ít hơn số ghi nhận ở các xã.' }],
} satisfies Synthesis;

describe('the synthesis', () => {
  const html = render(createElement(SynthesisBody, { synthesis: SYNTHESIS }));

  test('the totals: counted once per duplicate group, and every comment', () => {
    assert.match(html, /data-total="39"><span class="synthesis-tile-value">39</);
    assert.match(html, /data-comments="47"><span class="synthesis-tile-value">47</);
    assert.match(html, /nhóm ý kiến trùng lặp, gồm 11 ý kiến/);
  });

  test('by stance with shares written 12,8%, by respondent type and channel in the vocabulary\'s words', () => {
    assert.match(html, /<tr data-code="agree"><th scope="row">Tán thành<\/th><td class="num">5<\/td><td class="num synthesis-share">.*?<span>12,8%<\/span>/);
    assert.match(html, /<th scope="row">Không tán thành<\/th><td class="num">30<\/td>.*?76,9%/);
    assert.match(html, /<th scope="row">Người dân<\/th><td class="num">37<\/td>/);
    assert.match(html, /<th scope="row">Hội nghị, tọa đàm<\/th><td class="num">1<\/td>/);
  });

  test('the campaign sentence', () => {
    assert.match(html, /Có 9 ý kiến thuộc 2 nhóm ý kiến giống hệt nhau \(chiến dịch\)\./);
  });

  test('each unit a collapsed heading button with its count; sections below the top indented', () => {
    assert.match(html, /<h4 class="review-disclosure-heading"><button type="button" class="review-disclosure-button" aria-expanded="false"[^>]*>.*?Toàn văn dự thảo.*?10 ý kiến/);
    assert.match(html, /I\. Phát triển kinh tế.*?25 ý kiến.*?1 nội dung chủ yếu/);
    assert.match(html, /class="synthesis-unit depth-1" data-unit="section:s2"/);
    assert.doesNotMatch(html, /Đề nghị giữ chỉ tiêu/, 'main points are inside the collapsed block');
  });

  test('an open unit: its counts, its main points escaped with line breaks kept, the single comments left', () => {
    const open = render(createElement(SynthesisUnits, { units: UNITS, openKeys: ['section:s1'] }));
    assert.match(open, /aria-expanded="true"/);
    assert.match(open, /<p class="review-text">Đề nghị giữ chỉ tiêu 8%\n&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/p>/);
    assert.doesNotMatch(open, /<script>/);
    assert.match(open, /Lý do:<\/span> Chưa sát thực tế/);
    assert.match(open, /18 ý kiến<\/span><span>Không tán thành 16, Đồng ý một phần 2<\/span>/);
    assert.match(open, /Tán thành 2 \(8%\), Không tán thành 20 \(80%\), Đồng ý một phần 3 \(12%\)/);
    assert.match(open, /Ngoài ra có 7 ý kiến riêng lẻ khác\./);
  });

  test('the locality table: province, communes indented, no locality, total; then the discrepancies', () => {
    assert.match(html, /data-locality="p"><th scope="row" style="padding-inline-start:8px">Tỉnh Mẫu<\/th><td class="num">1<\/td><td class="num">18<\/td><td class="num">6<\/td><td class="num">2<\/td><td class="num">0<\/td><td class="num">10<\/td>/);
    assert.match(html, /data-locality="x1"><th scope="row" style="padding-inline-start:28px">Xã Một<\/th><td class="num">7<\/td><td class="num">7<\/td>/);
    assert.match(html, /data-locality="unplaced"><th scope="row"[^>]*>Không xác định địa bàn<\/th><td class="num">2<\/td><td class="num">2<\/td>/);
    assert.match(html, /data-locality="total"><th scope="row"[^>]*>Tổng cộng<\/th><td class="num">—<\/td><td class="num">20<\/td><td class="num">7<\/td><td class="num">3<\/td>/);
    assert.match(html, /Số liệu tổng hợp của Tỉnh Mẫu ít hơn số ghi nhận ở các xã\./);
  });

  test('nothing counted: one sentence instead of empty tables', () => {
    const empty = render(createElement(SynthesisBody, { synthesis: { ...SYNTHESIS, overall: counts(0, 0, 0, 0), units: [], localities: [], unplaced: tally(0), discrepancies: [] } }));
    assert.match(empty, /Chưa có ý kiến góp ý nào được công khai để tổng hợp\./);
    assert.doesNotMatch(empty, /<table/);
  });
});

const record = (kind: 'accepted' | 'explained' | 'not_accepted', note: string, changedSectionId: string | null = null) => ({
  kind, note, changedSectionId, decidedBy: 'u1', decidedAt: '2026-12-21T02:30:00.000Z', version: 2,
});
const BOARD: DispositionBoard = {
  subjects: [
    { unit: SECTION_I, subject: { kind: 'cluster', id: 'k1' }, size: 18, text: `Đề nghị giữ chỉ tiêu 8% ${HOSTILE}`, stance: null, disposition: record('accepted', 'Đã sửa', 'n1') },
    { unit: { kind: 'draft' }, subject: { kind: 'comment', id: 'c1' }, size: 1, text: 'Bổ sung phần du lịch', stance: 'partly', disposition: null },
    { unit: SECTION_I, subject: { kind: 'comment', id: 'c2' }, size: 1, text: 'Không cần mục này', stance: 'disagree', disposition: record('not_accepted', 'Mục này là bắt buộc') },
  ],
  pending: 1,
  revisedSections: [{ id: 'n1', label: 'I', title: 'Phát triển kinh tế nhanh, bền vững' }],
};
const board = (props: Partial<{ canManage: boolean; pendingOnly: boolean; focus: string | null; board: DispositionBoard }> = {}) =>
  render(createElement(DispositionBoardView, { consultationId: 'c1', board: BOARD, canManage: true, pendingOnly: false, focus: null, onSaved: () => undefined, ...props }));

describe('the disposition board', () => {
  test('subjects grouped by unit in order of first appearance, with their size, stance and disposition', () => {
    const html = board();
    assert.match(html, /<h3 id="disposition-unit-section_s1">I\. Phát triển kinh tế<span class="muted disposition-group-count"> · 2 ý kiến, nhóm ý kiến<\/span><\/h3>/);
    assert.ok(html.indexOf('disposition-unit-section_s1') < html.indexOf('disposition-unit-draft'));
    assert.match(html, /Nhóm 18 ý kiến/);
    assert.match(html, /Đề nghị giữ chỉ tiêu 8% &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, />Tiếp thu<\/span>.*?cập nhật 21\/12\/2026 09:30/);
    assert.match(html, /Mục sửa đổi trong dự thảo mới: I\. Phát triển kinh tế nhanh, bền vững/);
    assert.match(html, />Không tiếp thu<\/span>.*?Mục này là bắt buộc/);
    assert.match(html, /data-subject="comment:c1">.*?Đồng ý một phần.*?Chưa xử lý/);
  });

  test('the secretariat gets a button per subject ("Xử lý" when pending, "Sửa" when answered); others none', () => {
    const html = board();
    assert.equal((html.match(/>Xử lý<\/button>/g) ?? []).length, 1);
    assert.equal((html.match(/>Sửa<\/button>/g) ?? []).length, 2);
    assert.match(html, /aria-label="Xử lý ý kiến: Bổ sung phần du lịch"/);
    assert.doesNotMatch(board({ canManage: false }), /<button/);
  });

  test('"pending only" keeps the pending subjects; a subject named by the address is marked', () => {
    const pending = board({ pendingOnly: true });
    assert.match(pending, /data-subject="comment:c1"/);
    assert.doesNotMatch(pending, /data-subject="cluster:k1"|data-subject="comment:c2"/);
    assert.match(board({ focus: 'cluster:k1' }), /class="disposition-item focused" data-subject="cluster:k1"/);
    const done = board({ pendingOnly: true, board: { ...BOARD, subjects: BOARD.subjects.filter((s) => s.disposition !== null), pending: 0 } });
    assert.match(done, /Mọi ý kiến, nhóm ý kiến đã được xử lý\./);
  });
});

const DIFF: VersionDiff = {
  before: { documentId: 'd1', title: 'Dự thảo lần 1' }, after: { documentId: 'd2', title: 'Dự thảo lần 2' },
  changes: [
    {
      change: 'changed', before: { id: 'o1', label: 'I', title: 'Kinh tế' }, after: { id: 'n1', label: 'I', title: 'Phát triển kinh tế' }, retitled: true,
      pieces: [{ op: 'equal', text: 'Tăng trưởng ' }, { op: 'delete', text: '7%' }, { op: 'insert', text: `8% ${HOSTILE}` }, { op: 'equal', text: '/năm.' }],
      comments: 25, dispositions: [{ subject: { kind: 'cluster', id: 'k1' }, text: 'Đề nghị giữ chỉ tiêu 8%', note: 'Đã sửa' }],
    },
    { change: 'unchanged', before: { id: 'o2', label: 'II', title: 'Xã hội' }, after: { id: 'n2', label: 'II', title: 'Xã hội' }, retitled: false, pieces: [{ op: 'equal', text: 'Giữ nguyên văn bản mục hai.' }], comments: 3, dispositions: [] },
    { change: 'added', before: null, after: { id: 'n3', label: 'III', title: 'Du lịch' }, retitled: false, pieces: [{ op: 'insert', text: 'Phát triển du lịch.' }], comments: 0, dispositions: [] },
    { change: 'removed', before: { id: 'o4', label: 'IV', title: 'Khác' }, after: null, retitled: false, pieces: [{ op: 'delete', text: 'Nội dung khác.' }], comments: 2, dispositions: [] },
  ],
  counts: { added: 1, removed: 1, changed: 1, unchanged: 1 },
};

describe('the version diff', () => {
  const html = render(createElement(DiffBody, { consultationId: 'c1', diff: DIFF }));

  test('the versions and the counts in the vocabulary\'s words', () => {
    assert.match(html, /Dự thảo lần 1.*Dự thảo lần 2/);
    assert.match(html, /data-kind="added" data-count="1"><span class="synthesis-tile-value">1<\/span><span class="synthesis-tile-word">Bổ sung</);
    for (const word of ['Lược bỏ', 'Sửa đổi', 'Giữ nguyên']) assert.match(html, new RegExp(`synthesis-tile-word">${word}<`));
  });

  test('a changed section: its new heading, its old one, insertions and deletions marked and escaped', () => {
    assert.match(html, /<h3 class="diff-section-heading">.*?Sửa đổi.*?<span>I\. Phát triển kinh tế<\/span><\/h3>/);
    assert.match(html, /Tên mục trước đây: I\. Kinh tế/);
    assert.match(html, /<span>Tăng trưởng <\/span><del class="diff-del"><span class="review-visually-hidden">\[lược bỏ: <\/span>7%<span class="review-visually-hidden">\]<\/span><\/del><ins class="diff-ins"><span class="review-visually-hidden">\[bổ sung: <\/span>8% &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(html, /<script>/);
  });

  test('the old section\'s comments and the dispositions naming the new one, linked to the disposition tab', () => {
    assert.match(html, /25 ý kiến góp ý \(đã công khai\) vào mục này/);
    assert.match(html, /<a href="\/consultations\/c1\?tab=disposition&amp;subject=cluster%3Ak1" class="review-text">Đề nghị giữ chỉ tiêu 8%<\/a>/);
  });

  test('an unchanged section is collapsed: its heading is a button saying its comments, its text not shown', () => {
    assert.match(html, /<h3 class="review-disclosure-heading"><button type="button" class="review-disclosure-button" aria-expanded="false"[^>]*>.*?II\. Xã hội.*?3 ý kiến góp ý.*?Giữ nguyên/);
    assert.doesNotMatch(html, /Giữ nguyên văn bản mục hai/);
  });

  test('added and removed sections are shown whole; a new section has no comments to count', () => {
    assert.match(html, /data-change="added"[^>]*>.*?<ins class="diff-ins">.*?Phát triển du lịch\./);
    assert.match(html, /data-change="removed"[^>]*>.*?IV\. Khác.*?<del class="diff-del">.*?Nội dung khác\..*?2 ý kiến góp ý/);
    assert.doesNotMatch(html.slice(html.indexOf('data-change="added"'), html.indexOf('data-change="removed"')), /diff-comments/);
  });

  test('a long unchanged stretch is shortened with a button to show the whole section', () => {
    const pieces = [{ op: 'equal' as const, text: `${'một hai ba '.repeat(60)}` }, { op: 'insert' as const, text: 'mới' }];
    const short = render(createElement(DiffText, { pieces }));
    assert.match(short, /ký tự không đổi/);
    assert.match(short, /<button type="button" class="diff-toggle" aria-expanded="false">Hiện toàn văn mục<\/button>/);
    const whole = render(createElement(DiffText, { pieces, initiallyWhole: true }));
    assert.doesNotMatch(whole, /ký tự không đổi/);
    assert.match(whole, /aria-expanded="true">Thu gọn phần không đổi</);
  });
});
