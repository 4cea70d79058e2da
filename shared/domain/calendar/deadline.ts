// Service deadlines (§5.2: 15 calendar days) and working-day stepping. A deadline records the
// calendar version and rule that produced it, so a case keeps its due date even after a
// newer calendar is loaded, and an officer can see why the date moved.
import type { IsoDate } from '../types';
import { coversDate, dayStatus, type NonWorkingReason, type WorkingCalendar } from './build';
import { addDays } from '../dates';

export interface DeadlineInput {
  readonly registeredOn: IsoDate;
  /** Length of the term in calendar days, counted from the day after registration. */
  readonly calendarDays: number;
  /** The regulation version's rule (Civil Code art. 175): a term ending on a day off ends on the next working day. */
  readonly moveToNextWorkingDay: boolean;
}

export interface SkippedDay {
  readonly date: IsoDate;
  readonly reason: NonWorkingReason;
}

export interface Deadline {
  /** Registration date + N calendar days. */
  readonly nominal: IsoDate;
  readonly due: IsoDate;
  readonly moved: boolean;
  /** The rule in force for this deadline, whether or not it changed the date. */
  readonly rule: 'calendarDays' | 'nextWorkingDay';
  readonly calendarVersion: string;
  /** The non-working days from the nominal date up to (not including) the due date. */
  readonly skipped: readonly SkippedDay[];
  /** Some day from nominal to due lies outside the calendar's years (see DayStatus). */
  readonly outsideCalendar: boolean;
}

export interface WorkingDayStep {
  readonly date: IsoDate;
  readonly skipped: readonly SkippedDay[];
  readonly outsideCalendar: boolean;
}

/** The first working day on or after `date`. */
export function nextWorkingDay(calendar: WorkingCalendar, date: IsoDate): WorkingDayStep {
  const skipped: SkippedDay[] = [];
  let outsideCalendar = false;
  let day = date;
  for (;;) {
    const status = dayStatus(calendar, day);
    outsideCalendar ||= status.outsideCalendar;
    if (status.reason === null) return { date: day, skipped, outsideCalendar };
    skipped.push({ date: day, reason: status.reason });
    day = addDays(day, 1);
  }
}

export function computeDeadline(input: DeadlineInput, calendar: WorkingCalendar): Deadline {
  const { registeredOn, calendarDays, moveToNextWorkingDay } = input;
  if (!Number.isInteger(calendarDays) || calendarDays < 0) throw new RangeError(`calendarDays must be a whole number ≥ 0, got ${calendarDays}`);
  const nominal = addDays(registeredOn, calendarDays);
  const common = { nominal, calendarVersion: calendar.versionId };
  if (!moveToNextWorkingDay) {
    return { ...common, due: nominal, moved: false, rule: 'calendarDays', skipped: [], outsideCalendar: !coversDate(calendar, nominal) };
  }
  const step = nextWorkingDay(calendar, nominal);
  return { ...common, due: step.date, moved: step.date !== nominal, rule: 'nextWorkingDay', skipped: step.skipped, outsideCalendar: step.outsideCalendar };
}

/**
 * The |n|-th working day after (n > 0) or before (n < 0) `date`; n = 0 returns `date`
 * itself, working or not. `date` itself is never counted.
 */
export function addWorkingDays(calendar: WorkingCalendar, date: IsoDate, n: number): { readonly date: IsoDate; readonly outsideCalendar: boolean } {
  if (!Number.isInteger(n)) throw new RangeError(`n must be a whole number, got ${n}`);
  const direction = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let day = date;
  let outsideCalendar = !coversDate(calendar, date);
  while (remaining > 0) {
    day = addDays(day, direction);
    const status = dayStatus(calendar, day);
    outsideCalendar ||= status.outsideCalendar;
    if (status.working) remaining--;
  }
  return { date: day, outsideCalendar };
}
