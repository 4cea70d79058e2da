// Loading a calendar version: the shipped data passes; broken data is refused with the path
// and a reason in Kazakh and Russian.
import { describe, expect, it } from 'vitest';
import { buildCalendar, CalendarVersionError, type CalendarVersion, kz2025to2027, parseCalendarVersion } from '../../../../../shared/domain/calendar';
import { shippedJson, variant } from './fixtures';

const refusal = (json: unknown) => {
  const result = parseCalendarVersion(json);
  if (result.ok) throw new Error('expected the version to be refused');
  return result.errors;
};

const kurban = kz2025to2027.movableHolidays[0]!;
const name = { kk: 'Сынақ', ru: 'Тест' };

describe('parseCalendarVersion', () => {
  it('accepts the shipped version as JSON and gives back the same data', () => {
    const result = parseCalendarVersion(shippedJson());
    expect(result).toEqual({ ok: true, version: kz2025to2027 });
  });

  it('refuses a covered year without Kurban Ait', () => {
    const errors = refusal(variant({ movableHolidays: [{ ...kurban, dates: kurban.dates.filter((d) => d.year !== 2026) }] }));
    expect(errors).toEqual([
      {
        path: 'movableHolidays.0.dates',
        code: 'missingMovableDate',
        message: { kk: '2026 жылға «Құрбан айт» күні берілмеген', ru: 'Не указана дата «Курбан айт» на 2026 год' },
      },
    ]);
  });

  it('refuses a wider range of years than the data', () => {
    const errors = refusal(variant({ years: { from: 2025, to: 2028 } }));
    expect(errors.map((e) => e.code)).toEqual(['missingMovableDate']);
    expect(errors[0]?.message.ru).toContain('2028');
  });

  it('refuses malformed data with the path and zod’s reason', () => {
    const json = shippedJson();
    (json.fixedHolidays as { month: number }[])[3]!.month = 13;
    json.publishedAt = '2026-02-30';
    json.country = 'Kazakhstan';
    const errors = refusal(json);
    expect(errors.map((e) => e.path).sort()).toEqual(['country', 'fixedHolidays.3.month', 'publishedAt']);
    expect(errors.every((e) => e.code === 'shape')).toBe(true);
    expect(errors.find((e) => e.path === 'publishedAt')?.message.ru).toBe('Неверный формат данных календаря (publishedAt): Expected a real date YYYY-MM-DD');
    expect(errors.find((e) => e.path === 'country')?.message.kk).toContain('Күнтізбе деректерінің пішімі қате (country)');
  });

  it('refuses something that is not a calendar at all', () => {
    expect(refusal('calendar')).toEqual([expect.objectContaining({ path: '(root)', code: 'shape' })]);
    expect(refusal({ ...shippedJson(), sources: [] })).toEqual([expect.objectContaining({ path: 'sources' })]);
  });

  it.each<[string, Partial<CalendarVersion>, string, string]>([
    ['years in the wrong order', { years: { from: 2027, to: 2025 } }, 'yearsReversed', 'years'],
    ['a repeated weekday', { weekend: [6, 7, 7] }, 'duplicateWeekday', 'weekend'],
    ['29 February as a fixed holiday', { fixedHolidays: [...kz2025to2027.fixedHolidays, { id: 'leap', month: 2, day: 29, name, movesFromWeekend: true }] }, 'impossibleFixedDate', 'fixedHolidays.14'],
    ['two holidays on one fixed date', { fixedHolidays: [...kz2025to2027.fixedHolidays, { id: 'again', month: 5, day: 9, name, movesFromWeekend: true }] }, 'duplicateFixedDate', 'fixedHolidays.14'],
    ['a repeated holiday id', { fixedHolidays: [...kz2025to2027.fixedHolidays, { id: 'kurbanAit', month: 6, day: 1, name, movesFromWeekend: true }] }, 'duplicateHolidayId', 'movableHolidays.0.id'],
    ['two Kurban Ait dates in one year', { movableHolidays: [{ ...kurban, dates: [...kurban.dates, { year: 2026, date: '2026-05-28' }] }] }, 'duplicateMovableDate', 'movableHolidays.0.dates'],
    ['a Kurban Ait date in the wrong year', { movableHolidays: [{ ...kurban, dates: [{ year: 2025, date: '2024-06-17' }, ...kurban.dates.slice(1)] }] }, 'movableDateYearMismatch', 'movableHolidays.0.dates.0'],
    ['a Kurban Ait date for an uncovered year', { movableHolidays: [{ ...kurban, dates: [...kurban.dates, { year: 2028, date: '2028-05-05' }] }] }, 'outsideYears', 'movableHolidays.0.dates.3'],
  ])('refuses %s', (_label, overrides, code, path) => {
    expect(refusal(variant(overrides))).toEqual([expect.objectContaining({ code, path })]);
  });

  const transfer = (dayOff: string, workingDay: string | null) => ({ governmentTransfers: [{ dayOff, workingDay, act: 'Test act', name }] });
  it.each<[string, Partial<CalendarVersion>, string[]]>([
    ['a day off already on a weekend', transfer('2026-03-28', null), ['transferDayOffOnWeekend']],
    ['a day off already a holiday', transfer('2026-05-27', null), ['transferDayOffOnHoliday']],
    ['a worked day that is not a weekend day', transfer('2026-03-27', '2026-03-26'), ['transferWorkingDayNotWeekend']],
    ['a worked day that is a holiday', transfer('2026-03-27', '2026-03-21'), ['transferWorkingDayOnHoliday']],
    ['dates outside the years', transfer('2028-01-05', '2028-01-08'), ['outsideYears', 'outsideYears']],
    ['the same date twice', { governmentTransfers: [...transfer('2026-03-27', '2026-03-28').governmentTransfers, ...transfer('2026-03-27', null).governmentTransfers] }, ['duplicateTransferDate']],
  ])('refuses a government transfer with %s', (_label, overrides, codes) => {
    expect(refusal(variant(overrides)).map((e) => e.code)).toEqual(codes);
  });

  it('every refusal reads in both languages', () => {
    const errors = refusal(variant({ years: { from: 2027, to: 2025 } }));
    expect(errors[0]?.message).toEqual({ kk: 'Бастапқы жыл (2027) соңғы жылдан (2025) кейін тұр', ru: 'Начальный год (2027) позже конечного (2025)' });
  });
});

describe('buildCalendar', () => {
  it('refuses an inconsistent version even when it skipped parsing', () => {
    const broken = variant({ movableHolidays: [] });
    expect(() => buildCalendar(broken)).toThrow(CalendarVersionError);
    expect(() => buildCalendar(broken)).toThrow(/^Calendar version refused: movableHolidays: Нет праздника «kurbanAit», установленного законом$/);
    const issues = (() => {
      try {
        buildCalendar(broken);
        return [];
      } catch (e) {
        return (e as CalendarVersionError).issues;
      }
    })();
    expect(issues.map((i) => i.code)).toEqual(['missingHoliday']);
  });

  it('does not impose Kazakhstan’s holidays on another country', () => {
    expect(() => buildCalendar(variant({ country: 'KG', movableHolidays: [] }))).not.toThrow();
  });
});
