import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  addDays, addMonths, daysBetween, daysInMonth, dueOnOrAfter, endOfMonth, endOfQuarter, isDueWithin, isIsoDate, isPastDue, nextDueDate,
} from './due-date.ts';
import type { Recurrence } from './plan.ts';

const every = (e: Recurrence['every'], day: number | null = null): Recurrence => ({ every: e, day, text: '' });

test('month steps clamp to the end of the month', () => {
  assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  assert.equal(addMonths('2024-03-31', -1), '2024-02-29');
  assert.equal(addMonths('2025-08-31', 1), '2025-09-30');
  assert.equal(addMonths('2025-12-15', 1), '2026-01-15');
  assert.equal(addMonths('2025-01-15', -13), '2023-12-15');
  assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
});

test('days, month ends and quarter ends', () => {
  assert.equal(addDays('2025-12-31', 1), '2026-01-01');
  assert.equal(addDays('2024-03-01', -1), '2024-02-29');
  assert.equal(daysBetween('2026-01-01', '2026-03-01'), 59);
  assert.equal(daysBetween('2026-03-01', '2026-01-01'), -59);
  assert.equal(daysInMonth(2100, 2), 28);
  assert.equal(daysInMonth(2000, 2), 29);
  assert.equal(endOfMonth('2026-02-10'), '2026-02-28');
  assert.deepEqual(['2026-01-05', '2026-05-31', '2026-09-30', '2026-11-01'].map(endOfQuarter), ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
  assert.equal(isIsoDate('2026-02-29'), false);
  assert.equal(isIsoDate('2028-02-29'), true);
  assert.throws(() => addDays('29/02/2026', 1), RangeError);
});

test('a quarterly duty without a day falls due on each quarter end', () => {
  const q = every('quarter');
  assert.equal(nextDueDate(q, '2026-01-15'), '2026-03-31');
  assert.equal(nextDueDate(q, '2026-03-31'), '2026-06-30');
  assert.equal(nextDueDate(q, '2026-12-31'), '2027-03-31');
  assert.equal(dueOnOrAfter(q, '2026-03-31'), '2026-03-31');
});

test('a duty on a day of the period\'s last month, clamped to the month', () => {
  assert.equal(nextDueDate(every('quarter', 20), '2026-03-19'), '2026-03-20');
  assert.equal(nextDueDate(every('quarter', 20), '2026-03-20'), '2026-06-20');
  assert.equal(nextDueDate(every('month', 31), '2026-01-31'), '2026-02-28');
  assert.equal(nextDueDate(every('month', 31), '2028-02-01'), '2028-02-29');
  assert.equal(nextDueDate(every('month', 31), '2026-02-28'), '2026-03-31');
  assert.equal(nextDueDate(every('half_year', 30), '2026-06-30'), '2026-12-30');
  assert.equal(nextDueDate(every('year', 15), '2026-12-15'), '2027-12-15');
  assert.equal(nextDueDate(every('year'), '2026-05-01'), '2026-12-31');
});

test('due within N days counts today and not the past; past due is the day after', () => {
  assert.equal(isDueWithin('2026-03-08', '2026-03-01', 7), true);
  assert.equal(isDueWithin('2026-03-09', '2026-03-01', 7), false);
  assert.equal(isDueWithin('2026-03-01', '2026-03-01', 0), true);
  assert.equal(isDueWithin('2026-02-28', '2026-03-01', 7), false);
  assert.equal(isPastDue('2026-03-01', '2026-03-01'), false);
  assert.equal(isPastDue('2026-03-01', '2026-03-02'), true);
});

const date = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

test('property: the next due date is after the date, within one period, and a fixed point of dueOnOrAfter', () => {
  const recurrence = fc.record({
    every: fc.constantFrom<Recurrence['every']>('month', 'quarter', 'half_year', 'year'),
    day: fc.option(fc.integer({ min: 1, max: 31 })),
    text: fc.constant(''),
  });
  fc.assert(fc.property(recurrence, date, (r, d) => {
    const next = nextDueDate(r, d);
    const span = { month: 31, quarter: 92, half_year: 184, year: 366 }[r.every];
    return next > d && daysBetween(d, next) <= 2 * span && dueOnOrAfter(r, next) === next && isIsoDate(next);
  }));
});

test('property: adding months keeps the day unless the month is shorter, and days round-trip', () => {
  fc.assert(fc.property(date, fc.integer({ min: -240, max: 240 }), fc.integer({ min: -5000, max: 5000 }), (d, months, days) => {
    const moved = addMonths(d, months);
    const sameDay = moved.slice(8) === d.slice(8) || moved === endOfMonth(moved);
    return sameDay && addDays(addDays(d, days), -days) === d && daysBetween(d, addDays(d, days)) === days;
  }));
});
