import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { translate } from '../i18n/translate.ts';
import type { MessageKey, MessageParams } from '../i18n/translate.ts';
import { actionKey, changesOf, changeText, formatAuditValue } from './audit-changes.ts';
import type { AuditEntryLike, ValueContext } from './audit-changes.ts';

const names: Record<string, string> = { nn: 'Sở Nông nghiệp và Phát triển nông thôn', yte: 'Sở Y tế', g1: 'Các chỉ tiêu về kinh tế' };
const context = (lang: 'vi' | 'en'): ValueContext => ({
  t: (key: MessageKey, params?: MessageParams) => translate(lang, key, params),
  unitName: (id) => (id === null ? '—' : (names[id] ?? '—')),
  groupName: (id) => (id === null ? '—' : (names[id] ?? '—')),
  unit: '%',
});
const figure = { id: 'o1', kind: 'estimate', value: 52, valueText: '52', note: null, state: 'draft', returnReason: null, version: 1, updatedAt: '2024-02-01T03:00:00.000Z' };

describe('what an audit entry changed', () => {
  test('an edit lists only the fields that differ, with values as the screens write them', () => {
    const entry: AuditEntryLike = {
      entity: 'observation', action: 'update',
      before: figure, after: { ...figure, value: 50.2, valueText: '50,2', note: 'Theo Cục Thống kê', version: 2, updatedAt: '2024-02-04T03:00:00.000Z' },
    };
    const changes = changesOf(entry);
    assert.deepEqual(changes.map((c) => c.field), ['value', 'valueText', 'note']);
    assert.deepEqual(changes.map((c) => changeText(c, context('vi'))), ['Kết quả: 52% → 50,2%', 'Số liệu như đã ghi: 52 → 50,2', 'Ghi chú: — → Theo Cục Thống kê']);
    assert.equal(actionKey(entry), 'audit.action.update');
  });

  test('workflow steps read as the workflow: submitted, returned with the reason, approved', () => {
    const returned: AuditEntryLike = { entity: 'observation', action: 'transition', before: { ...figure, state: 'submitted' }, after: { ...figure, state: 'returned', returnReason: 'Chưa khớp' } };
    assert.equal(actionKey(returned), 'audit.do.returned');
    assert.deepEqual(changesOf(returned).map((c) => changeText(c, context('vi'))), ['Trạng thái: Đã gửi → Trả lại', 'Lý do trả lại: — → Chưa khớp']);
    assert.deepEqual(changesOf(returned).map((c) => changeText(c, context('en'))), ['State: Submitted → Returned', 'Reason returned: — → Chưa khớp']);
    assert.equal(actionKey({ ...returned, after: { ...figure, state: 'approved' } }), 'audit.do.approved');
    assert.equal(actionKey({ ...returned, before: figure, after: { ...figure, state: 'submitted' } }), 'audit.do.submitted');
  });

  test('a creation lists what it set; a change of kind is worded', () => {
    const created = changesOf({ entity: 'observation', action: 'create', before: null, after: figure });
    assert.deepEqual(created.map((c) => changeText(c, context('vi'))), ['Trạng thái: Nháp', 'Loại số liệu: Ước thực hiện', 'Kết quả: 52%', 'Số liệu như đã ghi: 52']);
    const kind = changesOf({ entity: 'observation', action: 'update', before: figure, after: { ...figure, kind: 'official' } });
    assert.deepEqual(kind.map((c) => changeText(c, context('vi'))), ['Loại số liệu: Ước thực hiện → Chính thức']);
    assert.deepEqual(changesOf({ entity: 'observation', action: 'delete', before: figure, after: null }), []);
  });

  test('indicator edits name units and groups, and publishing is called so', () => {
    const indicator = { name: 'Tỷ lệ che phủ rừng', targetText: '53%', leadUnitId: 'nn', supportingUnitIds: [], groupId: 'g1', status: 'draft', direction: 'increase', target: { kind: 'point' } };
    const edit: AuditEntryLike = {
      entity: 'indicator', action: 'update', before: indicator,
      after: { ...indicator, targetText: '55%', target: { kind: 'point', value: 55 }, leadUnitId: 'yte', supportingUnitIds: ['nn'] },
    };
    assert.deepEqual(changesOf(edit).map((c) => changeText(c, context('vi'))), [
      'Mục tiêu: 53% → 55%', 'Đơn vị chủ trì: Sở Nông nghiệp và Phát triển nông thôn → Sở Y tế', 'Đơn vị phối hợp: — → Sở Nông nghiệp và Phát triển nông thôn',
    ]);
    const publish: AuditEntryLike = { entity: 'indicator', action: 'update', before: indicator, after: { ...indicator, status: 'published' } };
    assert.equal(actionKey(publish), 'audit.do.published');
    assert.deepEqual(changesOf(publish).map((c) => changeText(c, context('vi'))), ['Trạng thái công bố: Bản nháp → Đã công bố']);
  });

  test('values without a special form: baseline, numbers, none', () => {
    assert.equal(formatAuditValue('baseline', { value: 50.15, year: 2020, text: '50,15%' }, context('vi')), '50,15% (2020)');
    assert.equal(formatAuditValue('position', 1200, context('vi')), '1.200');
    assert.equal(formatAuditValue('note', null, context('vi')), '—');
    assert.equal(formatAuditValue('direction', 'decrease', context('en')), 'Less is better');
  });
});
