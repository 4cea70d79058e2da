// The shape of a calendar version: the *inputs* of the Kazakhstan working-day calendar as
// reference data (holidays, movable dates, government transfers). The rule that turns them
// into days off (Law "On holidays", art. 5) lives in code, in rules.ts; everything that
// changes year by year lives here, so a newer calendar can be loaded without a release.
import type { Localized } from '../text';
import type { IsoDate } from '../types';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Where the data came from, so an administrator can check it against the published acts. */
export interface CalendarSource {
  readonly title: string;
  readonly note?: string;
}

/** A holiday on the same month/day every year. */
export interface FixedHoliday {
  /** Stable id, e.g. 'nauryz2'; a multi-day holiday has one entry per day. */
  readonly id: string;
  readonly month: number;
  readonly day: number;
  readonly name: Localized;
  /**
   * Whether a Saturday/Sunday occurrence moves its day off to the next working day
   * (art. 5). False for 7 January, which never moves.
   */
  readonly movesFromWeekend: boolean;
}

/** One year's date of a movable holiday. */
export interface MovableHolidayDate {
  readonly year: number;
  readonly date: IsoDate;
  /** True while the date is an estimate and the official act is not yet published. */
  readonly provisional?: boolean;
  readonly note?: string;
}

/** A holiday whose date changes every year (Kurban Ait: the lunar calendar, fixed by decree). */
export interface MovableHoliday {
  readonly id: string;
  readonly name: Localized;
  readonly movesFromWeekend: boolean;
  /** Exactly one date for every covered year. */
  readonly dates: readonly MovableHolidayDate[];
}

/**
 * A day off moved by an act of the Government / Minister of Labour, e.g. 2025: Sunday
 * 5 January moved to Friday 3 January. `dayOff` (a Monday–Friday) becomes a day off;
 * `workingDay` (a Saturday/Sunday) becomes a working day, or null when the act only adds
 * a day off.
 */
export interface GovernmentTransfer {
  readonly dayOff: IsoDate;
  readonly workingDay: IsoDate | null;
  /** The act that ordered it, as the administrator would cite it. */
  readonly act: string;
  /** What the screens show for the moved day off. */
  readonly name: Localized;
}

export interface CalendarVersion {
  /** E.g. 'kz-2025-2027.1': recorded on every deadline computed with this version. */
  readonly id: string;
  /** ISO 3166-1 alpha-2, 'KZ'. */
  readonly country: string;
  /** Inclusive range of years for which the version has complete data. */
  readonly years: { readonly from: number; readonly to: number };
  readonly publishedAt: IsoDate;
  readonly sources: readonly CalendarSource[];
  /** Days of the week that are days off; Kazakhstan works Monday–Friday. */
  readonly weekend: readonly IsoWeekday[];
  readonly fixedHolidays: readonly FixedHoliday[];
  readonly movableHolidays: readonly MovableHoliday[];
  readonly governmentTransfers: readonly GovernmentTransfer[];
}
