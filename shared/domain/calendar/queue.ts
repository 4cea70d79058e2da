// What the case queue shows next to a deadline: how many days are left, in calendar and in
// working days, and whether it is overdue or close enough to colour amber. `today` is
// always a parameter: the domain never reads the clock.
import type { IsoDate } from '../types';
import { coversDate, isWorkingDay, type WorkingCalendar } from './build';
import { addDays, dayNumber, daysBetween, fromDayNumber, toIsoDate } from '../dates';

export interface DaysLeft {
  /** due − today in calendar days; negative when overdue, 0 when due today. */
  readonly calendarDays: number;
  /**
   * Working days from tomorrow through `due` inclusive; 0 when due today. When overdue, minus
   * the working days from the day after `due` through today inclusive — so it can be 0 while
   * overdue (due Friday, today Saturday); `overdue` is the flag to trust.
   */
  readonly workingDays: number;
  readonly overdue: boolean;
  readonly dueToday: boolean;
  /** Some day between today and due lies outside the calendar's years. */
  readonly outsideCalendar: boolean;
}

/**
 * Running counts of working days over the covered years, per calendar: the queue asks "how many
 * working days left" for every row it shows, so each answer should be two array reads.
 */
interface WorkingDayIndex {
  firstDay: number;
  /** counts[i] = working days in [firstDay, firstDay + i). */
  counts: Int32Array;
}
const indexes = new WeakMap<WorkingCalendar, WorkingDayIndex>();

function workingDayIndex(calendar: WorkingCalendar): WorkingDayIndex {
  let index = indexes.get(calendar);
  if (!index) {
    const firstDay = dayNumber(toIsoDate({ year: calendar.years.from, month: 1, day: 1 }));
    const lastDay = dayNumber(toIsoDate({ year: calendar.years.to, month: 12, day: 31 }));
    const counts = new Int32Array(lastDay - firstDay + 2);
    for (let d = firstDay; d <= lastDay; d++) counts[d - firstDay + 1] = counts[d - firstDay]! + (isWorkingDay(calendar, fromDayNumber(d)) ? 1 : 0);
    index = { firstDay, counts };
    indexes.set(calendar, index);
  }
  return index;
}

/** Working days in (from, to], for from ≤ to. */
function workingDaysAfter(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  if (coversDate(calendar, from) && coversDate(calendar, to)) {
    const { firstDay, counts } = workingDayIndex(calendar);
    return counts[dayNumber(to) - firstDay + 1]! - counts[dayNumber(from) - firstDay + 1]!;
  }
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(calendar, day)) count++;
  return count;
}

export function daysLeft(today: IsoDate, due: IsoDate, calendar: WorkingCalendar): DaysLeft {
  const calendarDays = daysBetween(today, due);
  const overdue = calendarDays < 0;
  const workingDays = overdue ? -workingDaysAfter(calendar, due, today) || 0 : workingDaysAfter(calendar, today, due);
  const [first, last] = overdue ? [due, today] : [today, due];
  return {
    calendarDays,
    workingDays,
    overdue,
    dueToday: calendarDays === 0,
    // Covered years are one contiguous range, so checking both ends covers every day between.
    outsideCalendar: !coversDate(calendar, first) || !coversDate(calendar, last),
  };
}

export type DeadlineRisk = 'overdue' | 'amber' | 'normal';

export interface RiskOptions {
  /** Amber when this many working days or fewer are left (due today counts as 0). */
  readonly amberWorkingDays: number;
}

export function deadlineRisk(today: IsoDate, due: IsoDate, calendar: WorkingCalendar, options: RiskOptions = { amberWorkingDays: 3 }): DeadlineRisk {
  const left = daysLeft(today, due, calendar);
  if (left.overdue) return 'overdue';
  return left.workingDays <= options.amberWorkingDays ? 'amber' : 'normal';
}
