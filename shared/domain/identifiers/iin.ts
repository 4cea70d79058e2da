// IIN (individual identification number, ЖСН/ИИН): 12 digits — birth date YYMMDD, a digit for
// century and sex, a 4-digit serial and the check digit (Law "On national registers of
// identification numbers" of 12 January 2007 No. 223-III; Government Decree No. 406 of 22 May 2007).
import { isRealDate, parseIsoDate, toIsoDate } from '../dates';
import { checkDigitReasons, checkRaw, reason } from './reasons';
import { type Century, type IdentifierOptions, type IinResult, type Reason, type ReasonSubject, type Sex, type ValidIin } from './types';

/** What digits 1–7 say, and what is wrong with them; the check digit is not looked at. */
export interface IinStructure {
  reasons: Reason[];
  /** Set when digits 1–7 read as a real date in a known century (a future date still reads). */
  parsed: Omit<ValidIin, 'ok' | 'kind' | 'value'> | null;
  /** Same as `parsed !== null`: for an IIN the shape is the date and the century digit. */
  shaped: boolean;
}

/** Digit 7: 1/2 → 1800s, 3/4 → 1900s, 5/6 → 2000s; odd is male, even female. */
function centuryAndSex(digit: number): { century: Century; sex: Sex } | null {
  if (digit < 1 || digit > 6) return null;
  const centuries: readonly Century[] = [1800, 1900, 2000];
  return { century: centuries[Math.floor((digit - 1) / 2)] as Century, sex: digit % 2 === 1 ? 'male' : 'female' };
}

/** `value` must be 12 ASCII digits. */
export function iinStructure(value: string, { today }: IdentifierOptions): IinStructure {
  parseIsoDate(today); // a malformed `today` is the caller's bug: fail loudly, whatever the number
  const yy = Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const digit7 = Number(value[6]);
  const decoded = centuryAndSex(digit7);

  // With a wrong century digit, the date is judged in the most lenient century: 1800 + YY,
  // 1900 + YY and 2000 + YY are all leap years exactly when YY is divisible by 4, except
  // 1800 and 1900 — and 2000 covers YY = 00.
  const date = { year: (decoded?.century ?? 2000) + yy, month, day };
  const dateOk = isRealDate(date);

  const reasons: Reason[] = [];
  if (!dateOk) reasons.push(reason('birthDate', 'iin', { digits: value.slice(0, 6), century: decoded?.century ?? null }));
  if (!decoded) reasons.push(reason('centuryDigit', 'iin', { digit: digit7 }));
  if (!dateOk || !decoded) return { reasons, parsed: null, shaped: false };

  const birthDate = toIsoDate(date);
  // ISO dates with four-digit years compare correctly as strings.
  if (birthDate > today) reasons.push(reason('futureBirthDate', 'iin', { birthDate, today }));
  return { reasons, parsed: { birthDate, sex: decoded.sex, century: decoded.century }, shaped: true };
}

/** Completes an IIN verdict once the raw text is known to be 12 digits. */
export function iinResult(value: string, structure: IinStructure, subject: ReasonSubject): IinResult {
  const reasons = [...structure.reasons, ...checkDigitReasons(value, subject)];
  if (reasons.length > 0 || !structure.parsed) return { ok: false, reasons };
  return { ok: true, kind: 'iin', value, ...structure.parsed };
}

/**
 * Validates and parses an IIN. Reports every applicable reason (e.g. a wrong date and a wrong
 * check digit together), except that a wrong length or a non-digit stops the other checks.
 */
export function validateIin(input: string, options: IdentifierOptions): IinResult {
  const raw = checkRaw(input, 'iin');
  if (!raw.ok) return raw;
  return iinResult(raw.value, iinStructure(raw.value, options), 'iin');
}
