// Calendar arithmetic for identifiers, done on numbers: domain code may not read the clock,
// and plain arithmetic avoids time zones altogether.
import type { IsoDate } from '../types';

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Gregorian leap years: 2000 was one, 1900 and 1800 were not. */
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate({ year, month, day }: DateParts): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export const toIsoDate = ({ year, month, day }: DateParts): IsoDate => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** DD.MM.YYYY, the way dates are written in Kazakhstan in both languages. */
export const formatDate = (date: IsoDate): string => date.split('-').reverse().join('.');

/** @throws RangeError when `date` is not a real YYYY-MM-DD date (the caller's mistake). */
export function parseIsoDate(date: IsoDate): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const parts = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!parts || !isRealDate(parts)) throw new RangeError(`Expected a YYYY-MM-DD date, got "${date}"`);
  return parts;
}
