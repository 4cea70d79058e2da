import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, isoWeekday } from '../../../../../shared/domain/calendar';
import { isEveryYearDay, isoDateOf, yearOf } from '../../../../../shared/domain/calendar/iso-date';

describe('ISO date arithmetic', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2026-03-09')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-04-31', '2026-13-01', '2026-3-9', '20260309', '2026-03-09T00:00', '0050-01-01', 20260309, null]) {
      expect(isIsoDate(bad), String(bad)).toBe(false);
    }
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-02-22', 15)).toBe('2026-03-09');
    expect(addDays('2027-12-20', 15)).toBe('2028-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-26', '2026-03-20')).toBe(-6);
  });

  it('names ISO weekdays, Monday = 1 … Sunday = 7, before and after 1970', () => {
    expect(isoWeekday('2026-03-09')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
    expect(isoWeekday('1969-12-31')).toBe(3);
    expect(isoWeekday('1970-01-01')).toBe(4);
  });

  it('throws on malformed input, a programming error', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => yearOf('soon')).toThrow(/Not an ISO date/);
  });

  it('formats and checks month/day pairs', () => {
    expect(isoDateOf(2027, 1, 2)).toBe('2027-01-02');
    expect(isEveryYearDay(12, 31)).toBe(true);
    expect(isEveryYearDay(2, 29)).toBe(false);
    expect(isEveryYearDay(4, 31)).toBe(false);
    expect(isEveryYearDay(1.5, 1)).toBe(false);
  });
});
