// Consistency checks a calendar version must pass beyond its shape: a version that covers a
// year must have everything that year needs (e.g. Kurban Ait's date), or deadlines in that
// year would silently count a holiday as a working day.
import type { Localized } from '../text';
import { kurbanAit, kzFixedHolidays } from './data/kz-holidays';
import { isEveryYearDay, isoWeekday, toIsoDate, yearOf } from '../dates';
import type { CalendarVersion } from './version';

export const calendarIssueCodes = [
  'shape',
  'yearsReversed',
  'duplicateWeekday',
  'impossibleFixedDate',
  'duplicateFixedDate',
  'duplicateHolidayId',
  'missingHoliday',
  'missingMovableDate',
  'duplicateMovableDate',
  'movableDateYearMismatch',
  'outsideYears',
  'transferDayOffOnWeekend',
  'transferDayOffOnHoliday',
  'transferWorkingDayNotWeekend',
  'transferWorkingDayOnHoliday',
  'duplicateTransferDate',
] as const;
export type CalendarIssueCode = (typeof calendarIssueCodes)[number];

/** Why a calendar version is refused: where, what, and a text for the administrator. */
export interface CalendarIssue {
  /** Dotted path into the JSON, e.g. 'movableHolidays.0.dates'. */
  readonly path: string;
  readonly code: CalendarIssueCode;
  readonly message: Localized;
}

const issue = (path: string, code: CalendarIssueCode, kk: string, ru: string): CalendarIssue => ({ path, code, message: { kk, ru } });

/** The holidays the law names for a country; a version for it that lacks one is refused. */
const requiredHolidays: Readonly<Record<string, { readonly fixed: readonly string[]; readonly movable: readonly string[] }>> = {
  KZ: { fixed: kzFixedHolidays.map((h) => h.id), movable: [kurbanAit.id] },
};

export function checkCalendarVersion(version: CalendarVersion): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  const required = requiredHolidays[version.country];
  if (required) {
    const missing = (list: 'fixedHolidays' | 'movableHolidays', ids: readonly string[]): void => {
      const listed = new Set(version[list].map((h) => h.id));
      for (const id of ids) {
        if (!listed.has(id)) issues.push(issue(list, 'missingHoliday', `Заңда аталған «${id}» мерекесі жоқ`, `Нет праздника «${id}», установленного законом`));
      }
    };
    missing('fixedHolidays', required.fixed);
    missing('movableHolidays', required.movable);
  }
  const { from, to } = version.years;
  if (from > to) {
    issues.push(issue('years', 'yearsReversed', `Бастапқы жыл (${from}) соңғы жылдан (${to}) кейін тұр`, `Начальный год (${from}) позже конечного (${to})`));
    return issues;
  }
  const covered = (year: number): boolean => year >= from && year <= to;
  const outside = (path: string, what: string): CalendarIssue =>
    issue(path, 'outsideYears', `${what} күнтізбе кезеңінен (${from}–${to}) тыс`, `${what} вне периода календаря (${from}–${to})`);

  if (new Set(version.weekend).size !== version.weekend.length) {
    issues.push(issue('weekend', 'duplicateWeekday', 'Демалыс күндері қайталанады', 'Выходные дни недели указаны повторно'));
  }
  const weekend = new Set<number>(version.weekend);

  const ids = new Set<string>();
  const checkId = (id: string, path: string): void => {
    if (ids.has(id)) issues.push(issue(path, 'duplicateHolidayId', `«${id}» мерекесі екі рет көрсетілген`, `Праздник «${id}» указан дважды`));
    ids.add(id);
  };

  const fixedDays = new Set<string>();
  version.fixedHolidays.forEach((h, i) => {
    const path = `fixedHolidays.${i}`;
    checkId(h.id, `${path}.id`);
    const dayMonth = `${String(h.day).padStart(2, '0')}.${String(h.month).padStart(2, '0')}`;
    if (!isEveryYearDay(h.month, h.day)) {
      issues.push(issue(path, 'impossibleFixedDate', `${dayMonth} күні әр жылы бола бермейді`, `Даты ${dayMonth} нет в каждом году`));
    } else if (fixedDays.has(dayMonth)) {
      issues.push(issue(path, 'duplicateFixedDate', `${dayMonth} күніне екі мереке берілген`, `На ${dayMonth} указано два праздника`));
    }
    fixedDays.add(dayMonth);
  });

  // Every holiday date of a year, to refuse transfers that collide with one.
  const holidayDates = new Set<string>();
  for (let year = from; year <= to; year++) {
    for (const h of version.fixedHolidays) if (isEveryYearDay(h.month, h.day)) holidayDates.add(toIsoDate({ year, month: h.month, day: h.day }));
  }

  version.movableHolidays.forEach((h, i) => {
    const path = `movableHolidays.${i}`;
    checkId(h.id, `${path}.id`);
    h.dates.forEach((d, j) => {
      const datePath = `${path}.dates.${j}`;
      if (!covered(d.year)) issues.push(outside(datePath, `${d.year}`));
      else if (yearOf(d.date) !== d.year) {
        issues.push(issue(datePath, 'movableDateYearMismatch', `${d.date} күні ${d.year} жылға жатпайды`, `Дата ${d.date} не относится к ${d.year} году`));
      }
      holidayDates.add(d.date);
    });
    for (let year = from; year <= to; year++) {
      const count = h.dates.filter((d) => d.year === year).length;
      if (count === 0) {
        issues.push(issue(`${path}.dates`, 'missingMovableDate', `${year} жылға «${h.name.kk}» күні берілмеген`, `Не указана дата «${h.name.ru}» на ${year} год`));
      } else if (count > 1) {
        issues.push(issue(`${path}.dates`, 'duplicateMovableDate', `${year} жылға «${h.name.kk}» күні бірнеше рет берілген`, `Дата «${h.name.ru}» на ${year} год указана несколько раз`));
      }
    }
  });

  const transferDates = new Set<string>();
  const checkTransferDate = (date: string, path: string): void => {
    if (transferDates.has(date)) issues.push(issue(path, 'duplicateTransferDate', `${date} күні бірнеше ауыстыруда көрсетілген`, `Дата ${date} указана в нескольких переносах`));
    transferDates.add(date);
  };
  version.governmentTransfers.forEach((t, i) => {
    const path = `governmentTransfers.${i}`;
    checkTransferDate(t.dayOff, `${path}.dayOff`);
    if (!covered(yearOf(t.dayOff))) issues.push(outside(`${path}.dayOff`, t.dayOff));
    if (weekend.has(isoWeekday(t.dayOff))) {
      issues.push(issue(`${path}.dayOff`, 'transferDayOffOnWeekend', `Ауыстырылған демалыс күні (${t.dayOff}) онсыз да демалыс`, `Перенесённый выходной (${t.dayOff}) и так приходится на выходной день недели`));
    } else if (holidayDates.has(t.dayOff)) {
      issues.push(issue(`${path}.dayOff`, 'transferDayOffOnHoliday', `Ауыстырылған демалыс күні (${t.dayOff}) мерекеге түседі`, `Перенесённый выходной (${t.dayOff}) совпадает с праздником`));
    }
    if (t.workingDay === null) return;
    checkTransferDate(t.workingDay, `${path}.workingDay`);
    if (!covered(yearOf(t.workingDay))) issues.push(outside(`${path}.workingDay`, t.workingDay));
    if (!weekend.has(isoWeekday(t.workingDay))) {
      issues.push(issue(`${path}.workingDay`, 'transferWorkingDayNotWeekend', `Жұмыс күні болатын ${t.workingDay} демалыс күні емес`, `Назначенный рабочим день ${t.workingDay} не является выходным днём недели`));
    } else if (holidayDates.has(t.workingDay)) {
      issues.push(issue(`${path}.workingDay`, 'transferWorkingDayOnHoliday', `Жұмыс күні болатын ${t.workingDay} мерекеге түседі`, `Назначенный рабочим день ${t.workingDay} совпадает с праздником`));
    }
  });
  return issues;
}
