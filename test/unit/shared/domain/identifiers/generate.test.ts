import { describe, expect, it } from 'vitest';
import { checkDigit, makeBin, makeIin, validateBin, validateIin } from '../../../../../shared/domain/identifiers';
import { options } from './helpers';

describe('makeIin', () => {
  it('reproduces a known IIN', () => {
    expect(makeIin({ birthDate: '1990-03-14', sex: 'female', serial: 12 })).toBe('900314400120');
    expect(makeIin({ birthDate: '1985-07-02', sex: 'male', serial: 45 })).toBe('850702300459');
  });

  it.each([
    ['1850-06-01', 'male', '1'],
    ['1850-06-01', 'female', '2'],
    ['1999-12-31', 'male', '3'],
    ['1900-01-01', 'female', '4'],
    ['2000-02-29', 'male', '5'],
    ['2026-03-02', 'female', '6'],
  ] as const)('makes a valid IIN for %s, %s (digit 7 = %s)', (birthDate, sex, digit7) => {
    const iin = makeIin({ birthDate, sex, serial: 1234 });
    expect(iin[6]).toBe(digit7);
    expect(iin.slice(7, 11)).toBe('1234');
    expect(validateIin(iin, options)).toMatchObject({ ok: true, birthDate, sex });
  });

  it('is deterministic', () => {
    const spec = { birthDate: '1971-08-30', sex: 'male', serial: 77 } as const;
    expect(makeIin(spec)).toBe(makeIin(spec));
  });

  it('skips a serial whose check digit is impossible', () => {
    // 90031440100 has no check digit (see checkDigit.test.ts), so serial 0100 becomes 0101.
    expect(checkDigit('90031440100')).toBeNull();
    const iin = makeIin({ birthDate: '1990-03-14', sex: 'female', serial: 100 });
    expect(iin.slice(0, 11)).toBe('90031440101');
    expect(validateIin(iin, options).ok).toBe(true);
  });

  it('wraps around from serial 9999 to 0000', () => {
    const birthDate = findBirthDateWithImpossibleLastSerial();
    const iin = makeIin({ birthDate, sex: 'male', serial: 9999 });
    expect(iin.slice(7, 11)).toBe('0000');
    expect(validateIin(iin, options).ok).toBe(true);
  });

  it.each([
    [{ birthDate: '1799-12-31', sex: 'male', serial: 0 }],
    [{ birthDate: '2100-01-01', sex: 'male', serial: 0 }],
    [{ birthDate: '1990-02-30', sex: 'male', serial: 0 }],
    [{ birthDate: '1990-03-14', sex: 'male', serial: -1 }],
    [{ birthDate: '1990-03-14', sex: 'male', serial: 10000 }],
    [{ birthDate: '1990-03-14', sex: 'male', serial: 1.5 }],
  ] as const)('refuses %j', (spec) => {
    expect(() => makeIin(spec)).toThrow(RangeError);
  });
});

describe('makeBin', () => {
  it('reproduces the BIN used across these tests', () => {
    expect(makeBin({ year: 2004, month: 5, type: 'residentLegalEntity', unit: 'headOffice', serial: 1 })).toBe('040540000014');
  });

  it.each([
    [1994, 12, 'nonResidentLegalEntity', 'branch'],
    [2008, 1, 'jointEntrepreneurship', 'representativeOffice'],
    [2026, 3, 'residentLegalEntity', 'farm'],
  ] as const)('makes a valid BIN for %s-%s, %s, %s', (year, month, type, unit) => {
    const bin = makeBin({ year, month, type, unit, serial: 54321 });
    expect(bin.slice(6, 11)).toBe('54321');
    expect(validateBin(bin, options)).toEqual({
      ok: true,
      kind: 'bin',
      value: bin,
      registrationYear: year,
      registrationMonth: month,
      type,
      unit,
    });
  });

  it('skips a serial whose check digit is impossible', () => {
    const bin = makeBin({ year: 2004, month: 5, type: 'residentLegalEntity', unit: 'headOffice', serial: 0 });
    let serial = 0;
    while (checkDigit(`040540${String(serial).padStart(5, '0')}`) === null) serial++;
    expect(bin.slice(6, 11)).toBe(String(serial).padStart(5, '0'));
    const firstImpossible = firstImpossibleBinSerial();
    const skipped = makeBin({ year: 2004, month: 5, type: 'residentLegalEntity', unit: 'headOffice', serial: firstImpossible });
    expect(Number(skipped.slice(6, 11))).toBe(firstImpossible + 1);
    expect(validateBin(skipped, options).ok).toBe(true);
  });

  it.each([
    [{ year: 1899, month: 1, serial: 0 }],
    [{ year: 2100, month: 1, serial: 0 }],
    [{ year: 2004, month: 0, serial: 0 }],
    [{ year: 2004, month: 13, serial: 0 }],
    [{ year: 2004, month: 5, serial: 100000 }],
    [{ year: 2004, month: 5, serial: -3 }],
  ])('refuses %j', (spec) => {
    expect(() => makeBin({ ...spec, type: 'residentLegalEntity', unit: 'headOffice' })).toThrow(RangeError);
  });
});

function findBirthDateWithImpossibleLastSerial(): string {
  for (let day = 1; day <= 28; day++) {
    for (let month = 1; month <= 12; month++) {
      const dd = String(day).padStart(2, '0');
      const mm = String(month).padStart(2, '0');
      if (checkDigit(`80${mm}${dd}39999`) === null) return `1980-${mm}-${dd}`;
    }
  }
  throw new Error('no such birth date in 1980');
}

function firstImpossibleBinSerial(): number {
  let serial = 0;
  while (checkDigit(`040540${String(serial).padStart(5, '0')}`) !== null) serial++;
  return serial;
}
