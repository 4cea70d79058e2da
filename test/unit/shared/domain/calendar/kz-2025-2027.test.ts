// The shipped calendar against the published facts: every holiday, every transfer the
// Ministry announced for 2025 and 2026, and 2027 derived by the same rule.
import { describe, expect, it } from 'vitest';
import { dayStatus, isoWeekday, isWorkingDay, kz2025to2027, listSpecialDays, nonWorkingReason } from '../../../../../shared/domain/calendar';
import { addDays } from '../../../../../shared/domain/dates';
import { kz } from './fixtures';

/** Every Monday–Friday that is off, and every Saturday–Sunday that is worked, in a year. */
function exceptions(year: number): { offWeekdays: string[]; workedWeekends: string[] } {
  const offWeekdays: string[] = [];
  const workedWeekends: string[] = [];
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
    const weekend = isoWeekday(d) >= 6;
    if (!weekend && !isWorkingDay(kz, d)) offWeekdays.push(d);
    if (weekend && isWorkingDay(kz, d)) workedWeekends.push(d);
  }
  return { offWeekdays, workedWeekends };
}

describe('kz-2025-2027.1', () => {
  it('covers 2025–2027 and names its version', () => {
    expect(kz.versionId).toBe('kz-2025-2027.1');
    expect(kz.years).toEqual({ from: 2025, to: 2027 });
    expect(kz.nonWorkingDates.has('2026-03-24')).toBe(true);
    expect([...kz.workingWeekendDates]).toEqual(['2025-01-05']);
  });

  it.each([
    ['2025-01-01', 'Новый год', 'Жаңа жыл'],
    ['2025-01-02', 'Новый год', 'Жаңа жыл'],
    ['2025-01-07', 'Православное Рождество', 'Православиелік Рождество'],
    ['2025-03-08', 'Международный женский день', 'Халықаралық әйелдер күні'],
    ['2025-03-21', 'Наурыз мейрамы', 'Наурыз мейрамы'],
    ['2025-03-22', 'Наурыз мейрамы', 'Наурыз мейрамы'],
    ['2025-03-23', 'Наурыз мейрамы', 'Наурыз мейрамы'],
    ['2025-05-01', 'Праздник единства народа Казахстана', 'Қазақстан халқының бірлігі мерекесі'],
    ['2025-05-07', 'День защитника Отечества', 'Отан қорғаушы күні'],
    ['2025-05-09', 'День Победы', 'Жеңіс күні'],
    ['2025-06-06', 'Курбан айт', 'Құрбан айт'],
    ['2025-07-06', 'День Столицы', 'Астана күні'],
    ['2025-08-30', 'День Конституции', 'Конституция күні'],
    ['2025-10-25', 'День Республики', 'Республика күні'],
    ['2025-12-16', 'День Независимости', 'Тәуелсіздік күні'],
    ['2026-01-01', 'Новый год', 'Жаңа жыл'],
    ['2026-01-02', 'Новый год', 'Жаңа жыл'],
    ['2026-01-07', 'Православное Рождество', 'Православиелік Рождество'],
    ['2026-03-08', 'Международный женский день', 'Халықаралық әйелдер күні'],
    ['2026-03-21', 'Наурыз мейрамы', 'Наурыз мейрамы'],
    ['2026-03-22', 'Наурыз мейрамы', 'Наурыз мейрамы'],
    ['2026-03-23', 'Наурыз мейрамы', 'Наурыз мейрамы'],
    ['2026-05-01', 'Праздник единства народа Казахстана', 'Қазақстан халқының бірлігі мерекесі'],
    ['2026-05-07', 'День защитника Отечества', 'Отан қорғаушы күні'],
    ['2026-05-09', 'День Победы', 'Жеңіс күні'],
    ['2026-05-27', 'Курбан айт', 'Құрбан айт'],
    ['2026-07-06', 'День Столицы', 'Астана күні'],
    ['2026-08-30', 'День Конституции', 'Конституция күні'],
    ['2026-10-25', 'День Республики', 'Республика күні'],
    ['2026-12-16', 'День Независимости', 'Тәуелсіздік күні'],
  ])('%s is the holiday %s', (date, ru, kk) => {
    expect(isWorkingDay(kz, date)).toBe(false);
    expect(nonWorkingReason(kz, date)).toMatchObject({ kind: 'holiday', name: { ru, kk }, provisional: false });
  });

  it.each([
    // 2025 as published, plus Nauryz and Capital Day, which the same rule moves.
    ['2025-03-10', '2025-03-08', 'womensDay'],
    ['2025-03-24', '2025-03-22', 'nauryz2'],
    ['2025-03-25', '2025-03-23', 'nauryz3'],
    ['2025-07-07', '2025-07-06', 'capitalDay'],
    ['2025-09-01', '2025-08-30', 'constitutionDay'],
    ['2025-10-27', '2025-10-25', 'republicDay'],
    // 2026 as published.
    ['2026-03-09', '2026-03-08', 'womensDay'],
    ['2026-03-24', '2026-03-21', 'nauryz1'],
    ['2026-03-25', '2026-03-22', 'nauryz2'],
    ['2026-05-11', '2026-05-09', 'victoryDay'],
    ['2026-08-31', '2026-08-30', 'constitutionDay'],
    ['2026-10-26', '2026-10-25', 'republicDay'],
  ])('%s is the day off moved from %s (%s, art. 5)', (date, from, holidayId) => {
    expect(isoWeekday(from)).toBeGreaterThanOrEqual(6);
    expect(nonWorkingReason(kz, date)).toMatchObject({ kind: 'transferredDayOff', source: 'law', from, holidayId, act: null });
  });

  it('applies the government transfer of 2025: Friday 3 January off, Sunday 5 January worked', () => {
    expect(nonWorkingReason(kz, '2025-01-03')).toMatchObject({
      kind: 'transferredDayOff',
      source: 'government',
      from: '2025-01-05',
      holidayId: null,
      name: { ru: 'Выходной день перенесён с 5 января на 3 января' },
    });
    expect(dayStatus(kz, '2025-01-05')).toEqual({ date: '2025-01-05', working: true, reason: null, outsideCalendar: false });
    expect(nonWorkingReason(kz, '2025-01-04')).toEqual({ kind: 'weekend' });
  });

  it('has exactly the expected days off and worked weekends in 2025', () => {
    expect(exceptions(2025)).toEqual({
      offWeekdays: [
        '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-07', '2025-03-10', '2025-03-21', '2025-03-24', '2025-03-25',
        '2025-05-01', '2025-05-07', '2025-05-09', '2025-06-06', '2025-07-07', '2025-09-01', '2025-10-27', '2025-12-16',
      ],
      workedWeekends: ['2025-01-05'],
    });
  });

  it('has exactly the expected days off in 2026, the published transfers and nothing else', () => {
    expect(exceptions(2026)).toEqual({
      offWeekdays: [
        '2026-01-01', '2026-01-02', '2026-01-07', '2026-03-09', '2026-03-23', '2026-03-24', '2026-03-25', '2026-05-01',
        '2026-05-07', '2026-05-11', '2026-05-27', '2026-07-06', '2026-08-31', '2026-10-26', '2026-12-16',
      ],
      workedWeekends: [],
    });
  });

  it('derives 2027 by the same rule: 2 Jan → 4 Jan, 21 Mar → 24 Mar, 1 May → 3 May, 9 May → 10 May', () => {
    expect(exceptions(2027)).toEqual({
      offWeekdays: [
        '2027-01-01', '2027-01-04', '2027-01-07', '2027-03-08', '2027-03-22', '2027-03-23', '2027-03-24', '2027-05-03',
        '2027-05-07', '2027-05-10', '2027-07-06', '2027-08-30', '2027-10-25', '2027-12-16',
      ],
      workedWeekends: [],
    });
    expect(nonWorkingReason(kz, '2027-01-04')).toMatchObject({ source: 'law', from: '2027-01-02' });
  });

  it('marks Kurban Ait 2027 as provisional, and it never moves off Sunday 16 May', () => {
    expect(nonWorkingReason(kz, '2027-05-16')).toMatchObject({ kind: 'holiday', holidayId: 'kurbanAit', provisional: true });
    expect(isWorkingDay(kz, '2027-05-17')).toBe(true);
    const kurban = kz2025to2027.movableHolidays.find((h) => h.id === 'kurbanAit');
    expect(kurban?.dates.filter((d) => d.provisional).map((d) => d.date)).toEqual(['2027-05-16']);
  });

  it('lists a year for screens in date order, with no other year mixed in', () => {
    const days = listSpecialDays(kz, 2026);
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    expect(days.every((d) => d.date.startsWith('2026-'))).toBe(true);
    expect(days).toHaveLength(15 + 6);
  });

  it('counts an ordinary weekday as working and an ordinary weekend as a weekend', () => {
    expect(dayStatus(kz, '2026-03-26')).toEqual({ date: '2026-03-26', working: true, reason: null, outsideCalendar: false });
    expect(nonWorkingReason(kz, '2026-03-28')).toEqual({ kind: 'weekend' });
  });
});
