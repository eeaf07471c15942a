/**
 * The live target preview of the import review: the preview of each keystroke's text (state,
 * meaning in either language, direction and unit that saving will store, checked against the
 * server's own parse), and the preview panel component rendered with react-dom/server.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import React, { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseTarget } from '../../../src/domain/target-parse.ts';
import { TargetPreviewPanel } from '../components/framework/target-preview-panel.tsx';
import { I18nProvider } from '../i18n/i18n-context.tsx';
import { previewTarget } from './target-preview.ts';

const forest = { name: 'Tỷ lệ che phủ rừng', unit: '%', termEndYear: 2030 };
const poverty = { name: 'Tỷ lệ hộ nghèo', unit: '%', termEndYear: 2030 };
const growth = { name: 'Tốc độ tăng trưởng GRDP', unit: null, termEndYear: 2030 };

describe('live target preview', () => {
  test('typing a target changes the preview at each step', () => {
    const typed = ['5', '55', '55%', 'trên 55%'].map((text) => previewTarget(text, forest, 'vi'));
    assert.deepEqual(typed.map((p) => [p.state, p.kind, p.meaning]), [
      ['understood', 'point', '5%'],
      ['understood', 'point', '55%'],
      ['understood', 'point', '55%'],
      ['understood', 'at_least', 'trên 55%'],
    ]);
    assert.equal(typed[3]?.target?.min, 55);
  });

  test('a range per year, in Vietnamese and in English, with the unit taken from the text', () => {
    const vi = previewTarget('9-10%/năm', growth, 'vi');
    assert.deepEqual([vi.state, vi.kind, vi.meaning, vi.direction, vi.unit], ['understood', 'range', '9-10%/năm', 'increase', '%']);
    assert.equal(previewTarget('9-10%/năm', growth, 'en').meaning, '9-10% per year');
  });

  test('a reduction reads as less is better; the indicator\'s own unit is kept', () => {
    const p = previewTarget('giảm 3-4%/năm', poverty, 'vi');
    assert.deepEqual([p.kind, p.direction, p.unit], ['change', 'decrease', '%']);
    assert.equal(previewTarget('dưới 15%', { ...poverty, name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân' }, 'en').meaning, 'below 15%');
  });

  test('a goal without a figure, a text that is not understood, and an empty text', () => {
    assert.equal(previewTarget('xây dựng tỉnh phát triển nhanh, bền vững', growth, 'vi').state, 'qualitative');
    const bad = previewTarget('abc ??', growth, 'vi');
    assert.deepEqual([bad.state, bad.meaning, bad.direction], ['unparsed', null, 'unknown']);
    assert.notEqual(bad.reason, null);
    const empty = previewTarget('   ', forest, 'vi');
    assert.deepEqual([empty.state, empty.target, empty.meaning, empty.unit], ['none', null, null, '%']);
  });

  test('the preview is what the server stores on save (the same parse with the same context)', () => {
    for (const text of ['55%', ' 9-10%/năm ', 'giảm 3-4%/năm', 'từ 1.000 đảng viên trở lên mỗi năm']) {
      const saved = parseTarget(text.trim(), { name: growth.name, unit: growth.unit, termEndYear: growth.termEndYear });
      assert.deepEqual(previewTarget(text, growth, 'vi').target, saved, text);
    }
  });
});

describe('the preview panel the review shows', () => {
  // The test runner compiles the web's .tsx with the classic JSX runtime (React.createElement),
  // since the root tsconfig, which it reads, does not cover web/; Vite uses the automatic one.
  Object.assign(globalThis, { React });
  const render = (text: string, context = forest): string =>
    renderToStaticMarkup(createElement(I18nProvider, null, createElement(TargetPreviewPanel, { preview: previewTarget(text, context, 'vi') })));

  test('an understood target shows its form, meaning, direction and unit', () => {
    const html = render('trên 55%');
    assert.match(html, /class="target-preview target-preview-understood"/);
    assert.match(html, /Đã hiểu<\/span><span class="muted">Tối thiểu<\/span>/);
    assert.match(html, /data-testid="target-meaning">trên 55%<\/p>/);
    assert.match(html, /Chiều đánh giá: Càng cao càng tốt · Đơn vị tính: %/);
  });

  test('what changes as the text is typed is what the panel says', () => {
    assert.match(render('giảm 3-4%/năm', poverty), /Tăng\/giảm.*giảm 3-4 điểm phần trăm\/năm.*Càng thấp càng tốt/);
    const unparsed = render('abc ??');
    assert.match(unparsed, /Chưa hiểu được/);
    assert.match(unparsed, /Hãy viết như văn bản ghi/);
    assert.doesNotMatch(unparsed, /target-meaning/);
    assert.match(render(''), /Không có mục tiêu/);
  });
});
