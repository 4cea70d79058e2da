// Calendar-day progress of §5.2 processing against its deadline (15 calendar days in the 2015
// version). Pure date arithmetic on YYYY-MM-DD dates: the due date itself (possibly moved past a day
// off) comes from the calendar module, so no calendar is needed here.
import { dayNumber } from '../dates';
import type { IsoDate } from '../types';

export interface ProcessingProgressInput {
  registeredOn: IsoDate;
  /** The deadline recorded at registration. */
  due: IsoDate;
  today: IsoDate;
  /** The regulation's norm in calendar days (15), to tell how far a day off moved the deadline. */
  deadlineCalendarDays: number;
}

export interface ProcessingProgress {
  /** Days since registration; the period runs from the day after registration, so 0 on that day. */
  elapsedCalendarDays: number;
  /** Days from registration to the due date. */
  totalCalendarDays: number;
  /** elapsed / total, within 0..1 (a bar never overflows; `overdue` tells the rest). */
  fraction: number;
  /** Negative once overdue. */
  daysLeft: number;
  /** The due date is part of the period: overdue only from the day after it. */
  overdue: boolean;
  /** Days the due date lies beyond the plain norm (a deadline moved past days off). */
  extensionDays: number;
}

/** Throws RangeError for a malformed date: there is no sensible progress to show for one. */
export function processingProgress({ registeredOn, due, today, deadlineCalendarDays }: ProcessingProgressInput): ProcessingProgress {
  const start = dayNumber(registeredOn);
  const end = dayNumber(due);
  const now = dayNumber(today);
  // A due date before registration is bad data; treat the period as empty rather than negative.
  const totalCalendarDays = Math.max(0, end - start);
  const elapsedCalendarDays = Math.max(0, now - start);
  const overdue = now > end;
  const fraction = totalCalendarDays === 0 ? (now >= end ? 1 : 0) : Math.min(1, elapsedCalendarDays / totalCalendarDays);
  return {
    elapsedCalendarDays,
    totalCalendarDays,
    fraction,
    daysLeft: end - now,
    overdue,
    extensionDays: Math.max(0, totalCalendarDays - deadlineCalendarDays),
  };
}
