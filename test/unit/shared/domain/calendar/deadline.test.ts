// §5.2 deadlines: 15 calendar days, moved to the next working day when the regulation
// version says so.
import { describe, expect, it } from 'vitest';
import { addWorkingDays, computeDeadline, nextWorkingDay } from '../../../../../shared/domain/calendar';
import { kz } from './fixtures';

const fifteenDays = (registeredOn: string, moveToNextWorkingDay = true) => computeDeadline({ registeredOn, calendarDays: 15, moveToNextWorkingDay }, kz);

describe('computeDeadline', () => {
  it('moves a deadline on Monday 9 March 2026 (the moved 8 March) to Tuesday 10 March', () => {
    expect(fifteenDays('2026-02-22')).toEqual({
      nominal: '2026-03-09',
      due: '2026-03-10',
      moved: true,
      rule: 'nextWorkingDay',
      calendarVersion: 'kz-2025-2027.1',
      skipped: [{ date: '2026-03-09', reason: expect.objectContaining({ kind: 'transferredDayOff', from: '2026-03-08', holidayId: 'womensDay' }) }],
      outsideCalendar: false,
    });
  });

  it('moves a deadline on Kurban Ait 2026-05-27 to 2026-05-28', () => {
    const d = fifteenDays('2026-05-12');
    expect([d.nominal, d.due, d.moved]).toEqual(['2026-05-27', '2026-05-28', true]);
    expect(d.skipped).toEqual([{ date: '2026-05-27', reason: expect.objectContaining({ kind: 'holiday', holidayId: 'kurbanAit' }) }]);
  });

  it('moves a deadline on Saturday 21 March 2026 over the whole Nauryz block to Thursday 26 March', () => {
    const d = fifteenDays('2026-03-06');
    expect(d.nominal).toBe('2026-03-21');
    expect(d.due).toBe('2026-03-26');
    expect(d.skipped.map((s) => [s.date, s.reason.kind])).toEqual([
      ['2026-03-21', 'holiday'],
      ['2026-03-22', 'holiday'],
      ['2026-03-23', 'holiday'],
      ['2026-03-24', 'transferredDayOff'],
      ['2026-03-25', 'transferredDayOff'],
    ]);
    for (const registeredOn of ['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']) expect(fifteenDays(registeredOn).due).toBe('2026-03-26');
    expect(fifteenDays('2026-03-11')).toMatchObject({ nominal: '2026-03-26', due: '2026-03-26', moved: false });
  });

  it('keeps the nominal date when the rule is off, even on a holiday', () => {
    expect(fifteenDays('2026-02-22', false)).toEqual({
      nominal: '2026-03-09',
      due: '2026-03-09',
      moved: false,
      rule: 'calendarDays',
      calendarVersion: 'kz-2025-2027.1',
      skipped: [],
      outsideCalendar: false,
    });
  });

  it('does not move a deadline on a plain working day', () => {
    expect(fifteenDays('2026-02-02')).toEqual({
      nominal: '2026-02-17',
      due: '2026-02-17',
      moved: false,
      rule: 'nextWorkingDay',
      calendarVersion: 'kz-2025-2027.1',
      skipped: [],
      outsideCalendar: false,
    });
  });

  it('moves a weekend deadline to Monday', () => {
    expect(fifteenDays('2026-01-30')).toMatchObject({ nominal: '2026-02-14', due: '2026-02-16', skipped: [{ reason: { kind: 'weekend' } }, { reason: { kind: 'weekend' } }] });
  });

  it('ends on Sunday 5 January 2025, a working day by the government transfer', () => {
    const d = fifteenDays('2024-12-19');
    expect(d).toMatchObject({ nominal: '2025-01-03', due: '2025-01-05', moved: true, outsideCalendar: false });
    expect(d.skipped.map((s) => s.reason.kind)).toEqual(['transferredDayOff', 'weekend']);
  });

  it('flags a deadline computed past the calendar’s years', () => {
    // 2028-01-03/04 are New Year days moved by art. 5; Kurban Ait 2028 is unknown.
    expect(fifteenDays('2027-12-20')).toMatchObject({ nominal: '2028-01-04', due: '2028-01-05', outsideCalendar: true });
    expect(fifteenDays('2027-12-20', false)).toMatchObject({ due: '2028-01-04', outsideCalendar: true });
    expect(fifteenDays('2027-12-10')).toMatchObject({ due: '2027-12-27', outsideCalendar: false });
  });

  it('refuses a term that is not a whole number of days, or a malformed date', () => {
    expect(() => computeDeadline({ registeredOn: '2026-03-01', calendarDays: -1, moveToNextWorkingDay: true }, kz)).toThrow(RangeError);
    expect(() => computeDeadline({ registeredOn: '2026-03-01', calendarDays: 1.5, moveToNextWorkingDay: true }, kz)).toThrow(RangeError);
    expect(() => computeDeadline({ registeredOn: '01.03.2026', calendarDays: 15, moveToNextWorkingDay: true }, kz)).toThrow(RangeError);
  });

  it('accepts a zero-day term: the registration day, moved if it is a day off', () => {
    expect(computeDeadline({ registeredOn: '2026-03-21', calendarDays: 0, moveToNextWorkingDay: true }, kz).due).toBe('2026-03-26');
  });
});

describe('nextWorkingDay and addWorkingDays', () => {
  it('returns a working day itself', () => {
    expect(nextWorkingDay(kz, '2026-03-20')).toEqual({ date: '2026-03-20', skipped: [], outsideCalendar: false });
  });

  it('steps over the Nauryz block in both directions', () => {
    expect(addWorkingDays(kz, '2026-03-20', 1)).toEqual({ date: '2026-03-26', outsideCalendar: false });
    expect(addWorkingDays(kz, '2026-03-26', -1)).toEqual({ date: '2026-03-20', outsideCalendar: false });
    expect(addWorkingDays(kz, '2026-03-19', 3)).toEqual({ date: '2026-03-27', outsideCalendar: false });
    expect(addWorkingDays(kz, '2026-03-21', 0)).toEqual({ date: '2026-03-21', outsideCalendar: false });
  });

  it('flags steps that leave the calendar, and refuses fractions', () => {
    expect(addWorkingDays(kz, '2027-12-31', 1)).toEqual({ date: '2028-01-05', outsideCalendar: true });
    expect(addWorkingDays(kz, '2025-01-06', -2)).toEqual({ date: '2024-12-31', outsideCalendar: true });
    expect(() => addWorkingDays(kz, '2026-03-20', 0.5)).toThrow(RangeError);
  });
});
