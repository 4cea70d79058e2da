// The domain's one module for calendar dates: YYYY-MM-DD strings (IsoDate) that are Kazakhstan
// local dates with no time of day. It checks and parses them, counts them as whole days since
// 1970-01-01 with plain UTC arithmetic (never as instants, so no time zone or daylight-saving
// shift can turn one day into another), and writes them DD.MM.YYYY. It never reads the clock:
// "today" is always the caller's argument.
import type { IsoDate } from './types';

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Gregorian leap years: 2000 was one, 1900 and 1800 were not. */
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether whole numbers year/month/day name a real date of the years 0100–9999. Years 0000–0099
 * are refused: Date.UTC reads them as 1900–1999, and no date in this domain is that old.
 */
export function isRealDate({ year, month, day }: DateParts): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  return year >= 100 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The parts of a real YYYY-MM-DD date, or null for anything else. */
function partsOrNull(value: unknown): DateParts | null {
  const match = typeof value === 'string' ? isoDatePattern.exec(value) : null;
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(parts) ? parts : null;
}

/** True for a real calendar date written YYYY-MM-DD (so not 2026-02-29, 2026-3-9 or 2026-03-09T00:00). */
export function isIsoDate(value: unknown): value is IsoDate {
  return partsOrNull(value) !== null;
}

/** @throws RangeError when `date` is not a real YYYY-MM-DD date: that is the caller's bug. */
export function parseIsoDate(date: IsoDate): DateParts {
  const parts = partsOrNull(date);
  if (!parts) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parts;
}

/** Writes year/month/day as YYYY-MM-DD; it does not check that they make a real date (see isRealDate). */
export const toIsoDate = ({ year, month, day }: DateParts): IsoDate => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

export function yearOf(date: IsoDate): number {
  return parseIsoDate(date).year;
}

/** DD.MM.YYYY, the way dates are written in Kazakhstan in both languages. */
export const formatDate = (date: IsoDate): string => date.split('-').reverse().join('.');

/** Days since 1970-01-01 (negative before it). @throws RangeError on a malformed date. */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  // Midnight UTC is a whole number of days from the epoch, so the division is exact.
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The date `day` days after 1970-01-01: the inverse of dayNumber. */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO weekday 4); the double modulo handles days before it.
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** Whether month/day exists in every year (29 February does not). */
export function isEveryYearDay(month: number, day: number): boolean {
  // 2023 is not a leap year, so it has exactly the days that every year has.
  return isRealDate({ year: 2023, month, day });
}
