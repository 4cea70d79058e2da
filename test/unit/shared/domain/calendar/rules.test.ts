// The art. 5 rule on hand-made versions: the cases the shipped years do not show.
import { describe, expect, it } from 'vitest';
import { buildCalendar, isWorkingDay, kz2025to2027, listSpecialDays, nonWorkingReason } from '../../../../../shared/domain/calendar';
import { expandYears } from '../../../../../shared/domain/calendar/rules';
import { kz2023to2024, variant } from './fixtures';

describe('Law "On holidays", art. 5', () => {
  const old = buildCalendar(kz2023to2024);

  it('never moves 7 January: Saturday 2023 and Sunday 2024 leave Monday a working day', () => {
    expect(nonWorkingReason(old, '2023-01-07')).toMatchObject({ kind: 'holiday', holidayId: 'orthodoxChristmas' });
    expect(isWorkingDay(old, '2023-01-09')).toBe(true);
    expect(nonWorkingReason(old, '2024-01-07')).toMatchObject({ kind: 'holiday', holidayId: 'orthodoxChristmas' });
    expect(isWorkingDay(old, '2024-01-08')).toBe(true);
  });

  it('moves New Year 2023 (Sunday 1 January) past Monday 2 January, itself a holiday, to Tuesday 3 January', () => {
    expect(nonWorkingReason(old, '2023-01-03')).toMatchObject({ kind: 'transferredDayOff', from: '2023-01-01', holidayId: 'newYear1' });
    expect(isWorkingDay(old, '2023-01-04')).toBe(true);
  });

  it('never moves Kurban Ait from a weekend', () => {
    const saturdayKurban = buildCalendar(
      variant({ movableHolidays: [{ ...kz2025to2027.movableHolidays[0]!, dates: [{ year: 2025, date: '2025-06-07' }, { year: 2026, date: '2026-05-30' }, { year: 2027, date: '2027-05-16' }] }] }),
    );
    expect(nonWorkingReason(saturdayKurban, '2025-06-07')).toMatchObject({ kind: 'holiday', holidayId: 'kurbanAit' });
    expect(isWorkingDay(saturdayKurban, '2025-06-09')).toBe(true);
    expect(nonWorkingReason(saturdayKurban, '2026-05-30')).toMatchObject({ kind: 'holiday', holidayId: 'kurbanAit' });
    expect(isWorkingDay(saturdayKurban, '2026-06-01')).toBe(true);
  });

  it('gives one day off, not two, when two holidays fall on the same weekend day', () => {
    const feast = { id: 'testFeast', name: { kk: 'Сынақ', ru: 'Тест' }, movesFromWeekend: true };
    const cal = buildCalendar(
      variant({ movableHolidays: [...kz2025to2027.movableHolidays, { ...feast, dates: [{ year: 2025, date: '2025-05-14' }, { year: 2026, date: '2026-03-08' }, { year: 2027, date: '2027-06-01' }] }] }),
    );
    // The fixed holiday is listed first, so it names the day and its moved day off.
    expect(nonWorkingReason(cal, '2026-03-08')).toMatchObject({ holidayId: 'womensDay' });
    expect(nonWorkingReason(cal, '2026-03-09')).toMatchObject({ kind: 'transferredDayOff', holidayId: 'womensDay' });
    expect(isWorkingDay(cal, '2026-03-10')).toBe(true);
    // On a weekday the extra holiday is an ordinary day off.
    expect(nonWorkingReason(cal, '2025-05-14')).toMatchObject({ kind: 'holiday', holidayId: 'testFeast' });
  });

  it('keeps a government transfer that only adds a day off (no worked weekend day)', () => {
    const cal = buildCalendar(
      variant({ governmentTransfers: [{ dayOff: '2026-12-31', workingDay: null, act: 'Test act', name: { kk: 'Сынақ', ru: 'Тест' } }] }),
    );
    expect(nonWorkingReason(cal, '2026-12-31')).toMatchObject({ kind: 'transferredDayOff', source: 'government', from: null, act: 'Test act' });
    expect(cal.workingWeekendDates.size).toBe(0);
    expect(isWorkingDay(cal, '2025-01-05')).toBe(false);
  });

  it('follows the weekend of the version, not a hard-coded Saturday–Sunday', () => {
    const sixDayWeek = buildCalendar(variant({ weekend: [7] }));
    expect(isWorkingDay(sixDayWeek, '2026-03-28')).toBe(true);
    // 8 March 2026 is a Sunday, still moved to Monday; 21 March (Saturday) is no longer a weekend holiday.
    expect(nonWorkingReason(sixDayWeek, '2026-03-09')).toMatchObject({ kind: 'transferredDayOff', from: '2026-03-08' });
    expect(nonWorkingReason(sixDayWeek, '2026-03-24')).toMatchObject({ kind: 'transferredDayOff', from: '2026-03-22' });
    expect(isWorkingDay(sixDayWeek, '2026-03-25')).toBe(true);
  });

  it('lists the special days of a covered year', () => {
    expect(listSpecialDays(old, 2024).find((d) => d.date === '2024-03-25')?.day).toMatchObject({ kind: 'transferredDayOff', from: '2024-03-23' });
  });

  it('expands only the years asked for, leaving other years’ movable dates and transfers out', () => {
    const only2026 = expandYears(kz2025to2027, 2026, 2026, { movable: true, government: true });
    expect(only2026.get('2026-05-27')).toMatchObject({ holidayId: 'kurbanAit' });
    expect([...only2026.keys()].filter((d) => !d.startsWith('2026-'))).toEqual([]);
    expect(only2026.has('2025-01-03')).toBe(false);
  });
});
