import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { draftsFirst, indented, localityChoices, periodText, sectionLabel, targetChoices, targetOf, vietnamMoment } from './consultation-model.ts';

describe('consultation period', () => {
  test('written in Vietnam time (UTC+7), whatever the browser\'s zone', () => {
    assert.equal(periodText('2026-12-01T01:00:00.000Z', '2026-12-20T10:00:00.000Z'), '08:00 01/12/2026 – 17:00 20/12/2026');
    // 17:30 UTC is already the next day in Vietnam.
    assert.equal(vietnamMoment('2026-12-31T17:30:00.000Z'), '00:30 01/01/2027');
  });
});

describe('comment targets', () => {
  const sections = [
    { id: 's3', label: 'Phần thứ nhất', title: 'Đánh giá', level: 1, path: ['Phần thứ nhất'], text: '' },
    { id: 's9', label: 'I', title: 'Kết quả', level: 2, path: ['Phần thứ nhất', 'I'], text: '' },
    { id: 's12', label: '1.', title: 'Kinh tế', level: 3, path: ['Phần thứ nhất', 'I', '1.'], text: '' },
  ];
  const indicators = [{ id: 'i1', code: '1', name: 'Tốc độ tăng trưởng', targetText: '7%' }];

  test('the whole draft first, then the sections indented by level, then the indicators', () => {
    assert.deepEqual(targetChoices(sections, indicators), [
      { value: 'draft', label: 'Toàn văn dự thảo', depth: 0 },
      { value: 'section:s3', label: 'Phần thứ nhất. Đánh giá', depth: 0 },
      { value: 'section:s9', label: 'I. Kết quả', depth: 1 },
      { value: 'section:s12', label: '1. Kinh tế', depth: 2 },
      { value: 'indicator:i1', label: 'Chỉ tiêu: 1. Tốc độ tăng trưởng', depth: 0 },
    ]);
  });

  test('a choice turns back into the target the server reads', () => {
    assert.deepEqual(targetOf('draft'), { kind: 'draft' });
    assert.deepEqual(targetOf('section:s12'), { kind: 'section', sectionId: 's12' });
    assert.deepEqual(targetOf('indicator:i:1'), { kind: 'indicator', indicatorId: 'i:1' });
    assert.equal(targetOf('section:'), null);
    assert.equal(targetOf('chapter:1'), null);
  });

  test('a section without a label or title still reads', () => {
    assert.equal(sectionLabel({ label: '', title: 'Mở đầu' }), 'Mở đầu');
    assert.equal(sectionLabel({ label: 'II', title: '' }), 'II');
    assert.equal(sectionLabel({ label: 'a)', title: 'Nông nghiệp' }), 'a) Nông nghiệp');
  });
});

describe('locality choices', () => {
  test('each locality under its parent, in tree order', () => {
    const choices = localityChoices([
      { id: 'x1', name: 'Xã A', parentId: 'h1', kind: 'commune' },
      { id: 'p', name: 'Tỉnh', parentId: null, kind: 'province' },
      { id: 'h2', name: 'Huyện B', parentId: 'p', kind: 'district' },
      { id: 'h1', name: 'Huyện A', parentId: 'p', kind: 'district' },
      { id: 'o', name: 'Mồ côi', parentId: 'gone', kind: 'commune' },
    ]);
    assert.deepEqual(choices.map((choice) => [choice.value, choice.depth]), [['p', 0], ['h2', 1], ['h1', 1], ['x1', 2], ['o', 0]]);
    assert.equal(indented(choices[3] ?? { value: '', label: '', depth: 0 }), '\u2003\u2003Xã A');
  });

  test('a cycle neither hangs nor loses a locality', () => {
    const choices = localityChoices([
      { id: 'a', name: 'A', parentId: 'b', kind: 'commune' },
      { id: 'b', name: 'B', parentId: 'a', kind: 'commune' },
      { id: 'c', name: 'C', parentId: 'c', kind: 'commune' },
    ]);
    assert.deepEqual(choices.map((choice) => choice.value).sort(), ['a', 'b', 'c']);
  });
});

describe('draft documents to choose', () => {
  test('drafts come first, each group keeping the server\'s order', () => {
    const document = (id: string, kind: string) => ({ id, kind, title: null, originalName: `${id}.docx`, date: null, createdAt: '2026-01-01T00:00:00.000Z' });
    assert.deepEqual(draftsFirst([document('r1', 'report'), document('d1', 'draft'), document('p1', 'plan'), document('d2', 'draft')]).map((d) => d.id), ['d1', 'd2', 'r1', 'p1']);
  });
});
