// Checking an IsoDate (YYYY-MM-DD) without touching the clock.
import { isValid, parseISO } from 'date-fns';
import type { IsoDate } from '../types';

/** True for a real calendar date written YYYY-MM-DD (2025-02-29 is not one: parseISO refuses it). */
export function isIsoDate(value: string): value is IsoDate {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));
}
