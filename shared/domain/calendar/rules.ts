// Law "On holidays", art. 5, as code: expands a calendar version's inputs for a range of
// years into the days that differ from an ordinary week (holidays, moved days off, worked
// weekend days). This is the only place that knows how a weekend holiday is moved.
import type { Localized } from '../text';
import type { IsoDate } from '../types';
import { addDays, isoWeekday, toIsoDate, yearOf } from '../dates';
import type { CalendarVersion } from './version';

/** A day that is not what its weekday alone would say. */
export type SpecialDay =
  | { readonly kind: 'holiday'; readonly holidayId: string; readonly name: Localized; readonly provisional: boolean }
  | {
      readonly kind: 'transferredDayOff';
      /** 'law': art. 5 moved a weekend holiday here; 'government': an annual act did. */
      readonly source: 'law' | 'government';
      /** The day whose day off this replaces (the weekend holiday, or the worked weekend day). */
      readonly from: IsoDate | null;
      readonly holidayId: string | null;
      readonly name: Localized;
      readonly act: string | null;
      readonly provisional: boolean;
    }
  | { readonly kind: 'workingWeekend'; readonly dayOffMovedTo: IsoDate; readonly act: string; readonly name: Localized };

export interface ExpandOptions {
  /** Include movable holidays (their dates are only known for covered years). */
  readonly movable: boolean;
  /** Include the government's transfers (only known for covered years). */
  readonly government: boolean;
}

interface Occurrence {
  readonly date: IsoDate;
  readonly holidayId: string;
  readonly name: Localized;
  readonly movesFromWeekend: boolean;
  readonly provisional: boolean;
}

export function expandYears(version: CalendarVersion, fromYear: number, toYear: number, options: ExpandOptions): Map<IsoDate, SpecialDay> {
  const inRange = (date: IsoDate): boolean => yearOf(date) >= fromYear && yearOf(date) <= toYear;
  const weekend = new Set<number>(version.weekend);
  const isWeekend = (date: IsoDate): boolean => weekend.has(isoWeekday(date));

  const occurrences: Occurrence[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (const h of version.fixedHolidays) {
      occurrences.push({ date: toIsoDate({ year, month: h.month, day: h.day }), holidayId: h.id, name: h.name, movesFromWeekend: h.movesFromWeekend, provisional: false });
    }
  }
  if (options.movable) {
    for (const h of version.movableHolidays) {
      for (const d of h.dates) {
        if (inRange(d.date)) occurrences.push({ date: d.date, holidayId: h.id, name: h.name, movesFromWeekend: h.movesFromWeekend, provisional: d.provisional === true });
      }
    }
  }
  // Chronological order matters: in a run of weekend holidays each one takes the next free day.
  occurrences.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const days = new Map<IsoDate, SpecialDay>();
  for (const o of occurrences) {
    // Two holidays on one date give one day off, not two: the first listed names the day.
    if (!days.has(o.date)) days.set(o.date, { kind: 'holiday', holidayId: o.holidayId, name: o.name, provisional: o.provisional });
  }

  if (options.government) {
    for (const t of version.governmentTransfers) {
      if (!inRange(t.dayOff)) continue;
      days.set(t.dayOff, { kind: 'transferredDayOff', source: 'government', from: t.workingDay, holidayId: null, name: t.name, act: t.act, provisional: false });
      if (t.workingDay !== null) days.set(t.workingDay, { kind: 'workingWeekend', dayOffMovedTo: t.dayOff, act: t.act, name: t.name });
    }
  }

  // Art. 5: the day off of a weekend holiday goes to the next day that is neither a weekend
  // nor already off — which is how 21–22 March 2026 land on 24–25 March behind Monday's 23rd.
  for (const o of occurrences) {
    if (!o.movesFromWeekend || !isWeekend(o.date)) continue;
    const own = days.get(o.date);
    if (own?.kind !== 'holiday' || own.holidayId !== o.holidayId) continue;
    let target = addDays(o.date, 1);
    while (isWeekend(target) || days.has(target)) target = addDays(target, 1);
    days.set(target, { kind: 'transferredDayOff', source: 'law', from: o.date, holidayId: o.holidayId, name: o.name, act: null, provisional: o.provisional });
  }
  return days;
}
