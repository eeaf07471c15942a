import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { endOfMonth, endOfQuarter, isoDate, readDeadline } from './task-deadline.ts';

describe('due-date arithmetic', () => {
  test('month ends, leap years and impossible dates', () => {
    assert.equal(endOfMonth(2026, 9), '2026-09-30');
    assert.equal(endOfMonth(2028, 2), '2028-02-29');
    assert.equal(endOfMonth(2027, 2), '2027-02-28');
    assert.equal(endOfMonth(2026, 13), null);
    assert.equal(endOfQuarter(2026, 2), '2026-06-30');
    assert.equal(endOfQuarter(2026, 4), '2026-12-31');
    assert.equal(endOfQuarter(2026, 5), null);
    assert.equal(isoDate(2026, 2, 31), null);
    assert.equal(isoDate(2026, 4, 31), null);
    assert.equal(isoDate(2026, 1, 31), '2026-01-31');
  });
});

describe('readDeadline', () => {
  test('a date after a deadline word is the due date; an impossible one gives none', () => {
    assert.deepEqual(readDeadline('Hoàn thành trước ngày 30/6/2026.'), { dueText: 'trước ngày 30/6/2026', dueDate: '2026-06-30', recurrence: null });
    assert.equal(readDeadline('trình Ban Thường vụ chậm nhất ngày 15/3/2027').dueDate, '2027-03-15');
    assert.equal(readDeadline('trước ngày 31/12 năm 2026').dueDate, '2026-12-31');
    assert.equal(readDeadline('xong trước ngày 31 tháng 12 năm 2026').dueDate, '2026-12-31');
    assert.equal(readDeadline('trước 30-6-2026').dueDate, '2026-06-30');
    const invalid = readDeadline('trước 31/02/2026');
    assert.equal(invalid.dueDate, null);
    assert.equal(invalid.dueText, 'trước 31/02/2026');
    assert.equal(readDeadline('trước 31/02').dueDate, null);
    assert.equal(readDeadline('trước 29/02/2028').dueDate, '2028-02-29');
  });

  test('a period gives its last day', () => {
    assert.equal(readDeadline('quý II/2026').dueDate, '2026-06-30');
    assert.equal(readDeadline('hoàn thành trong quý III/2026').dueDate, '2026-09-30');
    assert.equal(readDeadline('trong quý 4 năm 2027').dueDate, '2027-12-31');
    assert.equal(readDeadline('tháng 9/2026').dueDate, '2026-09-30');
    assert.equal(readDeadline('trong tháng 2 năm 2028').dueDate, '2028-02-29');
    assert.equal(readDeadline('năm 2027').dueDate, '2027-12-31');
    assert.equal(readDeadline('tổ chức diễn tập khu vực phòng thủ (năm 2027), diễn tập dân sự (năm 2029)').dueDate, '2027-12-31');
    assert.equal(readDeadline('hoàn thành trong 6 tháng đầu năm 2026').dueDate, '2026-06-30');
    assert.equal(readDeadline('trước quý III/2026').dueDate, '2026-06-30');
    assert.equal(readDeadline('trước năm 2027').dueDate, '2026-12-31');
    assert.equal(readDeadline('trong quý III/2026').dueText, 'trong quý III/2026');
  });

  test('dates and years that are no deadline are left alone', () => {
    assert.deepEqual(readDeadline('Triển khai Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị'), { dueText: null, dueDate: null, recurrence: null });
    assert.equal(readDeadline('phát triển rừng giai đoạn 2021 - 2025, định hướng đến năm 2030').dueDate, null);
    assert.equal(readDeadline('tầm nhìn đến năm 2045').dueDate, null);
    assert.equal(readDeadline('trong 5-7 năm tới').dueDate, null);
    assert.equal(readDeadline('trước 30/6').dueText, 'trước 30/6');
  });

  test('recurrences, with the day of the month when given', () => {
    assert.deepEqual(readDeadline('Báo cáo kết quả hằng quý').recurrence, { every: 'quarter', day: null, text: 'hằng quý' });
    assert.deepEqual(readDeadline('định kỳ hằng năm sơ kết').recurrence, { every: 'year', day: null, text: 'định kỳ hằng năm' });
    assert.deepEqual(readDeadline('Gửi báo cáo trước ngày 15 hàng tháng').recurrence, { every: 'month', day: 15, text: 'hàng tháng' });
    assert.equal(readDeadline('định kỳ 6 tháng báo cáo').recurrence?.every, 'half_year');
    assert.equal(readDeadline('hằng quý').dueText, 'hằng quý');
    assert.equal(readDeadline('hằng quý').dueDate, null);
  });

  test('a date and a recurrence together: the date is the due text', () => {
    const both = readDeadline('Xây dựng đề án trước ngày 30/6/2026; định kỳ hằng quý báo cáo tiến độ');
    assert.equal(both.dueText, 'trước ngày 30/6/2026');
    assert.equal(both.recurrence?.every, 'quarter');
  });

  test('"thường xuyên" is an ongoing duty: due text, no date, no recurrence', () => {
    assert.deepEqual(readDeadline('Thường xuyên kiểm tra, đôn đốc'), { dueText: 'Thường xuyên', dueDate: null, recurrence: null });
  });
});
