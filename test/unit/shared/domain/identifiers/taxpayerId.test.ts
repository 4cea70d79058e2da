import { describe, expect, it } from 'vitest';
import { identifierIssues, validateTaxpayerId, type Reason } from '../../../../../shared/domain/identifiers';
import { codes, impossiblePrefix, options, withCheck } from './helpers';

const summary = (reasons: Reason[]): string[] => reasons.map((r) => `${r.subject}:${r.code}`);

describe("validateTaxpayerId with a fixed kind", () => {
  it('validates as that kind only', () => {
    expect(validateTaxpayerId('900314400120', 'iin', options)).toMatchObject({ ok: true, kind: 'iin' });
    expect(validateTaxpayerId('040540000014', 'bin', options)).toMatchObject({ ok: true, kind: 'bin' });
    expect(validateTaxpayerId('900314400120', 'bin', options)).toMatchObject({ ok: false });
    expect(validateTaxpayerId('040540000014', 'iin', options)).toMatchObject({ ok: false });
  });
});

describe("validateTaxpayerId in 'any' mode", () => {
  it('recognises an IIN and a BIN', () => {
    expect(validateTaxpayerId('920130300910', 'any', options)).toEqual({
      ok: true,
      kind: 'iin',
      value: '920130300910',
      birthDate: '1992-01-30',
      sex: 'male',
      century: 1900,
    });
    expect(validateTaxpayerId(' 040540000014 ', 'any', options)).toMatchObject({ ok: true, kind: 'bin', value: '040540000014' });
  });

  it('lets digit 5 decide between an IIN and a BIN with the same first four digits', () => {
    // 0405…: 5 May (IIN) or May 2004 (BIN). Digit 5 is the tens of the day, or the BIN type.
    expect(validateTaxpayerId(withCheck('04053130001'), 'any', options)).toMatchObject({ ok: true, kind: 'iin', birthDate: '1904-05-31' });
    expect(validateTaxpayerId(withCheck('04054130001'), 'any', options)).toMatchObject({ ok: true, kind: 'bin', unit: 'branch' });
    expect(validateTaxpayerId(withCheck('04050130001'), 'any', options)).toMatchObject({ ok: true, kind: 'iin', birthDate: '1904-05-01' });
  });

  it('judges an IIN-shaped number as an IIN only, even with a wrong check digit', () => {
    const result = validateTaxpayerId('900314400125', 'any', options);
    expect(!result.ok && summary(result.reasons)).toEqual(['iin:checkDigit']);
  });

  it('judges a future birth date as an IIN mistake, not as a BIN', () => {
    const result = validateTaxpayerId(withCheck('30010150012'), 'any', options);
    expect(!result.ok && summary(result.reasons)).toEqual(['iin:futureBirthDate']);
  });

  it('judges a BIN-shaped number with an unknown unit as a BIN', () => {
    const result = validateTaxpayerId(withCheck('04054800001'), 'any', options);
    expect(!result.ok && summary(result.reasons)).toEqual(['bin:binUnit']);
  });

  it('judges a BIN-shaped number with an impossible check digit as a BIN', () => {
    const result = validateTaxpayerId(`${impossiblePrefix('040540')}0`, 'any', options);
    expect(!result.ok && summary(result.reasons)).toEqual(['bin:checkDigitImpossible']);
  });

  it('gives the reasons of both kinds when the number fits neither', () => {
    // Month 13 rules out both; digit 7 = 7 is no century; unit 7 is no unit.
    const result = validateTaxpayerId('901347700120', 'any', options);
    expect(!result.ok && summary(result.reasons)).toEqual([
      'iin:birthDate',
      'iin:centuryDigit',
      'bin:registrationMonth',
      'bin:binUnit',
      'any:checkDigit',
    ]);
  });

  it('does not call a wrong century digit a BIN: a real date with digit 7 = 0', () => {
    const result = validateTaxpayerId(withCheck('90030100012'), 'any', options);
    expect(!result.ok && summary(result.reasons)).toEqual(['iin:centuryDigit', 'bin:binType']);
  });

  it('needs a month for a BIN: digit 5 = 4 with month 00 fits neither', () => {
    const result = validateTaxpayerId(withCheck('04004000001'), 'any', options);
    expect(!result.ok && summary(result.reasons)).toEqual(['iin:birthDate', 'iin:centuryDigit', 'bin:registrationMonth']);
  });

  it('reports an impossible check digit once, about "IIN/BIN", when the kind is unknown', () => {
    const result = validateTaxpayerId(`${impossiblePrefix('901347')}0`, 'any', options);
    expect(!result.ok && summary(result.reasons)).toEqual([
      'iin:birthDate',
      'iin:centuryDigit',
      'bin:registrationMonth',
      'bin:binUnit',
      'any:checkDigitImpossible',
    ]);
  });

  it('speaks of "IIN/BIN" for text-level failures', () => {
    for (const input of ['', '12345', '1234 5678 9012', 'abc']) {
      const result = validateTaxpayerId(input, 'any', options);
      expect(!result.ok && result.reasons.every((r) => r.subject === 'any')).toBe(true);
    }
    expect(codes((validateTaxpayerId('abc', 'any', options) as { reasons: Reason[] }).reasons)).toEqual(['nonDigit', 'length']);
  });
});

describe('identifierIssues', () => {
  it('is empty for a valid number and lists the reasons otherwise', () => {
    expect(identifierIssues('900314400120', 'iin', options)).toEqual([]);
    expect(identifierIssues('040540000014', 'any', options)).toEqual([]);
    expect(codes(identifierIssues('900314400121', 'iin', options))).toEqual(['checkDigit']);
    expect(codes(identifierIssues('', 'bin', options))).toEqual(['empty']);
  });
});
