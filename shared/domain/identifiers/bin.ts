// BIN (business identification number, БСН/БИН) of legal entities, their branches and
// representative offices, and of individual entrepreneurs in joint entrepreneurship: year and
// month of registration YYMM, type, unit, a 5-digit serial and the check digit (Government
// Decree No. 406 of 22 May 2007).
import { parseIsoDate } from '../dates';
import { checkDigitReasons, checkRaw, reason } from './reasons';
import {
  binTypes,
  binUnits,
  type BinResult,
  type IdentifierOptions,
  type Reason,
  type ReasonSubject,
  type ValidBin,
} from './types';

/** What digits 1–6 say, and what is wrong with them; the check digit is not looked at. */
export interface BinStructure {
  reasons: Reason[];
  /** Set when digits 1–6 are all meaningful. */
  parsed: Omit<ValidBin, 'ok' | 'kind' | 'value'> | null;
  /** Digits 3–4 are a month and digit 5 a known type: the shape that tells a BIN from an IIN. */
  shaped: boolean;
}

const isKey = <T extends object>(table: T, key: number): key is keyof T & number => Object.hasOwn(table, key);

/**
 * The two-digit year is read as 20YY unless that is after the current year. BINs date from the
 * 2007 law on national registers, but were also given to entities registered long before
 * (digits 1–4 keep their original registration), so 19YY years are real.
 */
function registrationYear(yy: number, today: string): number {
  const currentYear = parseIsoDate(today).year;
  const inThisCentury = currentYear - (currentYear % 100) + yy;
  return inThisCentury <= currentYear ? inThisCentury : inThisCentury - 100;
}

/** `value` must be 12 ASCII digits. */
export function binStructure(value: string, { today }: IdentifierOptions): BinStructure {
  const year = registrationYear(Number(value.slice(0, 2)), today);
  const monthDigits = value.slice(2, 4);
  const month = Number(monthDigits);
  const typeDigit = Number(value[4]);
  const unitDigit = Number(value[5]);

  const reasons: Reason[] = [];
  const monthOk = month >= 1 && month <= 12;
  if (!monthOk) reasons.push(reason('registrationMonth', 'bin', { month: monthDigits }));
  const typeOk = isKey(binTypes, typeDigit);
  if (!typeOk) reasons.push(reason('binType', 'bin', { digit: typeDigit }));
  const unitOk = isKey(binUnits, unitDigit);
  if (!unitOk) reasons.push(reason('binUnit', 'bin', { digit: unitDigit }));

  const parsed =
    monthOk && typeOk && unitOk
      ? { registrationYear: year, registrationMonth: month, type: binTypes[typeDigit], unit: binUnits[unitDigit] }
      : null;
  return { reasons, parsed, shaped: monthOk && typeOk };
}

/** Completes a BIN verdict once the raw text is known to be 12 digits. */
export function binResult(value: string, structure: BinStructure, subject: ReasonSubject): BinResult {
  const reasons = [...structure.reasons, ...checkDigitReasons(value, subject)];
  if (reasons.length > 0 || !structure.parsed) return { ok: false, reasons };
  return { ok: true, kind: 'bin', value, ...structure.parsed };
}

/**
 * Validates and parses a BIN. Reports every applicable reason, except that a wrong length or a
 * non-digit stops the other checks.
 */
export function validateBin(input: string, options: IdentifierOptions): BinResult {
  const raw = checkRaw(input, 'bin');
  if (!raw.ok) return raw;
  return binResult(raw.value, binStructure(raw.value, options), 'bin');
}
