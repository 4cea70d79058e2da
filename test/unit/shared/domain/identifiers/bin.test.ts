import { describe, expect, it } from 'vitest';
import { validateBin } from '../../../../../shared/domain/identifiers';
import { codes, impossiblePrefix, options, withCheck } from './helpers';

describe('validateBin: parsing', () => {
  it('reads year, month, type and unit', () => {
    expect(validateBin('040540000014', options)).toEqual({
      ok: true,
      kind: 'bin',
      value: '040540000014',
      registrationYear: 2004,
      registrationMonth: 5,
      type: 'residentLegalEntity',
      unit: 'headOffice',
    });
  });

  it.each([
    ['4', 'residentLegalEntity'],
    ['5', 'nonResidentLegalEntity'],
    ['6', 'jointEntrepreneurship'],
  ])('reads type digit %s as %s', (digit, type) => {
    expect(validateBin(withCheck(`1001${digit}000001`), options)).toMatchObject({ ok: true, type });
  });

  it.each([
    ['0', 'headOffice'],
    ['1', 'branch'],
    ['2', 'representativeOffice'],
    ['3', 'farm'],
  ])('reads unit digit %s as %s', (digit, unit) => {
    expect(validateBin(withCheck(`10014${digit}00001`), options)).toMatchObject({ ok: true, unit });
  });

  it.each(['01', '06', '12'])('reads month %s', (month) => {
    expect(validateBin(withCheck(`10${month}4000001`), options)).toMatchObject({ ok: true, registrationMonth: Number(month) });
  });

  it.each([
    ['26', '2026-03-02', 2026],
    ['27', '2026-03-02', 1927],
    ['99', '2026-03-02', 1999],
    ['00', '2026-03-02', 2000],
    ['95', '1999-12-31', 1995],
    ['00', '1999-12-31', 1900],
    ['00', '2100-01-01', 2100],
  ])('reads year %s, today being %s, as %s', (yy, today, year) => {
    expect(validateBin(withCheck(`${yy}014000001`), { today })).toMatchObject({ ok: true, registrationYear: year });
  });

  it('trims surrounding whitespace', () => {
    expect(validateBin('  040540000014 ', options)).toMatchObject({ ok: true, value: '040540000014' });
  });
});

describe('validateBin: failures', () => {
  it.each(['00', '13', '99'])('rejects month %s', (month) => {
    const result = validateBin(withCheck(`04${month}4000001`), options);
    expect(!result.ok && result.reasons).toMatchObject([{ code: 'registrationMonth', subject: 'bin', params: { month } }]);
  });

  it.each(['0', '1', '2', '3', '7', '8', '9'])('rejects type digit %s', (digit) => {
    const result = validateBin(withCheck(`0405${digit}000001`), options);
    expect(!result.ok && result.reasons).toMatchObject([{ code: 'binType', params: { digit: Number(digit) } }]);
  });

  it.each(['4', '5', '9'])('rejects unit digit %s', (digit) => {
    const result = validateBin(withCheck(`04054${digit}00001`), options);
    expect(!result.ok && result.reasons).toMatchObject([{ code: 'binUnit', params: { digit: Number(digit) } }]);
  });

  it('reports every applicable reason at once', () => {
    const result = validateBin('041399000010', options);
    expect(!result.ok && codes(result.reasons)).toEqual(['registrationMonth', 'binType', 'binUnit', 'checkDigit']);
  });

  it('reports a wrong and an impossible check digit', () => {
    expect(validateBin('040540000015', options)).toMatchObject({
      ok: false,
      reasons: [{ code: 'checkDigit', subject: 'bin', params: { expected: 4, actual: 5 } }],
    });
    expect(validateBin(`${impossiblePrefix('040540')}9`, options)).toMatchObject({ ok: false, reasons: [{ code: 'checkDigitImpossible', subject: 'bin' }] });
  });

  it('stops at length and characters', () => {
    expect(validateBin('', options)).toMatchObject({ ok: false, reasons: [{ code: 'empty', subject: 'bin' }] });
    expect(validateBin('0405400000', options)).toMatchObject({ ok: false, reasons: [{ code: 'length', params: { actual: 10 } }] });
    expect(validateBin('0405-4000001', options)).toMatchObject({ ok: false, reasons: [{ code: 'nonDigit', params: { position: 5 } }] });
  });

  it('refuses a malformed "today"', () => {
    expect(() => validateBin('040540000014', { today: '2026-13-01' })).toThrow(RangeError);
  });

  it('does not read an IIN as a BIN', () => {
    const result = validateBin('900314400120', options);
    expect(!result.ok && codes(result.reasons)).toEqual(['binType', 'binUnit']);
  });
});
