// Calendar-day progress of §5.2 processing against the registered deadline.
import { describe, expect, it } from 'vitest';
import { dayNumber, processingProgress } from '../../../../../shared/domain/norms';

const progress = (today: string, due = '2026-03-17', registeredOn = '2026-03-02') =>
  processingProgress({ registeredOn, due, today, deadlineCalendarDays: 15 });

describe('processingProgress', () => {
  it('runs from the day after registration to the due date inclusive', () => {
    expect(progress('2026-03-02')).toEqual({ elapsedCalendarDays: 0, totalCalendarDays: 15, fraction: 0, daysLeft: 15, overdue: false, extensionDays: 0 });
    expect(progress('2026-03-10')).toMatchObject({ elapsedCalendarDays: 8, fraction: 8 / 15, daysLeft: 7, overdue: false });
    expect(progress('2026-03-17')).toMatchObject({ elapsedCalendarDays: 15, fraction: 1, daysLeft: 0, overdue: false });
  });

  it('is overdue from the day after the due date; the bar stays full', () => {
    expect(progress('2026-03-18')).toMatchObject({ elapsedCalendarDays: 16, fraction: 1, daysLeft: -1, overdue: true });
  });

  it('reports how far days off moved the deadline beyond the 15-day norm', () => {
    // Registered on Friday 2026-03-06: the 15th day is Saturday 2026-03-21, the first day of Nauryz;
    // say the calendar module moved the deadline to the 26th.
    expect(progress('2026-03-10', '2026-03-26', '2026-03-06')).toMatchObject({ totalCalendarDays: 20, extensionDays: 5 });
  });

  it('counts across month ends, leap days and year ends', () => {
    expect(progress('2028-03-01', '2028-03-10', '2028-02-28')).toMatchObject({ elapsedCalendarDays: 2 });
    expect(progress('2027-01-05', '2027-01-08', '2026-12-24')).toMatchObject({ elapsedCalendarDays: 12, totalCalendarDays: 15 });
  });

  it('never goes negative: a date before registration, or a due date before it', () => {
    expect(progress('2026-03-01')).toMatchObject({ elapsedCalendarDays: 0, fraction: 0, overdue: false });
    expect(progress('2026-03-05', '2026-03-01')).toMatchObject({ totalCalendarDays: 0, fraction: 1, overdue: true, extensionDays: 0 });
  });

  it('a same-day deadline is empty until the day and full on it', () => {
    expect(progress('2026-03-01', '2026-03-02')).toMatchObject({ totalCalendarDays: 0, fraction: 0, overdue: false });
    expect(progress('2026-03-02', '2026-03-02')).toMatchObject({ totalCalendarDays: 0, fraction: 1, overdue: false });
  });

  it('rejects malformed or impossible dates', () => {
    expect(() => progress('2026-02-30')).toThrow(RangeError);
    expect(() => progress('02.03.2026')).toThrow(RangeError);
    expect(() => progress('2026-03-10', '2026-3-17')).toThrow(RangeError);
    expect(() => progress('0099-01-01')).toThrow(RangeError);
  });
});

describe('dayNumber', () => {
  it('numbers days consecutively', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-03-17') - dayNumber('2026-03-02')).toBe(15);
  });
});
