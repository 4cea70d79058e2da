// A deterministic demo registry of taxpayers with valid IINs and BINs: the same index always
// gives the same taxpayer, so a workstation's demo cache, the central-system simulator and the
// benchmarks (1,000,000 rows) agree without sharing files. Demo data only: real people and
// companies may hold the same numbers.
import { makeBin, makeIin } from '../../../shared/domain/identifiers';
import type { IsoDate } from '../../../shared/domain/types';

export interface TaxpayerRecord {
  id: string;
  kind: 'iin' | 'bin';
  /** Full name (surname, given name, patronymic) or the entity's name. */
  name: string;
  surname: string | null;
  givenName: string | null;
  patronymic: string | null;
  address: string;
  /** Birth date for an individual, state registration date for an entity. */
  registeredOn: IsoDate;
  status: 'active' | 'deregistered' | 'liquidated';
  taxOffice: string;
  /** The central registry's row version; increases with every change there. */
  version: number;
  updatedAt: string;
}

const maleNames = ['Ерлан', 'Асқар', 'Нұрлан', 'Серік', 'Бауыржан', 'Дәурен', 'Ғалым', 'Қайрат', 'Марат', 'Айдос', 'Жандос', 'Өмірзақ', 'Ұлан', 'Үсен', 'Іңкәр'];
const femaleNames = ['Айгүл', 'Гүлнар', 'Әлия', 'Жанар', 'Сәуле', 'Динара', 'Мөлдір', 'Құралай', 'Ұлжан', 'Іңкәр', 'Аружан', 'Әйгерім', 'Салтанат', 'Нұргүл', 'Гаухар'];
const surnameRoots = ['Нұрланов', 'Қасымов', 'Ахметов', 'Омаров', 'Сәрсенбаев', 'Жұмабаев', 'Әбілов', 'Серіков', 'Тоқаев', 'Мұқанов', 'Байжанов', 'Ғабитов', 'Өтегенов', 'Үсенов', 'Іскаков', 'Смирнов', 'Ким'];
const fatherNames = ['Болат', 'Марат', 'Серік', 'Асқар', 'Нұрлан', 'Қайрат', 'Бейбіт', 'Ерлан', 'Талғат', 'Мұрат'];
const companyWords = ['Алтын Дала', 'Қазақ Жолы', 'Есіл Құрылыс', 'Астана Логистик', 'Дала Агро', 'Сарыарқа Энерго', 'Жетісу Трейд', 'Көкше Сервис', 'Ұлытау Майнинг', 'Іле Текстиль', 'Caspian Consulting', 'Steppe Data'];
const companyForms = ['ЖШС', 'АҚ', 'ЖШС', 'ЖШС'];
const streets = ['Мәңгілік Ел даңғылы', 'Қабанбай батыр даңғылы', 'Сығанақ көшесі', 'Тұран даңғылы', 'Сарайшық көшесі', 'Әлихан Бөкейхан көшесі', 'Достық көшесі', 'Абай даңғылы'];
const cities = ['Астана қ., Есіл ауданы', 'Астана қ., Алматы ауданы', 'Астана қ., Сарыарқа ауданы', 'Алматы қ., Медеу ауданы', 'Қарағанды қ.'];
const taxOffices = ['6205', '6202', '6203', '6004', '3020'];

/** mulberry32: a tiny seeded PRNG; enough for varied but reproducible demo data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const birthDays = 65 * 365; // birth dates from 1940 on
const binMonths = 30 * 12; // registrations from 1996 on

function isoFromDayIndex(day: number): IsoDate {
  return new Date(Date.UTC(1940, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Taxpayer number `index` (0-based). Every fifth is a legal entity. Birth date (or month of
 * registration) and serial are derived from the index so that no two indexes share a number;
 * serials step by two because a serial without a check digit moves to the next one.
 */
export function demoTaxpayer(index: number): TaxpayerRecord {
  const rnd = random(index * 2654435761);
  const address = `${pick(rnd, cities)}, ${pick(rnd, streets)}, ${1 + Math.floor(rnd() * 120)}-үй, ${1 + Math.floor(rnd() * 300)}-пәтер`;
  const taxOffice = pick(rnd, taxOffices);
  const updatedAt = new Date(Date.UTC(2025, 0, 1) + (index % 600) * 86_400_000).toISOString();

  if (index % 5 === 4) {
    const month = index % binMonths;
    const year = 1996 + Math.floor(month / 12);
    const id = makeBin({ year, month: (month % 12) + 1, type: 'residentLegalEntity', unit: 'headOffice', serial: 2 * Math.floor(index / binMonths) });
    const roll = rnd();
    return {
      id,
      kind: 'bin',
      name: `«${pick(rnd, companyWords)}» ${pick(rnd, companyForms)}`,
      surname: null,
      givenName: null,
      patronymic: null,
      address,
      registeredOn: `${year}-${String((month % 12) + 1).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      status: roll < 0.03 ? 'liquidated' : 'active',
      taxOffice,
      version: 1,
      updatedAt,
    };
  }

  const male = rnd() < 0.5;
  const birthDate = isoFromDayIndex(index % birthDays);
  const id = makeIin({ birthDate, sex: male ? 'male' : 'female', serial: 2 * Math.floor(index / birthDays) });
  const root = pick(rnd, surnameRoots);
  const surname = male || root === 'Ким' ? root : `${root}а`;
  const givenName = pick(rnd, male ? maleNames : femaleNames);
  const patronymic = `${pick(rnd, fatherNames)}${male ? 'ұлы' : 'қызы'}`;
  return {
    id,
    kind: 'iin',
    name: `${surname} ${givenName} ${patronymic}`,
    surname,
    givenName,
    patronymic,
    address,
    registeredOn: birthDate,
    status: rnd() < 0.01 ? 'deregistered' : 'active',
    taxOffice,
    version: 1,
    updatedAt,
  };
}

/** Taxpayers [from, to) in order, without building the whole list in memory. */
export function* demoTaxpayers(from: number, to: number): Generator<TaxpayerRecord> {
  for (let i = from; i < to; i++) yield demoTaxpayer(i);
}
