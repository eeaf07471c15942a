import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { translate } from '../../i18n/translate.ts';
import type { MessageKey, MessageParams } from '../../i18n/translate.ts';
import { taskActionKey, taskChanges, taskChangeText } from './task-history-model.ts';
import type { TaskAuditLike, TaskValueContext } from './task-history-model.ts';

const UNITS: Record<string, string> = { nn: 'Sở Nông nghiệp', tc: 'Sở Tài chính', ct: 'Sở Công Thương' };
const context: TaskValueContext = { t: (key: MessageKey, params?: MessageParams) => translate('vi', key, params), unitName: (id) => UNITS[id] ?? id };
const base = { status: 'not_started', title: 'Đề án vùng chè', kind: 'project', leadUnitId: null, supportingUnitIds: [], dueDate: null, version: 1, updatedAt: 'x', position: 1 };

const texts = (entry: TaskAuditLike): string[] => taskChanges(entry).map((change) => taskChangeText(change, context));

describe('a task\'s history', () => {
  test('an assignment: units by name, dates dd/mm/yyyy, bookkeeping left out', () => {
    const entry: TaskAuditLike = {
      action: 'update', before: base,
      after: { ...base, leadUnitId: 'nn', supportingUnitIds: ['tc', 'ct'], dueDate: '2026-06-30', version: 2, updatedAt: 'y', position: 4 },
    };
    assert.equal(taskActionKey(entry), 'tasks.history.edited');
    assert.deepEqual(texts(entry), ['Đơn vị chủ trì: — → Sở Nông nghiệp', 'Đơn vị phối hợp: — → Sở Tài chính, Sở Công Thương', 'Thời hạn: — → 30/06/2026']);
  });

  test('a creation lists what it set; status steps are named', () => {
    const created: TaskAuditLike = { action: 'create', before: null, after: { ...base, recurrence: { every: 'quarter', day: null, text: 'hằng quý' } } };
    assert.equal(taskActionKey(created), 'tasks.history.created');
    assert.deepEqual(texts(created), ['Tình trạng: Chưa thực hiện', 'Nhiệm vụ: Đề án vùng chè', 'Loại: Đề án', 'Định kỳ: hằng quý']);
    const cancelled: TaskAuditLike = { action: 'transition', before: base, after: { ...base, status: 'cancelled', cancelReason: 'Gộp vào đề án chung' } };
    assert.equal(taskActionKey(cancelled), 'tasks.history.cancelled');
    assert.deepEqual(texts(cancelled), ['Tình trạng: Chưa thực hiện → Đã hủy', 'Lý do hủy: — → Gộp vào đề án chung']);
    assert.equal(taskActionKey({ action: 'transition', before: { status: 'cancelled' }, after: { status: 'not_started' } }), 'tasks.history.reopened');
    assert.equal(taskActionKey({ action: 'transition', before: { status: 'in_progress' }, after: { status: 'done' } }), 'tasks.history.done');
    assert.equal(taskActionKey({ action: 'update', before: { status: 'in_progress', progressPercent: 10 }, after: { status: 'in_progress', progressPercent: 40 } }), 'tasks.history.progress');
    assert.equal(taskActionKey({ action: 'update', before: { status: 'not_started' }, after: { status: 'in_progress' } }), 'tasks.history.status');
  });

  test('progress as a percentage, nothing for a deletion', () => {
    assert.deepEqual(texts({ action: 'update', before: { ...base, progressPercent: 10 }, after: { ...base, progressPercent: 45 } }), ['Tiến độ: 10% → 45%']);
    assert.deepEqual(taskChanges({ action: 'delete', before: base, after: null }), []);
  });
});
