import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endOfVietnamDay, formatVietnamMoment, isOpen, scheduleProblem, vietnamInstant, vietnamParts } from './consultation-window.ts';
import type { ConsultationSchedule } from './types.ts';

const schedule: ConsultationSchedule = { opensAt: vietnamInstant('2025-06-01', '08:00'), closesAt: vietnamInstant('2025-06-30', '17:00'), closedAt: null };
const at = (iso: string) => new Date(iso);

test('Vietnam time is UTC+7 all year', () => {
  assert.equal(vietnamInstant('2025-06-30', '17:00'), '2025-06-30T10:00:00.000Z');
  assert.equal(vietnamInstant('2025-01-01'), '2024-12-31T17:00:00.000Z');
  assert.equal(vietnamInstant('2025-12-31', '23:59:59'), '2025-12-31T16:59:59.000Z');
  assert.deepEqual(vietnamParts('2025-06-30T17:30:00.000Z'), { date: '2025-07-01', time: '00:30' });
  assert.equal(formatVietnamMoment('2025-06-30T10:00:00.000Z'), '17:00 ngày 30/06/2025');
  assert.equal(formatVietnamMoment('2025-06-30T10:00:05.000Z'), '17:00:05 ngày 30/06/2025');
  assert.equal(endOfVietnamDay('2025-06-30'), '2025-06-30T17:00:00.000Z');
  assert.throws(() => vietnamInstant('2025-02-30', '10:00'), RangeError);
  assert.throws(() => vietnamInstant('2025-06-30', '24:00'), RangeError);
  assert.throws(() => vietnamInstant('30/06/2025'), RangeError);
});

test('the fixed offset agrees with the Asia/Ho_Chi_Minh time zone', () => {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  for (const iso of ['2025-01-15T03:04:00.000Z', '2025-07-15T16:59:00.000Z', '2025-03-30T01:00:00.000Z', '2025-10-26T23:30:00.000Z']) {
    const parts = Object.fromEntries(format.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
    assert.deepEqual(vietnamParts(iso), { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` }, iso);
  }
});

test('comments close at the close time exactly: one second before is open, the second itself and after are refused', () => {
  const before = isOpen(schedule, at('2025-06-30T09:59:59.000Z'));
  assert.deepEqual(before, { open: true, closesAt: schedule.closesAt, secondsLeft: 1 });
  assert.equal(isOpen(schedule, at('2025-06-30T09:59:59.999Z')).open, true);
  assert.equal(isOpen(schedule, at('2025-06-30T10:00:00.000Z')).open, false);
  const late = isOpen(schedule, at('2025-06-30T10:00:01.000Z'));
  assert.deepEqual(late, {
    open: false,
    reason: 'closed',
    at: '2025-06-30T10:00:00.000Z',
    message: {
      vi: 'Đợt lấy ý kiến đã kết thúc lúc 17:00 ngày 30/06/2025 (giờ Việt Nam); không nhận thêm góp ý.',
      en: 'The consultation closed at 17:00 on 30/06/2025 (Vietnam time); no more comments are accepted.',
    },
  });
});

test('not open before the opening; closed early when the secretariat closed it', () => {
  const early = isOpen(schedule, at('2025-06-01T00:59:59.000Z'));
  assert.equal(early.open, false);
  if (!early.open) {
    assert.equal(early.reason, 'not_yet_open');
    assert.match(early.message.vi, /từ 08:00 ngày 01\/06\/2025/);
  }
  assert.equal(isOpen(schedule, at('2025-06-01T01:00:00.000Z')).open, true);
  const closedEarly = { ...schedule, closedAt: '2025-06-20T05:00:00.000Z' };
  assert.equal(isOpen(closedEarly, at('2025-06-20T04:59:59.000Z')).open, true);
  const after = isOpen(closedEarly, at('2025-06-20T05:00:00.000Z'));
  assert.equal(after.open ? null : after.reason, 'closed_early');
  assert.equal(isOpen(closedEarly, at('2025-07-01T00:00:00.000Z')).open ? null : 'closed', 'closed');
  assert.throws(() => isOpen(schedule, new Date('nonsense')), RangeError);
});

test('a schedule must close after it opens', () => {
  assert.equal(scheduleProblem(schedule), null);
  assert.equal(scheduleProblem({ ...schedule, closesAt: schedule.opensAt }), 'closes_before_opening');
});
