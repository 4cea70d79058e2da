// Calendars for the calendar tests: the shipped version, and hand-made versions for cases
// the real years do not show (7 January on a weekend, coinciding holidays, broken data).
import { buildCalendar, type CalendarVersion, kz2025to2027 } from '../../../../../shared/domain/calendar';

export const kz = buildCalendar(kz2025to2027);

/** A copy of the shipped version with some fields replaced. */
export function variant(overrides: Partial<CalendarVersion>): CalendarVersion {
  return { ...structuredClone(kz2025to2027), ...overrides };
}

/** 2023–2024 with the doc's Kurban Ait dates: 7 January is a Saturday in 2023, a Sunday in 2024. */
export const kz2023to2024 = variant({
  id: 'kz-2023-2024.test',
  years: { from: 2023, to: 2024 },
  movableHolidays: [{ ...kz2025to2027.movableHolidays[0]!, dates: [{ year: 2023, date: '2023-06-28' }, { year: 2024, date: '2024-06-17' }] }],
  governmentTransfers: [],
});

/** Plain JSON of the shipped version, as it would arrive from the central system. */
export const shippedJson = (): Record<string, unknown> => JSON.parse(JSON.stringify(kz2025to2027)) as Record<string, unknown>;
