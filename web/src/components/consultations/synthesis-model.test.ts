import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  breakdownText, channelRows, countedAnything, countText, localityRows, respondentRows, shareText, stanceRows, stanceSummary, unitKey, unitText,
} from './synthesis-model.ts';
import type { StanceTally, UnitCounts } from './synthesis-model.ts';

const counts: UnitCounts = {
  total: 39,
  comments: 47,
  byStance: { agree: 5, disagree: 30, partly: 4 },
  byRespondentType: { party_member: 0, citizen: 25, business: 10, organisation: 4, other: 0 },
  byChannel: { online: 30, meeting: 9, paper: 0, import: 0 },
};
const tally = (agree: number, disagree = 0, partly = 0, unspecified = 0): StanceTally => ({ agree, disagree, partly, unspecified });
const words = { unplaced: 'Không xác định địa bàn', total: 'Tổng cộng' };

describe('the synthesis tab\'s numbers', () => {
  test('shares of the comments counted once per duplicate group, one decimal, the Vietnamese way', () => {
    assert.equal(shareText(5, 39), '12,8%');
    assert.equal(shareText(30, 39), '76,9%');
    assert.equal(shareText(2, 4), '50%');
    assert.equal(shareText(0, 0), '—', 'nothing counted');
    assert.equal(countText(1234), '1.234');
  });

  test('by stance in the vocabulary\'s order and words, with shares of the total and bars drawn to the largest', () => {
    assert.deepEqual(stanceRows(counts).map((row) => [row.word, row.count, row.share, Math.round(row.bar)]), [
      ['Tán thành', 5, '12,8%', 17], ['Không tán thành', 30, '76,9%', 100], ['Đồng ý một phần', 4, '10,3%', 13],
    ]);
  });

  test('by respondent type and by channel, every code listed, a missing one as zero', () => {
    assert.deepEqual(respondentRows(counts).map((row) => [row.word, row.count]), [
      ['Cán bộ, đảng viên', 0], ['Người dân', 25], ['Doanh nghiệp', 10], ['Tổ chức', 4], ['Khác', 0],
    ]);
    const partial = { ...counts, byChannel: { online: 39 } as UnitCounts['byChannel'] };
    assert.deepEqual(channelRows(partial).map((row) => [row.word, row.count, row.share]), [
      ['Trực tuyến', 39, '100%'], ['Hội nghị, tọa đàm', 0, '0%'], ['Văn bản, phiếu góp ý', 0, '0%'], ['Nhập từ tệp', 0, '0%'],
    ]);
  });

  test('a breakdown in a sentence names only what counts; nothing counted is a dash', () => {
    assert.equal(breakdownText(respondentRows(counts)), 'Người dân 25 (64,1%), Doanh nghiệp 10 (25,6%), Tổ chức 4 (10,3%)');
    const none = { ...counts, total: 0, byStance: { agree: 0, disagree: 0, partly: 0 } };
    assert.equal(breakdownText(stanceRows(none)), '—');
    assert.equal(stanceSummary({ agree: 8, disagree: 0, partly: 1 }), 'Tán thành 8, Đồng ý một phần 1');
    assert.equal(stanceSummary({}), '');
  });

  test('units are named as the reports name them, and keyed like comment targets', () => {
    assert.equal(unitText({ kind: 'draft' }), 'Toàn văn dự thảo');
    assert.equal(unitText({ kind: 'section', sectionId: 's1', label: 'I', title: 'Thuận lợi', level: 1 }), 'I. Thuận lợi');
    assert.equal(unitText({ kind: 'section', sectionId: 's2', label: '2)', title: 'Kinh tế', level: 2 }), '2) Kinh tế');
    assert.equal(unitText({ kind: 'indicator', indicatorId: 'i1', code: 'KT-01', name: 'Tốc độ tăng trưởng GRDP' }), 'Chỉ tiêu: Tốc độ tăng trưởng GRDP (mã KT-01)');
    assert.deepEqual([unitKey({ kind: 'draft' }), unitKey({ kind: 'section', sectionId: 's1', label: 'I', title: '', level: 1 }), unitKey({ kind: 'indicator', indicatorId: 'i1', code: null, name: 'x' })],
      ['draft', 'section:s1', 'indicator:i1']);
  });

  test('locality rows: the server\'s order, then the unplaced, then a total of the provinces and the unplaced (communes not added twice)', () => {
    const rows = localityRows({
      localities: [
        { localityId: 'p', name: 'Tỉnh Mẫu', level: 0, own: tally(1), total: tally(6, 2, 0, 10) },
        { localityId: 'c1', name: 'Xã Một', level: 1, own: tally(3, 2), total: tally(3, 2) },
        { localityId: 'c2', name: 'Xã Hai', level: 1, own: tally(2, 0, 0, 10), total: tally(2, 0, 0, 10) },
      ],
      unplaced: tally(1, 1),
    }, words);
    assert.deepEqual(rows.map((row) => [row.name, row.kind, row.level, row.own, row.total]), [
      ['Tỉnh Mẫu', 'locality', 0, 1, 18], ['Xã Một', 'locality', 1, 5, 5], ['Xã Hai', 'locality', 1, 12, 12],
      ['Không xác định địa bàn', 'unplaced', 0, 2, 2], ['Tổng cộng', 'total', 0, 20, 20],
    ]);
    assert.deepEqual(rows.at(-1)?.byStance, tally(7, 3, 0, 10));
  });

  test('no unplaced row when every opinion has a place; no rows at all when nothing was counted', () => {
    const rows = localityRows({ localities: [{ localityId: 'p', name: 'Tỉnh Mẫu', level: 0, own: tally(2), total: tally(2) }], unplaced: tally(0) }, words);
    assert.deepEqual(rows.map((row) => row.kind), ['locality', 'total']);
    assert.deepEqual(localityRows({ localities: [], unplaced: tally(0) }, words), []);
  });

  test('anything counted: a comment, a tally somewhere, or an opinion without a locality', () => {
    const empty = { overall: { ...counts, total: 0, comments: 0 }, localities: [{ localityId: 'p', name: 'P', level: 0, own: tally(0), total: tally(0) }], unplaced: tally(0) };
    assert.equal(countedAnything(empty), false);
    assert.equal(countedAnything({ ...empty, unplaced: tally(0, 0, 0, 3) }), true);
    assert.equal(countedAnything({ ...empty, localities: [{ localityId: 'p', name: 'P', level: 0, own: tally(0), total: tally(0, 4) }] }), true);
    assert.equal(countedAnything({ ...empty, overall: counts }), true);
  });
});
