// Test helpers: a fixed "today" and completing 11 digits with their check digit.
import { checkDigit, type Reason } from '../../../../../shared/domain/identifiers';

export const today = '2026-03-02';
export const options = { today };

/** The 12-digit number for these 11 digits; fails the test if they have no check digit. */
export function withCheck(first11: string): string {
  const check = checkDigit(first11);
  if (check === null) throw new Error(`${first11} has no check digit`);
  return first11 + String(check);
}

/** The first-pass remainder, computed independently of the module under test. */
export function firstPass(digits: string): number {
  return [...digits.slice(0, 11)].reduce((sum, d, i) => sum + Number(d) * (i + 1), 0) % 11;
}

export const codes = (reasons: Reason[]): string[] => reasons.map((r) => r.code);

/** The first 11 digits starting with `head` (then counting up) that have no check digit. */
export function impossiblePrefix(head: string): string {
  const width = 11 - head.length;
  for (let n = 0; n < 10 ** width; n++) {
    const prefix = head + String(n).padStart(width, '0');
    if (checkDigit(prefix) === null) return prefix;
  }
  throw new Error(`no impossible prefix starts with ${head}`);
}
