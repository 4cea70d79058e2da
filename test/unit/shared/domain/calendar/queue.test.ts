// The queue's view of a deadline across the Nauryz 2026 block (21–25 March off).
import { describe, expect, it } from 'vitest';
import { daysLeft, deadlineRisk } from '../../../../../shared/domain/calendar';
import { kz } from './fixtures';

describe('daysLeft', () => {
  it('counts working days from tomorrow through the due date, skipping the holiday block', () => {
    expect(daysLeft('2026-03-19', '2026-03-27', kz)).toEqual({ calendarDays: 8, workingDays: 3, overdue: false, dueToday: false, outsideCalendar: false });
    expect(daysLeft('2026-03-18', '2026-03-27', kz)).toMatchObject({ calendarDays: 9, workingDays: 4 });
  });

  it('is zero on the due date', () => {
    expect(daysLeft('2026-03-26', '2026-03-26', kz)).toEqual({ calendarDays: 0, workingDays: 0, overdue: false, dueToday: true, outsideCalendar: false });
  });

  it('goes negative once overdue, counting the working days that passed', () => {
    expect(daysLeft('2026-03-26', '2026-03-20', kz)).toEqual({ calendarDays: -6, workingDays: -1, overdue: true, dueToday: false, outsideCalendar: false });
    expect(daysLeft('2026-03-30', '2026-03-20', kz)).toMatchObject({ workingDays: -3 });
  });

  it('is overdue with zero working days the day after a Friday deadline', () => {
    const left = daysLeft('2026-03-21', '2026-03-20', kz);
    expect(left).toMatchObject({ calendarDays: -1, overdue: true });
    expect(Object.is(left.workingDays, 0)).toBe(true);
  });

  it('flags spans that leave the calendar', () => {
    expect(daysLeft('2027-12-28', '2028-01-05', kz)).toMatchObject({ workingDays: 4, outsideCalendar: true });
    expect(daysLeft('2025-01-06', '2024-12-30', kz)).toMatchObject({ overdue: true, outsideCalendar: true });
  });
});

describe('deadlineRisk', () => {
  it('is amber with 3 working days left even though 8 calendar days remain', () => {
    expect(deadlineRisk('2026-03-19', '2026-03-27', kz)).toBe('amber');
    expect(deadlineRisk('2026-03-18', '2026-03-27', kz)).toBe('normal');
  });

  it('is amber on the due date and overdue the day after', () => {
    expect(deadlineRisk('2026-03-26', '2026-03-26', kz)).toBe('amber');
    expect(deadlineRisk('2026-03-27', '2026-03-26', kz)).toBe('overdue');
  });

  it('takes the amber threshold from the caller', () => {
    expect(deadlineRisk('2026-03-18', '2026-03-27', kz, { amberWorkingDays: 4 })).toBe('amber');
    expect(deadlineRisk('2026-03-19', '2026-03-27', kz, { amberWorkingDays: 0 })).toBe('normal');
  });
});
