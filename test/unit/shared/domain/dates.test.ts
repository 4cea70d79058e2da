// The domain's calendar-date module: checking, parsing, day arithmetic, weekdays and DD.MM.YYYY,
// and the modules whose public API re-exports it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as calendar from '../../../../shared/domain/calendar';
import {
  addDays,
  dayNumber,
  daysBetween,
  formatDate,
  fromDayNumber,
  isEveryYearDay,
  isIsoDate,
  isoWeekday,
  isRealDate,
  parseIsoDate,
  toIsoDate,
  yearOf,
} from '../../../../shared/domain/dates';
import * as norms from '../../../../shared/domain/norms';

describe('isIsoDate', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2026-03-09')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-04-31', '2026-13-01', '2026-3-9', '20260309', '2026-03-09T00:00', '0050-01-01', 20260309, null]) {
      expect(isIsoDate(bad), String(bad)).toBe(false);
    }
  });

  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-04-31', false],
    ['2025-4-30', false],
    ['2025-04-30T00:00', false],
  ])('%s → %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });

  it('follows the Gregorian leap-year rule and the month lengths', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('1800-02-29')).toBe(false);
    expect(isIsoDate('2023-02-28')).toBe(true);
    expect(isIsoDate('2026-06-31')).toBe(false);
    expect(isIsoDate('2026-07-31')).toBe(true);
    expect(isIsoDate('2026-01-00')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
  });

  it('covers the years 0100–9999', () => {
    expect(isIsoDate('0100-01-01')).toBe(true);
    expect(isIsoDate('0099-12-31')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('9999-12-31')).toBe(true);
    expect(isIsoDate('+10000-01-01')).toBe(false);
  });

  it('agrees with a Date.UTC round trip on every day of 0100–9999', () => {
    const text = fc
      .tuple(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => toIsoDate({ year: y, month: m, day: d }));
    fc.assert(
      fc.property(text, (value) => {
        const [y, m, d] = value.split('-').map(Number) as [number, number, number];
        const roundTrip = new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === value;
        expect(isIsoDate(value)).toBe(roundTrip);
      }),
    );
  });
});

describe('isRealDate', () => {
  it('checks year, month and day as numbers', () => {
    expect(isRealDate({ year: 1990, month: 3, day: 14 })).toBe(true);
    expect(isRealDate({ year: 2000, month: 2, day: 29 })).toBe(true);
    expect(isRealDate({ year: 1900, month: 2, day: 29 })).toBe(false);
    expect(isRealDate({ year: 2024, month: 4, day: 31 })).toBe(false);
    expect(isRealDate({ year: 2024, month: 13, day: 1 })).toBe(false);
    expect(isRealDate({ year: 2024, month: 0, day: 1 })).toBe(false);
    expect(isRealDate({ year: 2024, month: 1, day: 0 })).toBe(false);
  });

  it('refuses fractions and years outside 0100–9999', () => {
    expect(isRealDate({ year: 2024, month: 1.5, day: 1 })).toBe(false);
    expect(isRealDate({ year: 2024, month: 1, day: Number.NaN })).toBe(false);
    expect(isRealDate({ year: 99, month: 1, day: 1 })).toBe(false);
    expect(isRealDate({ year: 10_000, month: 1, day: 1 })).toBe(false);
  });
});

describe('parseIsoDate, toIsoDate, yearOf', () => {
  it('parses a real date into numbers and writes it back', () => {
    expect(parseIsoDate('1990-03-04')).toEqual({ year: 1990, month: 3, day: 4 });
    expect(toIsoDate({ year: 1990, month: 3, day: 4 })).toBe('1990-03-04');
    expect(toIsoDate({ year: 2027, month: 1, day: 2 })).toBe('2027-01-02');
    expect(toIsoDate({ year: 800, month: 12, day: 31 })).toBe('0800-12-31');
    expect(yearOf('2027-12-31')).toBe(2027);
  });

  it('throws RangeError on malformed input, a programming error', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow(RangeError);
    expect(() => parseIsoDate('02.03.2026')).toThrow(/Not an ISO date \(YYYY-MM-DD\): "02\.03\.2026"/);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => yearOf('soon')).toThrow(/Not an ISO date/);
  });
});

describe('formatDate', () => {
  it('writes DD.MM.YYYY', () => {
    expect(formatDate('1990-03-04')).toBe('04.03.1990');
    expect(formatDate('2026-12-31')).toBe('31.12.2026');
  });
});

describe('day arithmetic', () => {
  it('numbers days from 1970-01-01, before and after it', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2026-03-17') - dayNumber('2026-03-02')).toBe(15);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(() => dayNumber('2026-3-17')).toThrow(RangeError);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-02-22', 15)).toBe('2026-03-09');
    expect(addDays('2027-12-20', 15)).toBe('2028-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-26', '2026-03-20')).toBe(-6);
  });

  it('dayNumber and fromDayNumber are inverse, and addDays agrees with daysBetween', () => {
    const day = fc.integer({ min: dayNumber('1800-01-01'), max: dayNumber('2199-12-31') });
    fc.assert(
      fc.property(day, fc.integer({ min: -1000, max: 1000 }), (n, k) => {
        const date = fromDayNumber(n);
        expect(isIsoDate(date)).toBe(true);
        expect(dayNumber(date)).toBe(n);
        expect(daysBetween(date, addDays(date, k))).toBe(k);
      }),
    );
  });

  it('names ISO weekdays, Monday = 1 … Sunday = 7, before and after 1970', () => {
    expect(isoWeekday('2026-03-09')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
    expect(isoWeekday('1969-12-31')).toBe(3);
    expect(isoWeekday('1970-01-01')).toBe(4);
  });
});

describe('isEveryYearDay', () => {
  it('checks month/day pairs that exist in every year', () => {
    expect(isEveryYearDay(12, 31)).toBe(true);
    expect(isEveryYearDay(2, 28)).toBe(true);
    expect(isEveryYearDay(2, 29)).toBe(false);
    expect(isEveryYearDay(4, 31)).toBe(false);
    expect(isEveryYearDay(1.5, 1)).toBe(false);
    expect(isEveryYearDay(13, 1)).toBe(false);
  });
});

describe('public re-exports', () => {
  it('calendar and norms expose the same functions, not copies', () => {
    expect(calendar.addDays).toBe(addDays);
    expect(calendar.daysBetween).toBe(daysBetween);
    expect(calendar.isIsoDate).toBe(isIsoDate);
    expect(calendar.isoWeekday).toBe(isoWeekday);
    expect(norms.dayNumber).toBe(dayNumber);
  });
});
