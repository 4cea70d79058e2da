// The outside-calendar policy: a date the version does not cover follows the weekend, the
// fixed holidays and art. 5, is flagged, and never silently counts as an ordinary working day.
import { describe, expect, it } from 'vitest';
import { buildCalendar, coversDate, dayStatus, isWorkingDay, listSpecialDays, nonWorkingReason } from '../../../../../shared/domain/calendar';
import { kz, variant } from './fixtures';

describe('dates outside the covered years', () => {
  it('flags them, and not the covered ones', () => {
    expect(coversDate(kz, '2024-12-31')).toBe(false);
    expect(coversDate(kz, '2025-01-01')).toBe(true);
    expect(coversDate(kz, '2027-12-31')).toBe(true);
    expect(dayStatus(kz, '2028-03-01')).toEqual({ date: '2028-03-01', working: true, reason: null, outsideCalendar: true });
  });

  it('still counts weekends and fixed holidays as days off, with art. 5 transfers', () => {
    expect(dayStatus(kz, '2028-01-01')).toMatchObject({ working: false, outsideCalendar: true, reason: { kind: 'holiday', holidayId: 'newYear1' } });
    expect(nonWorkingReason(kz, '2028-01-03')).toMatchObject({ kind: 'transferredDayOff', source: 'law', from: '2028-01-01' });
    expect(nonWorkingReason(kz, '2028-01-04')).toMatchObject({ kind: 'transferredDayOff', source: 'law', from: '2028-01-02' });
    expect(nonWorkingReason(kz, '2028-03-04')).toEqual({ kind: 'weekend' });
    expect(nonWorkingReason(kz, '2024-03-25')).toMatchObject({ kind: 'transferredDayOff', from: '2024-03-23' });
  });

  it('cannot know movable holidays or government transfers there', () => {
    // Kurban Ait 2024 was 17 June; without the data it reads as a working day, flagged.
    expect(dayStatus(kz, '2024-06-17')).toMatchObject({ working: true, outsideCalendar: true });
    expect(listSpecialDays(kz, 2028).some((d) => d.day.kind === 'holiday' && d.day.holidayId === 'kurbanAit')).toBe(false);
  });

  it('carries a December day off into January of an uncovered year', () => {
    const newYearsEve = { id: 'newYearsEve', month: 12, day: 31, name: { kk: 'Сынақ', ru: 'Тест' }, movesFromWeekend: true };
    const cal = buildCalendar(variant({ fixedHolidays: [...variant({}).fixedHolidays, newYearsEve] }));
    // Sunday 31 December 2028 → past Monday 1 and Tuesday 2 January 2029 → Wednesday 3 January.
    expect(dayStatus(cal, '2029-01-03')).toMatchObject({ working: false, outsideCalendar: true, reason: { from: '2028-12-31' } });
    expect(isWorkingDay(cal, '2029-01-04')).toBe(true);
  });
});
