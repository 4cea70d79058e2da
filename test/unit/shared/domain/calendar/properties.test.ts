// Properties of every deadline in the shipped years: it never comes early, lands on a working
// day when the rule is on, and skips only non-working days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadline, dayStatus, isWorkingDay } from '../../../../../shared/domain/calendar';
import { addDays, daysBetween } from '../../../../../shared/domain/dates';
import { kz } from './fixtures';

const registration = fc.integer({ min: 0, max: daysBetween('2025-01-01', '2027-12-31') }).map((n) => addDays('2025-01-01', n));
const term = fc.integer({ min: 1, max: 30 });

describe('computeDeadline properties', () => {
  it('rule on: due ≥ nominal, due is a working day, and nothing between them is', () => {
    fc.assert(
      fc.property(registration, term, (registeredOn, calendarDays) => {
        const d = computeDeadline({ registeredOn, calendarDays, moveToNextWorkingDay: true }, kz);
        expect(d.nominal).toBe(addDays(registeredOn, calendarDays));
        expect(d.due >= d.nominal).toBe(true);
        expect(isWorkingDay(kz, d.due)).toBe(true);
        const between: string[] = [];
        for (let day = d.nominal; day < d.due; day = addDays(day, 1)) between.push(day);
        expect(between.some((day) => isWorkingDay(kz, day))).toBe(false);
        expect(d.skipped.map((s) => s.date)).toEqual(between);
        expect(d.skipped.every((s) => dayStatus(kz, s.date).reason !== null)).toBe(true);
        expect(d.moved).toBe(d.due !== d.nominal);
        expect(d.outsideCalendar).toBe(d.due > '2027-12-31');
      }),
      { numRuns: 2000 },
    );
  });

  it('rule off: due is the nominal date', () => {
    fc.assert(
      fc.property(registration, term, (registeredOn, calendarDays) => {
        const d = computeDeadline({ registeredOn, calendarDays, moveToNextWorkingDay: false }, kz);
        expect(d.due).toBe(d.nominal);
        expect(d.moved).toBe(false);
      }),
    );
  });
});
