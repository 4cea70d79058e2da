// Properties of the mod-11 scheme and of the validators, over generated numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDigit,
  makeBin,
  makeIin,
  validateBin,
  validateIin,
  validateTaxpayerId,
  type TaxpayerIdResult,
} from '../../../../../shared/domain/identifiers';
import { firstPass, options, today } from './helpers';

const digits = (length: number) => fc.stringMatching(new RegExp(`^[0-9]{${length}}$`));

const birthDate = fc
  .date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date(`${today}T00:00:00Z`), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const sex = fc.constantFrom('male' as const, 'female' as const);
const validIin = fc.record({ birthDate, sex, serial: fc.integer({ min: 0, max: 9999 }) }).map(makeIin);
const validBin = fc
  .record({
    // Not after this year: validators read YY as the latest such year up to today.
    year: fc.integer({ min: 1927, max: 2026 }),
    month: fc.integer({ min: 1, max: 12 }),
    type: fc.constantFrom('residentLegalEntity' as const, 'nonResidentLegalEntity' as const, 'jointEntrepreneurship' as const),
    unit: fc.constantFrom('headOffice' as const, 'branch' as const, 'representativeOffice' as const, 'farm' as const),
    serial: fc.integer({ min: 0, max: 99999 }),
  })
  .map(makeBin);
const validNumber = fc.oneof(validIin, validBin);

/** What a valid number says, apart from the number itself. */
function parse(result: TaxpayerIdResult): string | null {
  if (!result.ok) return null;
  const { value: _value, ...rest } = result;
  return JSON.stringify(rest);
}

const usesSecondPass = (number: string): boolean => firstPass(number) === 10;

describe('properties', () => {
  it('every 11 digits with a check digit make a number whose check digit is accepted', () => {
    fc.assert(
      fc.property(digits(11), (prefix) => {
        const check = checkDigit(prefix);
        fc.pre(check !== null);
        const result = validateTaxpayerId(prefix + String(check), 'any', options);
        const reasons = result.ok ? [] : result.reasons;
        expect(reasons.filter((r) => r.code === 'checkDigit' || r.code === 'checkDigitImpossible')).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('every well-formed IIN prefix with a check digit validates and reads back', () => {
    fc.assert(
      fc.property(birthDate, sex, digits(4), (date, s, serial) => {
        const digit7 = 2 * Math.floor((Number(date.slice(0, 4)) - 1800) / 100) + (s === 'male' ? 1 : 2);
        const prefix = date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10) + String(digit7) + serial;
        const check = checkDigit(prefix);
        fc.pre(check !== null);
        expect(validateTaxpayerId(prefix + String(check), 'any', options)).toMatchObject({ ok: true, kind: 'iin', birthDate: date, sex: s });
      }),
      { numRuns: 1000 },
    );
  });

  it('every well-formed BIN prefix with a check digit validates and reads back', () => {
    fc.assert(
      fc.property(digits(2), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 4, max: 6 }), fc.integer({ min: 0, max: 3 }), digits(5), (yy, month, type, unit, serial) => {
        const prefix = yy + String(month).padStart(2, '0') + String(type) + String(unit) + serial;
        const check = checkDigit(prefix);
        fc.pre(check !== null);
        expect(validateTaxpayerId(prefix + String(check), 'any', options)).toMatchObject({ ok: true, kind: 'bin', registrationMonth: month });
      }),
      { numRuns: 1000 },
    );
  });

  it('makeIin and makeBin always give valid numbers', () => {
    // Block bodies: fast-check reads a returned `false` as a failure.
    fc.assert(
      fc.property(validIin, (iin) => {
        expect(validateIin(iin, options).ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(validBin, (bin) => {
        expect(validateBin(bin, options).ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('changing the check digit always makes a number invalid', () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 1, max: 9 }), (number, delta) => {
        const changed = number.slice(0, 11) + String((Number(number[11]) + delta) % 10);
        expect(validateTaxpayerId(changed, 'any', options).ok).toBe(false);
      }),
    );
  });

  // The scheme's limits, stated exactly: a single-digit change keeps the number valid with the
  // same reading only (a) in digit 11 when the first pass decides (weight 11 ≡ 0 mod 11), or
  // (b) when the change moves the number between the first and the second pass.
  it('changing any single digit makes the number invalid or changes its reading, except in the two known blind spots', () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }), (number, index, delta) => {
        const changed = number.slice(0, index) + String((Number(number[index]) + delta) % 10) + number.slice(index + 1);
        const before = validateTaxpayerId(number, 'any', options);
        const after = validateTaxpayerId(changed, 'any', options);
        if (after.ok && parse(after) === parse(before)) {
          const digit11BlindSpot = index === 10 && !usesSecondPass(number);
          const passSwitch = usesSecondPass(number) !== usesSecondPass(changed);
          expect(digit11BlindSpot || passSwitch).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('the blind spots are real: examples of each', () => {
    // (a) digit 11: 900314400120 → 900314400130, both valid for the same person's date and sex.
    expect(validateIin('900314400130', options).ok).toBe(true);
    // (b) a pass switch: 900314440120 differs from it in digit 8, and is valid by the second pass.
    expect(validateIin('900314440120', options)).toMatchObject({ ok: true, birthDate: '1990-03-14', sex: 'female' });
    expect(firstPass('900314400120')).toBe(0);
    expect(firstPass('900314440120')).toBe(10);
  });

  it("'any' mode agrees with the single-kind validators, and no number is both an IIN and a BIN", () => {
    fc.assert(
      fc.property(fc.oneof(digits(12), validNumber), (number) => {
        const iin = validateIin(number, options);
        const bin = validateBin(number, options);
        const any = validateTaxpayerId(number, 'any', options);
        expect(iin.ok && bin.ok).toBe(false);
        if (iin.ok) expect(any).toEqual(iin);
        else if (bin.ok) expect(any).toEqual(bin);
        else expect(any.ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('surrounding whitespace never changes the verdict', () => {
    const space = fc.constantFrom(' ', '\t', '\n', '\u00a0', '');
    fc.assert(
      fc.property(fc.oneof(validNumber, digits(12)), space, space, (number, left, right) => {
        expect(validateTaxpayerId(left + number + right, 'any', options)).toEqual(validateTaxpayerId(number, 'any', options));
      }),
    );
  });
});
