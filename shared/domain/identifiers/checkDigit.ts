// The check digit (12th digit) shared by IIN and BIN, per the rules approved by Government
// Decree No. 406 of 22 May 2007: a weighted sum of digits 1–11 modulo 11, with a second set of
// weights when the first gives 10.

/** First pass: digit i (1-based) is weighted by i. */
export const firstPassWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
/** Second pass, used only when the first pass gives 10: the weights shifted by two. */
export const secondPassWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

const elevenDigits = /^[0-9]{11}$/;

function weightedRemainder(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + Number(digits[i]) * weight, 0) % 11;
}

/**
 * The check digit for the first 11 digits of an IIN or BIN, or null when both passes give 10:
 * such a prefix is never issued, so a number starting with it cannot exist.
 *
 * Note that the first-pass weight of digit 11 is 11 ≡ 0 (mod 11): unless the second pass is
 * used, digit 11 does not affect the check digit, so a typo there goes undetected.
 *
 * @throws RangeError when `first11` is not exactly 11 ASCII digits (a programming error:
 * callers validate input first).
 */
export function checkDigit(first11: string): number | null {
  if (!elevenDigits.test(first11)) throw new RangeError(`checkDigit needs 11 digits, got "${first11}"`);
  const first = weightedRemainder(first11, firstPassWeights);
  if (first !== 10) return first;
  const second = weightedRemainder(first11, secondPassWeights);
  return second === 10 ? null : second;
}
