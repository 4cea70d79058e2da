// Fixture data for every template in both languages, and a journal of any length. The values
// use the demo office and officers, Kazakh and Russian letters, and realistic numbers.
import type {
  CouponData,
  DeclineNoticeData,
  DocumentDataMap,
  DocumentKind,
  DocumentLocale,
  JournalData,
  JournalRow,
  RefusalData,
  ResidencyCertificateData,
  SecondCopyStampData,
} from '../../../../../electron/core/documents/types';
import { demoOffice } from '../../../../../electron/core/auth/demoData';

export const office = {
  department: { kk: demoOffice.department_kk, ru: demoOffice.department_ru },
  office: { kk: demoOffice.name_kk, ru: demoOffice.name_ru },
};

const byLocale = <T>(locale: DocumentLocale, kk: T, ru: T): T => (locale === 'kk' ? kk : ru);

export function coupon(locale: DocumentLocale): CouponData {
  return {
    locale,
    office,
    taxpayer: { name: byLocale(locale, '«Алтын Дала Логистик» ЖШС', 'ТОО «Алтын Дала Логистик»'), taxpayerId: '140240012345' },
    incomingDocument: byLocale(locale, 'Резиденттікті растау туралы салықтық өтініш', 'Налоговое заявление о подтверждении резидентства'),
    acceptedAt: '2026-03-02T09:40',
    registrationNumber: '6205-2026-000123',
    outgoingDocument: byLocale(locale, 'Қазақстан Республикасының резиденттігін растайтын құжат', 'Документ, подтверждающий резидентство Республики Казахстан'),
    deadline: '2026-03-17',
    window: '4',
    officer: {
      fullName: 'Нұрланова Әлия Серікқызы',
      position: byLocale(locale, 'Салық төлеушілермен жұмыс бөлімінің бас маманы', 'Главный специалист отдела по работе с налогоплательщиками'),
    },
  };
}

export function secondCopyStamp(locale: DocumentLocale): SecondCopyStampData {
  return {
    locale,
    office: office.office,
    registrationNumber: '6205-2026-000123',
    date: '2026-03-02',
    officerShortName: 'Нұрланова Ә. С.',
    label: { widthMm: 70, heightMm: 40 },
  };
}

export function residencyCertificate(locale: DocumentLocale): ResidencyCertificateData {
  return {
    locale,
    office,
    taxpayer: {
      name: 'Жұмабаева Гүлшат Өмірзаққызы',
      taxpayerId: '870415450123',
      address: byLocale(
        locale,
        'Астана қ., Есіл ауданы, Қабанбай батыр даңғылы, 11, 45-пәтер',
        'г. Астана, район Есиль, проспект Кабанбай батыра, 11, кв. 45',
      ),
    },
    foreignState: { kk: 'Германия Федеративтік Республикасы', ru: 'Федеративная Республика Германия', en: 'Federal Republic of Germany' },
    period: { kind: 'year', year: 2025 },
    registrationNumber: '6205-2026-004571',
    issuedOn: '2026-03-16',
    head: {
      fullName: 'Сәрсенбаев Қайрат Ғабитұлы',
      position: {
        kk: 'Мемлекеттік кірістер басқармасының басшысы',
        ru: 'Руководитель управления государственных доходов',
        en: 'Head of the State Revenue Office',
      },
    },
    eds: null,
  };
}

export function refusal(locale: DocumentLocale): RefusalData {
  return {
    locale,
    office,
    addressee: {
      name: byLocale(locale, '«Шығыс Құрылыс Инвест» АҚ', 'АО «Шыгыс Курылыс Инвест»'),
      taxpayerId: '051140007788',
      address: byLocale(locale, 'Астана қ., Сарыарқа ауданы, Бейбітшілік к-сі, 25', 'г. Астана, район Сарыарка, ул. Бейбитшилик, 25'),
    },
    registrationNumber: '6205-2026-004602',
    issuedOn: '2026-03-16',
    application: { registrationNumber: '6205-2026-000131', date: '2026-03-03' },
    grounds: [
      {
        code: 'R1',
        ref: byLocale(locale, 'Стандарттың 10-т.', 'п. 10 Стандарта'),
        text: byLocale(
          locale,
          'Салық төлеуші Қазақстан Республикасының Салық кодексіне сәйкес Қазақстан Республикасының резиденті болып табылмайды',
          'Налогоплательщик не является резидентом Республики Казахстан в соответствии с Налоговым кодексом Республики Казахстан',
        ),
      },
      {
        code: 'R3',
        ref: byLocale(locale, 'Стандарттың 10-т.', 'п. 10 Стандарта'),
        text: byLocale(locale, 'Салықтық өтініштегі деректер тіркеу деректерімен расталмады', 'Данные налогового заявления не подтверждены регистрационными данными'),
      },
    ],
    reasoning: byLocale(
      locale,
      'Ұсынылған құжаттарға сәйкес ұйымның тиімді басқару орны 2025 жылы Қазақстан Республикасынан тыс жерде болған; директорлар кеңесінің отырыстары Ыстамбұл қаласында өткізілген.',
      'Согласно представленным документам место эффективного управления организации в 2025 году находилось за пределами Республики Казахстан; заседания совета директоров проводились в городе Стамбул.',
    ),
    appealAuthority: byLocale(locale, 'Астана қаласы бойынша Мемлекеттік кірістер департаменті', 'Департамент государственных доходов по городу Астане'),
    head: {
      fullName: 'Сәрсенбаев Қ. Ғ.',
      position: byLocale(locale, 'Басқарма басшысы', 'Руководитель управления'),
    },
    executor: { fullName: 'Қасымов Е. Б.', phone: '+7 7172 55-12-34' },
  };
}

export function declineNotice(locale: DocumentLocale): DeclineNoticeData {
  return {
    locale,
    office,
    applicant: { name: 'Ыбыраев Нұрсұлтан Әбілқасымұлы', taxpayerId: '920817350246' },
    date: '2026-03-02',
    missing: [
      { text: byLocale(locale, 'Өкілдің өкілеттігін растайтын нотариат куәландырған сенімхат', 'Нотариально удостоверенная доверенность, подтверждающая полномочия представителя') },
      { text: byLocale(locale, 'Қазақстан Республикасында болған күндерін растайтын құжаттар', 'Документы, подтверждающие количество дней пребывания в Республике Казахстан') },
    ],
    reasons: byLocale(locale, 'Өтінішке өкіл қол қойған, сенімхат ұсынылмаған.', 'Заявление подписано представителем, доверенность не представлена.'),
    officer: {
      fullName: 'Нұрланова Әлия Серікқызы',
      position: byLocale(locale, 'Бас маман', 'Главный специалист'),
    },
  };
}

const surnames = ['Әбенов', 'Ғалымжанов', 'Қасымов', 'Иванов', 'Өтепов', 'Ұзақов', 'Үсенов', 'Оңғаров', 'Іргебаев', 'Жақсыбеков'];
const names = ['Ерлан', 'Гүлнар', 'Айгерім', 'Сергей', 'Әсел', 'Нұрлан', 'Ілияс', 'Жанар'];

export function journalRows(n: number, locale: DocumentLocale): JournalRow[] {
  return Array.from({ length: n }, (_, i) => {
    const surname = surnames[i % surnames.length]!;
    const name = names[i % names.length]!;
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      no: i + 1,
      taxpayerName: `${surname} ${name}`,
      taxpayerId: String(900101300000 + i * 7).padStart(12, '0'),
      outgoingDocument: {
        name: byLocale(locale, 'Резиденттікті растайтын құжат', 'Документ, подтверждающий резидентство'),
        number: `6205-2026-${String(4000 + i).padStart(6, '0')}`,
      },
      recipientName: `${surname} ${name}`,
      presented: { name: byLocale(locale, 'Жеке куәлік', 'Удостоверение личности'), number: String(40000000 + i * 13), series: i % 3 === 0 ? 'KZ' : '' },
      issuedOn: `2026-03-${day}`,
    };
  });
}

export function journal(locale: DocumentLocale, rows = 12): JournalData {
  return { locale, office, from: '2026-03-01', to: '2026-03-31', printedOn: '2026-04-01', rows: journalRows(rows, locale) };
}

export const fixtures: { [K in DocumentKind]: (locale: DocumentLocale) => DocumentDataMap[K] } = {
  coupon,
  secondCopyStamp,
  residencyCertificate,
  refusal,
  declineNotice,
  journal: (locale) => journal(locale),
};
