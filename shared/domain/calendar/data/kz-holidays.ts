// The public holidays of Kazakhstan as fixed in the Law "On holidays" (names in Kazakh and
// Russian as printed on official calendars). Shared by every calendar version that follows
// the current law, so a new version only has to add the yearly data.
import type { FixedHoliday, MovableHoliday } from '../version';

const newYear = { kk: 'Жаңа жыл', ru: 'Новый год' };
const nauryz = { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы' };

export const kzFixedHolidays: readonly FixedHoliday[] = [
  { id: 'newYear1', month: 1, day: 1, name: newYear, movesFromWeekend: true },
  { id: 'newYear2', month: 1, day: 2, name: newYear, movesFromWeekend: true },
  // Art. 5 names 7 January as a holiday whose day off never moves.
  { id: 'orthodoxChristmas', month: 1, day: 7, name: { kk: 'Православиелік Рождество', ru: 'Православное Рождество' }, movesFromWeekend: false },
  { id: 'womensDay', month: 3, day: 8, name: { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день' }, movesFromWeekend: true },
  { id: 'nauryz1', month: 3, day: 21, name: nauryz, movesFromWeekend: true },
  { id: 'nauryz2', month: 3, day: 22, name: nauryz, movesFromWeekend: true },
  { id: 'nauryz3', month: 3, day: 23, name: nauryz, movesFromWeekend: true },
  { id: 'unityDay', month: 5, day: 1, name: { kk: 'Қазақстан халқының бірлігі мерекесі', ru: 'Праздник единства народа Казахстана' }, movesFromWeekend: true },
  { id: 'defenderDay', month: 5, day: 7, name: { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества' }, movesFromWeekend: true },
  { id: 'victoryDay', month: 5, day: 9, name: { kk: 'Жеңіс күні', ru: 'День Победы' }, movesFromWeekend: true },
  { id: 'capitalDay', month: 7, day: 6, name: { kk: 'Астана күні', ru: 'День Столицы' }, movesFromWeekend: true },
  { id: 'constitutionDay', month: 8, day: 30, name: { kk: 'Конституция күні', ru: 'День Конституции' }, movesFromWeekend: true },
  // A day off again since 2022.
  { id: 'republicDay', month: 10, day: 25, name: { kk: 'Республика күні', ru: 'День Республики' }, movesFromWeekend: true },
  { id: 'independenceDay', month: 12, day: 16, name: { kk: 'Тәуелсіздік күні', ru: 'День Независимости' }, movesFromWeekend: true },
];

/** Kurban Ait without its dates; each version supplies the first day for its years. */
export const kurbanAit: Omit<MovableHoliday, 'dates'> = {
  id: 'kurbanAit',
  name: { kk: 'Құрбан айт', ru: 'Курбан айт' },
  // Art. 5 names Kurban Ait as a holiday whose day off never moves.
  movesFromWeekend: false,
};
