// Deterministic valid numbers for demo datasets and tests. Real people and companies may hold
// the same numbers, so demo data must never be presented as real.
import { checkDigit } from './checkDigit';
import { parseIsoDate } from '../dates';
import { type BinType, type BinUnit, type Sex } from './types';
import type { IsoDate } from '../types';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function assertInteger(name: string, n: number, min: number, max: number): void {
  if (!Number.isInteger(n) || n < min || n > max) throw new RangeError(`${name} must be an integer ${min}–${max}, got ${n}`);
}

/**
 * Appends the check digit, moving to the next serial (wrapping around) when the prefix has
 * none. Digit 11 weighs 0 in the first pass and 2 in the second, so of ten serials differing
 * only in their last digit at most one lacks a check digit: the search stops within two steps.
 */
function complete(head: string, serial: number, serialWidth: number): string {
  const limit = 10 ** serialWidth;
  for (let s = serial; ; s = (s + 1) % limit) {
    const prefix = head + pad(s, serialWidth);
    const check = checkDigit(prefix);
    if (check !== null) return prefix + String(check);
  }
}

/**
 * A valid IIN for that birth date (1800-01-01 … 2099-12-31) and sex, with the given serial
 * (0–9999, digits 8–11) or, if that serial has no check digit, the next one that does.
 */
export function makeIin({ birthDate, sex, serial }: { birthDate: IsoDate; sex: Sex; serial: number }): string {
  const { year, month, day } = parseIsoDate(birthDate);
  assertInteger('birth year', year, 1800, 2099);
  assertInteger('IIN serial', serial, 0, 9999);
  // Inverse of digit 7: 1800s → 1/2, 1900s → 3/4, 2000s → 5/6, the odd digit for men.
  const digit7 = 2 * Math.floor((year - 1800) / 100) + (sex === 'male' ? 1 : 2);
  return complete(pad(year % 100, 2) + pad(month, 2) + pad(day, 2) + String(digit7), serial, 4);
}

// Inverses of the digit tables in types.ts, kept exhaustive by their types.
const typeDigits: Record<BinType, number> = { residentLegalEntity: 4, nonResidentLegalEntity: 5, jointEntrepreneurship: 6 };
const unitDigits: Record<BinUnit, number> = { headOffice: 0, branch: 1, representativeOffice: 2, farm: 3 };

/**
 * A valid BIN registered in that year and month, with the given serial (0–99999, digits 7–11)
 * or the next one that has a check digit. Only YY is stored: validators read it back as the
 * latest year ≤ their `today` that ends in YY.
 */
export function makeBin({
  year,
  month,
  type,
  unit,
  serial,
}: {
  year: number;
  month: number;
  type: BinType;
  unit: BinUnit;
  serial: number;
}): string {
  assertInteger('registration year', year, 1900, 2099);
  assertInteger('registration month', month, 1, 12);
  assertInteger('BIN serial', serial, 0, 99999);
  const head = pad(year % 100, 2) + pad(month, 2) + String(typeDigits[type]) + String(unitDigits[unit]);
  return complete(head, serial, 5);
}
