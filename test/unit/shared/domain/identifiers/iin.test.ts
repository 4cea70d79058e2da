import { describe, expect, it } from 'vitest';
import { validateIin } from '../../../../../shared/domain/identifiers';
import { codes, options, today, withCheck } from './helpers';

describe('validateIin: parsing', () => {
  it.each([
    ['900314400120', '1990-03-14', 'female', 1900],
    ['850702300459', '1985-07-02', 'male', 1900],
    ['751121400786', '1975-11-21', 'female', 1900],
    ['920130300910', '1992-01-30', 'male', 1900],
  ])('reads %s as born %s, %s, %s', (value, birthDate, sex, century) => {
    expect(validateIin(value, options)).toEqual({ ok: true, kind: 'iin', value, birthDate, sex, century });
  });

  it.each([
    ['1', '1899-12-31', 'male', 1800],
    ['2', '1899-12-31', 'female', 1800],
    ['3', '1999-12-31', 'male', 1900],
    ['4', '1999-12-31', 'female', 1900],
    ['5', '2099-12-31', 'male', 2000],
    ['6', '2099-12-31', 'female', 2000],
  ])('reads century digit %s as %s, %s, %s', (digit, birthDate, sex, century) => {
    const value = withCheck(`991231${digit}0001`);
    const result = validateIin(value, { today: '2100-01-01' });
    expect(result).toEqual({ ok: true, kind: 'iin', value, birthDate, sex, century });
  });

  it('trims surrounding whitespace, including tabs, newlines and no-break spaces', () => {
    expect(validateIin(' \t900314400120\n\u00a0', options)).toMatchObject({ ok: true, value: '900314400120' });
  });

  it('accepts 29 February in leap years only (2000 was one, 1900 was not)', () => {
    expect(validateIin(withCheck('00022950012'), options)).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(validateIin(withCheck('04022930012'), options)).toMatchObject({ ok: true, birthDate: '1904-02-29' });
    const r1900 = validateIin(withCheck('00022930012'), options);
    expect(!r1900.ok && r1900.reasons.map((r) => [r.code, r.params])).toEqual([['birthDate', { digits: '000229', century: 1900 }]]);
    expect(validateIin(withCheck('01022950012'), options)).toMatchObject({ ok: false });
  });

  it('accepts a birth date of today, not of tomorrow', () => {
    expect(validateIin(withCheck('26030260012'), options)).toMatchObject({ ok: true, birthDate: today });
    const tomorrow = validateIin(withCheck('26030350012'), options);
    expect(!tomorrow.ok && tomorrow.reasons).toMatchObject([
      { code: 'futureBirthDate', subject: 'iin', params: { birthDate: '2026-03-03', today } },
    ]);
  });
});

describe('validateIin: failures', () => {
  it.each(['', '   ', '\n'])('calls %j empty', (input) => {
    expect(validateIin(input, options)).toMatchObject({ ok: false, reasons: [{ code: 'empty', subject: 'iin', params: {} }] });
  });

  it.each([
    ['9', 1],
    ['90031440012', 11],
    ['9003144001200', 13],
  ])('reports the length of %s', (input, actual) => {
    expect(validateIin(input, options)).toMatchObject({ ok: false, reasons: [{ code: 'length', params: { expected: 12, actual } }] });
  });

  it('rejects inner spaces as non-digits, without a length complaint when 12 digits are there', () => {
    const result = validateIin('900314 400120', options);
    expect(!result.ok && result.reasons).toMatchObject([
      { code: 'nonDigit', params: { whitespace: true, character: null, position: null } },
    ]);
  });

  it('names the first character that is not a digit and stops there', () => {
    const result = validateIin('9OO314400120', options);
    expect(!result.ok && result.reasons).toMatchObject([
      { code: 'nonDigit', params: { whitespace: false, character: 'O', position: 2 } },
    ]);
  });

  it('counts characters, not UTF-16 units, for positions and length', () => {
    const result = validateIin('90031440012😀', options);
    expect(!result.ok && result.reasons).toMatchObject([{ code: 'nonDigit', params: { character: '😀', position: 12 } }]);
  });

  it('reports both a non-digit and a wrong length', () => {
    const result = validateIin('90-03-14', options);
    expect(!result.ok && codes(result.reasons)).toEqual(['nonDigit', 'length']);
    expect(!result.ok && result.reasons[1]?.params).toEqual({ expected: 12, actual: 8 });
  });

  it('rejects full-width and other non-ASCII digits', () => {
    expect(validateIin('９００３１４４００１２０', options)).toMatchObject({ ok: false, reasons: [{ code: 'nonDigit' }] });
  });

  it.each([
    ['901340', 'day 40'],
    ['901300', 'day 00'],
    ['900014', 'month 00'],
    ['901314', 'month 13'],
    ['900431', '31 April'],
  ])('rejects the date %s (%s)', (date) => {
    const result = validateIin(withCheck(`${date}30012`), options);
    expect(!result.ok && result.reasons).toMatchObject([{ code: 'birthDate', params: { digits: date, century: 1900 } }]);
  });

  it.each(['0', '7', '8', '9'])('rejects century digit %s', (digit) => {
    const result = validateIin(withCheck(`900314${digit}0012`), options);
    expect(!result.ok && result.reasons).toMatchObject([{ code: 'centuryDigit', params: { digit: Number(digit) } }]);
  });

  it('judges the date leniently when the century digit is wrong, so it does not blame both', () => {
    const result = validateIin(withCheck('00022900012'), options);
    expect(!result.ok && codes(result.reasons)).toEqual(['centuryDigit']);
  });

  it('reports every applicable reason at once: date, century and check digit', () => {
    const value = '901340000120';
    const result = validateIin(value, options);
    expect(!result.ok && codes(result.reasons)).toEqual(['birthDate', 'centuryDigit', 'checkDigit']);
    expect(!result.ok && result.reasons[0]?.params).toEqual({ digits: '901340', century: null });
  });

  it('reports a future birth date together with a wrong check digit', () => {
    const valid = withCheck('30010150012');
    const wrong = valid.slice(0, 11) + String((Number(valid[11]) + 1) % 10);
    const result = validateIin(wrong, options);
    expect(!result.ok && codes(result.reasons)).toEqual(['futureBirthDate', 'checkDigit']);
  });

  it('gives the expected and actual check digits as params', () => {
    expect(validateIin('900314400125', options)).toMatchObject({
      ok: false,
      reasons: [{ code: 'checkDigit', subject: 'iin', params: { expected: 0, actual: 5 } }],
    });
  });

  it('validates a number whose check digit comes from the second pass', () => {
    expect(validateIin('900314400201', options)).toMatchObject({ ok: true, birthDate: '1990-03-14' });
    expect(validateIin('900314400200', options)).toMatchObject({ ok: false, reasons: [{ code: 'checkDigit', params: { expected: 1 } }] });
  });

  it.each(Array.from({ length: 10 }, (_, d) => `90031440100${d}`))('calls %s impossible whatever its last digit', (value) => {
    expect(validateIin(value, options)).toMatchObject({ ok: false, reasons: [{ code: 'checkDigitImpossible', subject: 'iin' }] });
  });

  it('refuses a malformed "today", even for a number that would not need it', () => {
    expect(() => validateIin('900314400120', { today: '2026-02-30' })).toThrow(RangeError);
    expect(() => validateIin('901340000120', { today: '02.03.2026' })).toThrow(RangeError);
  });

  it('does not read a BIN as an IIN', () => {
    const result = validateIin('040540000014', options);
    expect(!result.ok && codes(result.reasons)).toEqual(['birthDate', 'centuryDigit']);
  });
});
