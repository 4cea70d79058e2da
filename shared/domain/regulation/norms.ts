// Converting a norm into seconds for the step timers. Calendar-day terms are not timed: they
// are counted on the calendar (with the version's working-day rule), so they have no seconds.
import type { Norm } from './model';

const secondsPerUnit = { seconds: 1, minutes: 60 } as const;

/** The norm in seconds, or null for a term in calendar days. */
export function secondsOf(norm: Norm): number | null {
  return norm.unit === 'calendarDays' ? null : norm.amount * secondsPerUnit[norm.unit];
}
