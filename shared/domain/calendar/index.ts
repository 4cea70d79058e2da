// The Kazakhstan working-day calendar: versioned reference data, the art. 5 rule that
// expands it, and the deadline and queue arithmetic built on it. Import from here.
export type { CalendarSource, CalendarVersion, FixedHoliday, GovernmentTransfer, IsoWeekday, MovableHoliday, MovableHolidayDate } from './version';
export type { SpecialDay } from './rules';
export { calendarIssueCodes, checkCalendarVersion, type CalendarIssue, type CalendarIssueCode } from './check';
export { calendarVersionSchema, parseCalendarVersion, type ParseCalendarResult } from './schema';
export {
  buildCalendar,
  CalendarVersionError,
  coversDate,
  dayStatus,
  isWorkingDay,
  listSpecialDays,
  nonWorkingReason,
  type DayStatus,
  type NonWorkingReason,
  type WorkingCalendar,
} from './build';
export { addWorkingDays, computeDeadline, nextWorkingDay, type Deadline, type DeadlineInput, type SkippedDay, type WorkingDayStep } from './deadline';
export { daysLeft, deadlineRisk, type DaysLeft, type DeadlineRisk, type RiskOptions } from './queue';
export { addDays, daysBetween, isIsoDate, isoWeekday } from '../dates';
export { kz2025to2027 } from './data/kz-2025-2027';
