import { describe, expect, it } from 'vitest';
import { checkDigit, firstPassWeights, secondPassWeights } from '../../../../../shared/domain/identifiers';
import { firstPass } from './helpers';

describe('checkDigit (Government Decree No. 406 of 22 May 2007)', () => {
  it.each(['900314400120', '850702300459', '751121400786', '920130300910'])('gives the last digit of the known IIN %s', (iin) => {
    expect(checkDigit(iin.slice(0, 11))).toBe(Number(iin[11]));
  });

  it('uses weights 1..11, then 3..11,1,2', () => {
    expect(firstPassWeights).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(secondPassWeights).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  });

  it('works the first pass by hand for 900314400120', () => {
    // 9·1 + 3·4 + 1·5 + 4·6 + 4·7 + 1·10 + 2·11 = 110 ≡ 0 (mod 11)
    expect(checkDigit('90031440012')).toBe(0);
  });

  it('falls back to the second weights when the first pass gives 10', () => {
    // First pass: 9 + 12 + 5 + 24 + 28 + 20 = 98 ≡ 10. Second: 27 + 18 + 7 + 32 + 36 + 2 = 122 ≡ 1.
    expect(firstPass('90031440020')).toBe(10);
    expect(checkDigit('90031440020')).toBe(1);
  });

  it('returns null when the second pass gives 10 as well', () => {
    // First pass: 9 + 12 + 5 + 24 + 28 + 9 = 87 ≡ 10. Second: 27 + 18 + 7 + 32 + 36 + 11 = 131 ≡ 10.
    expect(firstPass('90031440100')).toBe(10);
    expect(checkDigit('90031440100')).toBeNull();
  });

  it('ignores digit 11 in the first pass (weight 11 ≡ 0): a known blind spot of the scheme', () => {
    expect(checkDigit('90031440012')).toBe(checkDigit('90031440017'));
  });

  it.each(['', '9003144001', '900314400120', '9003144001a', '９００３１４４００１２'])('refuses %j, which is not 11 ASCII digits', (bad) => {
    expect(() => checkDigit(bad)).toThrow(RangeError);
  });
});
