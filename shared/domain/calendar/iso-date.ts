// Plain UTC arithmetic on ISO calendar dates (YYYY-MM-DD). Dates are Kazakhstan local dates
// with no time of day, so they are handled as whole days since 1970-01-01 and never as
// instants: no time zone or daylight-saving shift can turn one day into another.
import type { IsoDate } from '../types';

const MS_PER_DAY = 86_400_000;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01, or null when the text is not a real YYYY-MM-DD date. */
function toDayNumberOrNull(date: string): number | null {
  const match = isoDatePattern.exec(date);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 31 April over to 1 May; a round trip catches impossible dates.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / MS_PER_DAY);
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && toDayNumberOrNull(value) !== null;
}

/** Days since 1970-01-01; throws on a malformed date because that is a programming error. */
export function toDayNumber(date: IsoDate): number {
  const n = toDayNumberOrNull(date);
  if (n === null) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return n;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function yearOf(date: IsoDate): number {
  toDayNumber(date);
  return Number(date.slice(0, 4));
}

export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether month/day exists in every year (29 February does not). */
export function isEveryYearDay(month: number, day: number): boolean {
  // 2023 is not a leap year, so it has exactly the days that every year has.
  return Number.isInteger(month) && Number.isInteger(day) && isIsoDate(isoDateOf(2023, month, day));
}
