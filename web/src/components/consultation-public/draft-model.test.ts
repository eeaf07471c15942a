import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DraftSection, Locality } from '../../api/public-consultation.ts';
import { translate } from '../../i18n/translate.ts';
import {
  allSectionIds, chosenLocality, headingLevel, indicatorKey, localityChoices, ownText, publishedCount, sectionHeading, sectionKey, sectionTree,
} from './draft-model.ts';
import { momentText, periodLine, stateLine } from './period-text.ts';

const section = (id: string, level: number, label = id, title = `Title ${id}`): DraftSection => ({ id, label, title, level, path: [label], text: '' });
const shape = (nodes: ReturnType<typeof sectionTree>): unknown => nodes.map((n) => [n.section.id, shape(n.children)]);

describe('the draft outline', () => {
  test('flat sections nest under the nearest earlier section of a higher level', () => {
    const tree = sectionTree([section('A', 1), section('A1', 2), section('A1a', 3), section('A2', 2), section('B', 1), section('B1', 2)]);
    assert.deepEqual(shape(tree), [['A', [['A1', [['A1a', []]]], ['A2', []]]], ['B', [['B1', []]]]]);
  });

  test('a level skipped still nests directly; a first section deeper than later ones stays a root', () => {
    assert.deepEqual(shape(sectionTree([section('A', 1), section('deep', 4), section('B', 2)])), [['A', [['deep', []], ['B', []]]]]);
    assert.deepEqual(shape(sectionTree([section('x', 3), section('A', 1), section('A1', 2)])), [['x', []], ['A', [['A1', []]]]]);
    assert.deepEqual(sectionTree([]), []);
  });

  test('every id, parents first, for "expand all"', () => {
    const tree = sectionTree([section('A', 1), section('A1', 2), section('B', 1)]);
    assert.deepEqual(allSectionIds(tree), ['A', 'A1', 'B']);
  });

  test('headings read label and title; levels go h3 to h6 under the page\'s h2', () => {
    assert.equal(sectionHeading({ label: 'I', title: 'Tình hình kinh tế' }), 'I. Tình hình kinh tế');
    assert.equal(sectionHeading({ label: '1.', title: 'Nông nghiệp' }), '1. Nông nghiệp');
    assert.equal(sectionHeading({ label: 'a)', title: 'Lúa' }), 'a) Lúa');
    assert.equal(sectionHeading({ label: 'I-', title: 'KẾT QUẢ ĐẠT ĐƯỢC' }), 'I- KẾT QUẢ ĐẠT ĐƯỢC');
    assert.equal(sectionHeading({ label: 'Phần thứ nhất', title: '' }), 'Phần thứ nhất');
    assert.equal(sectionHeading({ label: '', title: 'Mở đầu' }), 'Mở đầu');
    assert.deepEqual([0, 1, 2, 3, 7, -1].map(headingLevel), [3, 4, 5, 6, 6, 3]);
  });

  test('target keys and published counts as the server keys them', () => {
    const counts = { draft: 4, 'section:s12': 2, 'indicator:i3': 1 };
    assert.equal(publishedCount(counts, 'draft'), 4);
    assert.equal(publishedCount(counts, sectionKey('s12')), 2);
    assert.equal(publishedCount(counts, indicatorKey('i3')), 1);
    assert.equal(publishedCount(counts, sectionKey('s99')), 0);
  });
});

test('a section\'s own text, without a first line that only repeats its heading', () => {
  assert.equal(ownText({ label: 'Phần thứ nhất', title: 'ĐÁNH GIÁ KẾT QUẢ', text: 'ĐÁNH GIÁ KẾT QUẢ' }), '');
  assert.equal(ownText({ label: 'I', title: 'Kinh tế', text: 'Kinh tế\nTăng trưởng khá.' }), 'Tăng trưởng khá.');
  assert.equal(ownText({ label: 'I', title: 'Kinh tế', text: 'I. Kinh tế\n\nTăng trưởng khá.\nDòng hai.' }), 'Tăng trưởng khá.\nDòng hai.');
  assert.equal(ownText({ label: 'I', title: 'Kinh tế', text: 'Kinh tế tăng trưởng khá.' }), 'Kinh tế tăng trưởng khá.');
  assert.equal(ownText({ label: 'I', title: 'Kinh tế', text: '  ' }), '');
});

describe('locality choices', () => {
  const loc = (id: string, name: string, parentId: string | null, kind = 'commune'): Locality => ({ id, name, parentId, kind });
  const localities = [
    loc('lc', 'Tỉnh Lai Châu', null, 'province'),
    loc('x2', 'Xã Bản Giang', 'lc'),
    loc('x1', 'Phường Tân Phong', 'lc'),
    loc('h', 'Huyện Tam Đường', 'lc', 'district'),
    loc('h1', 'Xã Bình Lư', 'h'),
    loc('db', 'Tỉnh Điện Biên', null, 'province'),
    loc('orphan', 'Xã Lạc', 'gone'),
  ];

  test('provinces first (with localities whose parent is unknown), sorted by name', () => {
    const { provinces } = localityChoices(localities);
    assert.deepEqual(provinces.map((p) => p.label), ['Tỉnh Điện Biên', 'Tỉnh Lai Châu', 'Xã Lạc']);
  });

  test('below a province: every locality under it, depth first, a district\'s communes named with it', () => {
    const { below } = localityChoices(localities);
    assert.deepEqual(below.get('lc')?.map((c) => [c.id, c.label]), [
      ['h', 'Huyện Tam Đường'], ['h1', 'Huyện Tam Đường — Xã Bình Lư'], ['x1', 'Phường Tân Phong'], ['x2', 'Xã Bản Giang'],
    ]);
    assert.deepEqual(below.get('db'), []);
  });

  test('a parent cycle in bad data does not hang', () => {
    const { provinces, below } = localityChoices([loc('a', 'A', 'b'), loc('b', 'B', 'a'), loc('p', 'P', null), loc('c', 'C', 'p')]);
    assert.deepEqual(provinces.map((p) => p.id), ['p']);
    assert.deepEqual(below.get('p')?.map((c) => c.id), ['c']);
  });

  test('the locality sent: the commune, else the province, else none', () => {
    assert.equal(chosenLocality('lc', 'x1'), 'x1');
    assert.equal(chosenLocality('lc', ''), 'lc');
    assert.equal(chosenLocality('', ''), null);
  });
});

describe('moments in Vietnam time', () => {
  const t = (lang: 'vi' | 'en') => (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(lang, key, params);
  test('10:00 UTC is 17:00 in Vietnam, whatever the language', () => {
    assert.equal(momentText('2026-12-20T10:00:00.000Z', 'vi', t('vi')), '17:00 ngày 20/12/2026');
    assert.equal(momentText('2026-12-20T10:00:00.000Z', 'en', t('en')), '17:00 on 20/12/2026 (Vietnam time)');
    assert.equal(momentText('2026-12-19T17:30:00.000Z', 'vi', t('vi')), '00:30 ngày 20/12/2026');
  });
  const schedule = { opensAt: '2026-12-01T01:00:00.000Z', closesAt: '2026-12-20T10:00:00.000Z' };
  test('the header line: open until when; otherwise the server\'s reason in the chosen language', () => {
    assert.equal(stateLine({ ...schedule, state: 'open', stateText: null }, 'vi', t('vi')), 'Đang lấy ý kiến đến 17:00 ngày 20/12/2026');
    assert.equal(stateLine({ ...schedule, state: 'open', stateText: null }, 'en', t('en')), 'Open for comments until 17:00 on 20/12/2026 (Vietnam time)');
    const closed = { ...schedule, state: 'closed' as const, stateText: { vi: 'Đã kết thúc.', en: 'Closed.' } };
    assert.equal(stateLine(closed, 'vi', t('vi')), 'Đã kết thúc.');
    assert.equal(stateLine(closed, 'en', t('en')), 'Closed.');
    assert.equal(periodLine(closed, 'vi', t('vi')), 'Thời gian lấy ý kiến: từ 08:00 ngày 01/12/2026 đến 17:00 ngày 20/12/2026');
  });
});
