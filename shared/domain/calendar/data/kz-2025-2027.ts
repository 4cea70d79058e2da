// Calendar version kz-2025-2027.1: Kazakhstan days off for 2025–2027, shipped with the
// application and replaced by newer versions from the central system or an administrator.
// Only inputs are listed; the weekend transfers of art. 5 are computed (rules.ts), and the
// tests check them against the transfers the Ministry published for 2025 and 2026.
import type { CalendarVersion } from '../version';
import { kurbanAit, kzFixedHolidays } from './kz-holidays';

export const kz2025to2027: CalendarVersion = {
  id: 'kz-2025-2027.1',
  country: 'KZ',
  years: { from: 2025, to: 2027 },
  publishedAt: '2026-12-03',
  sources: [
    { title: 'Law of the Republic of Kazakhstan "On holidays in the Republic of Kazakhstan"', note: 'List of holidays; art. 5: a holiday on a Saturday or Sunday moves its day off to the next working day, except 7 January and Kurban Ait.' },
    { title: 'Civil Code of the Republic of Kazakhstan, art. 175', note: 'A term whose last day is a non-working day ends on the next working day.' },
    { title: 'Government act on the transfer of days off in 2025', note: 'Sunday 5 January 2025 moved to Friday 3 January 2025.' },
    { title: 'Government decrees fixing the first day of Kurban Ait', note: '2025-06-06 and 2026-05-27 as decreed; 2027 is provisional until the decree is published.' },
  ],
  weekend: [6, 7],
  fixedHolidays: kzFixedHolidays,
  movableHolidays: [
    {
      ...kurbanAit,
      dates: [
        { year: 2025, date: '2025-06-06' },
        { year: 2026, date: '2026-05-27' },
        {
          year: 2027,
          date: '2027-05-16',
          provisional: true,
          note: 'Estimated from the lunar calendar (10 Dhu al-Hijjah 1448); the official date is set by decree. Replace with a new calendar version once published.',
        },
      ],
    },
  ],
  governmentTransfers: [
    {
      dayOff: '2025-01-03',
      // The act moved Sunday's day off to Friday, so Sunday 5 January 2025 was worked.
      workingDay: '2025-01-05',
      act: 'Government act on the transfer of days off in 2025',
      name: { kk: 'Демалыс күні 5 қаңтардан 3 қаңтарға ауыстырылды', ru: 'Выходной день перенесён с 5 января на 3 января' },
    },
  ],
};
