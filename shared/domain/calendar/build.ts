// A calendar version expanded into a fast day lookup, and the questions every deadline asks
// of it: is this a working day, and if not, why. Dates outside the version's years are
// answered by the fixed rules and flagged, never silently treated as ordinary working days.
import type { IsoDate } from '../types';
import { type CalendarIssue, checkCalendarVersion } from './check';
import { isoWeekday, yearOf } from '../dates';
import { expandYears, type SpecialDay } from './rules';
import type { CalendarVersion } from './version';

export interface WorkingCalendar {
  readonly versionId: string;
  readonly version: CalendarVersion;
  readonly years: { readonly from: number; readonly to: number };
  /** Holidays (including those on a weekend) and moved days off within the covered years. */
  readonly nonWorkingDates: ReadonlySet<IsoDate>;
  /** Saturdays/Sundays made working days by a government transfer. */
  readonly workingWeekendDates: ReadonlySet<IsoDate>;
  readonly specialDays: ReadonlyMap<IsoDate, SpecialDay>;
  readonly weekend: ReadonlySet<number>;
}

/** Expansions of uncovered years by the fixed rules, per calendar, filled on first use. */
const fallbackCache = new WeakMap<WorkingCalendar, Map<number, ReadonlyMap<IsoDate, SpecialDay>>>();

/** Why a day is not a working day. A holiday on a weekend is reported as the holiday. */
export type NonWorkingReason = { readonly kind: 'weekend' } | Exclude<SpecialDay, { kind: 'workingWeekend' }>;

export interface DayStatus {
  readonly date: IsoDate;
  readonly working: boolean;
  readonly reason: NonWorkingReason | null;
  /**
   * True when the version does not cover the date's year. The answer then follows only the
   * weekend, the fixed holidays and art. 5 transfers: movable holidays (Kurban Ait) and
   * government transfers are unknown, so a working day here may turn out not to be one.
   */
  readonly outsideCalendar: boolean;
}

export class CalendarVersionError extends Error {
  constructor(readonly issues: readonly CalendarIssue[]) {
    super(`Calendar version refused: ${issues.map((i) => `${i.path}: ${i.message.ru}`).join('; ')}`);
    this.name = 'CalendarVersionError';
  }
}

/** Expands a version; throws CalendarVersionError if it fails the consistency checks. */
export function buildCalendar(version: CalendarVersion): WorkingCalendar {
  const issues = checkCalendarVersion(version);
  if (issues.length > 0) throw new CalendarVersionError(issues);
  const specialDays = expandYears(version, version.years.from, version.years.to, { movable: true, government: true });
  const nonWorkingDates = new Set<IsoDate>();
  const workingWeekendDates = new Set<IsoDate>();
  for (const [date, day] of specialDays) (day.kind === 'workingWeekend' ? workingWeekendDates : nonWorkingDates).add(date);
  return {
    versionId: version.id,
    version,
    years: { from: version.years.from, to: version.years.to },
    nonWorkingDates,
    workingWeekendDates,
    specialDays,
    weekend: new Set<number>(version.weekend),
  };
}

export function coversDate(calendar: WorkingCalendar, date: IsoDate): boolean {
  const year = yearOf(date);
  return year >= calendar.years.from && year <= calendar.years.to;
}

function fallbackDays(calendar: WorkingCalendar, year: number): ReadonlyMap<IsoDate, SpecialDay> {
  let years = fallbackCache.get(calendar);
  if (!years) fallbackCache.set(calendar, (years = new Map()));
  let days = years.get(year);
  if (!days) {
    // The previous year too, in case a December holiday's day off spills into January.
    days = expandYears(calendar.version, year - 1, year, { movable: false, government: false });
    years.set(year, days);
  }
  return days;
}

function specialDayOf(calendar: WorkingCalendar, date: IsoDate, covered: boolean): SpecialDay | undefined {
  return calendar.specialDays.get(date) ?? (covered ? undefined : fallbackDays(calendar, yearOf(date)).get(date));
}

export function dayStatus(calendar: WorkingCalendar, date: IsoDate): DayStatus {
  const covered = coversDate(calendar, date);
  const special = specialDayOf(calendar, date, covered);
  const outsideCalendar = !covered;
  if (special?.kind === 'workingWeekend') return { date, working: true, reason: null, outsideCalendar };
  if (special) return { date, working: false, reason: special, outsideCalendar };
  if (calendar.weekend.has(isoWeekday(date))) return { date, working: false, reason: { kind: 'weekend' }, outsideCalendar };
  return { date, working: true, reason: null, outsideCalendar };
}

/** Outside the covered years this follows the fixed rules; use dayStatus to see the flag. */
export function isWorkingDay(calendar: WorkingCalendar, date: IsoDate): boolean {
  return dayStatus(calendar, date).working;
}

export function nonWorkingReason(calendar: WorkingCalendar, date: IsoDate): NonWorkingReason | null {
  return dayStatus(calendar, date).reason;
}

/** The year's holidays, moved days off and worked weekend days, in date order (for screens). */
export function listSpecialDays(calendar: WorkingCalendar, year: number): { readonly date: IsoDate; readonly day: SpecialDay }[] {
  const covered = year >= calendar.years.from && year <= calendar.years.to;
  const source = covered ? calendar.specialDays : fallbackDays(calendar, year);
  return [...source]
    .filter(([date]) => yearOf(date) === year)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, day]) => ({ date, day }));
}
