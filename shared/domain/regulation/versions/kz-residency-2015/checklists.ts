// What the desk checks in §5.1.a (identity and powers), §5.1.b (completeness against the
// Standard's §9, which the seed refers to but does not quote: a sensible, editable default) and
// §5.1.c (the fields compared with the registration data in БСАЖ АЖ / ИС ИНИС).
import type { CheckItem, Checklists } from '../../model';

const identityDocumentValid: CheckItem = {
  id: 'identityDocumentValid',
  text: {
    kk: 'Жеке басын куәландыратын құжат ұсынылды және жарамды',
    ru: 'Документ, удостоверяющий личность, представлен и действителен',
  },
  required: true,
};

const representativeDocumentValid: CheckItem = {
  id: 'representativeDocumentValid',
  text: {
    kk: 'Өкілдің жеке басын куәландыратын құжаты ұсынылды және жарамды',
    ru: 'Документ, удостоверяющий личность представителя, представлен и действителен',
  },
  required: true,
};

const representativeDataMatch: CheckItem = {
  id: 'representativeDataMatch',
  text: {
    kk: 'Өкілдің деректері (тегі, аты, әкесінің аты, ЖСН) сенімхатпен және жеке басын куәландыратын құжатпен сәйкес келеді',
    ru: 'Данные представителя (фамилия, имя, отчество, ИИН) совпадают с доверенностью и документом, удостоверяющим личность',
  },
  required: true,
};

const powerOfAttorneyInForce: CheckItem = {
  id: 'powerOfAttorneyInForce',
  text: { kk: 'Сенімхаттың қолданылу мерзімі өтпеген', ru: 'Срок действия доверенности не истёк' },
  required: true,
};

const identity: Checklists['identity'] = {
  ref: '§5.1.a',
  variants: {
    inPerson: [
      identityDocumentValid,
      {
        id: 'nameMatches',
        text: {
          kk: 'Салықтық өтініштегі тегі, аты, әкесінің аты жеке басын куәландыратын құжатпен сәйкес келеді',
          ru: 'Фамилия, имя, отчество в налоговом заявлении совпадают с документом, удостоверяющим личность',
        },
        required: true,
      },
      {
        id: 'iinMatches',
        text: {
          kk: 'Салықтық өтініштегі ЖСН жеке басын куәландыратын құжатпен сәйкес келеді',
          ru: 'ИИН в налоговом заявлении совпадает с документом, удостоверяющим личность',
        },
        required: true,
      },
    ],
    individualRepresentative: [
      representativeDocumentValid,
      representativeDataMatch,
      {
        id: 'powerOfAttorneyNotarised',
        text: {
          kk: 'Нотариалды куәландырылған сенімхат ұсынылды',
          ru: 'Представлена нотариально удостоверенная доверенность',
        },
        required: true,
      },
      {
        id: 'powersListed',
        text: {
          kk: 'Сенімхатта уәкілетті өкілдің өкілеттіктерінің нақты тізбесі көрсетілген',
          ru: 'В доверенности указан конкретный перечень полномочий уполномоченного представителя',
        },
        required: true,
      },
      powerOfAttorneyInForce,
      {
        id: 'principalMatches',
        text: {
          kk: 'Сенімхаттағы сенім білдірушінің деректері (тегі, аты, әкесінің аты, ЖСН) салықтық өтініштегі деректермен сәйкес келеді',
          ru: 'Данные доверителя (фамилия, имя, отчество, ИИН) в доверенности совпадают с данными налогового заявления',
        },
        required: true,
      },
    ],
    legalEntityRepresentative: [
      representativeDocumentValid,
      representativeDataMatch,
      {
        id: 'powerOfAttorneyPresented',
        text: {
          kk: 'Заңды тұлғаның мүдделерін білдіруге сенімхат ұсынылды',
          ru: 'Представлена доверенность на представление интересов юридического лица',
        },
        required: true,
      },
      {
        id: 'headSignature',
        text: { kk: 'Сенімхатта басшының қолы бар', ru: 'Доверенность подписана руководителем' },
        required: true,
      },
      {
        id: 'entitySeal',
        text: { kk: 'Сенімхатта заңды тұлғаның мөрі бар', ru: 'Доверенность заверена печатью юридического лица' },
        required: true,
      },
      powerOfAttorneyInForce,
      {
        id: 'entityMatches',
        text: {
          kk: 'Сенімхаттағы заңды тұлғаның атауы мен БСН салықтық өтініштегі деректермен сәйкес келеді',
          ru: 'Наименование и БИН юридического лица в доверенности совпадают с данными налогового заявления',
        },
        required: true,
      },
    ],
  },
};

// The documents every applicant brings; the applicant-specific ones follow in each list.
const taxApplication: CheckItem = {
  id: 'taxApplication',
  text: {
    kk: 'Резиденттікті растау туралы салықтық өтініш (екі данада)',
    ru: 'Налоговое заявление о подтверждении резидентства (в двух экземплярах)',
  },
  required: true,
};

const identityDocument: CheckItem = {
  id: 'identityDocument',
  text: {
    kk: 'Жеке басын куәландыратын құжат (сәйкестендіру үшін)',
    ru: 'Документ, удостоверяющий личность (для идентификации)',
  },
  required: true,
};

const powerOfAttorney: CheckItem = {
  id: 'powerOfAttorney',
  text: {
    kk: 'Өкілдің өкілеттігін растайтын сенімхат',
    ru: 'Доверенность, подтверждающая полномочия представителя',
  },
  required: true,
  onlyWhen: 'representative',
};

const daysOfStay: CheckItem = {
  id: 'residencyBasisDaysOfStay',
  text: {
    kk:
      'Резиденттік негізін растайтын құжаттар: кез келген қатарынан он екі айлық кезеңде Қазақстан Республикасында кемінде ' +
      '183 күнтізбелік күн болуын (шекарадан өту белгілері бар паспорт беттерінің көшірмелері және т.б.) немесе өмірлік ' +
      'мүдделер орталығының Қазақстан Республикасында екенін растайтын құжаттар',
    ru:
      'Документы, подтверждающие основание резидентства: пребывание в Республике Казахстан не менее 183 календарных дней ' +
      'в любом последовательном двенадцатимесячном периоде (копии страниц паспорта с отметками о пересечении границы и т.п.) ' +
      'либо нахождение центра жизненных интересов в Республике Казахстан',
  },
  required: true,
};

const foreignStateForm: CheckItem = {
  id: 'foreignStateForm',
  text: {
    kk: 'Шет мемлекеттің құзыретті органы белгілеген нысан (резиденттікті сол нысанда растау сұралса)',
    ru: 'Форма, установленная компетентным органом иностранного государства (если резидентство просят подтвердить на ней)',
  },
  required: false,
};

const completeness: Checklists['completeness'] = {
  ref: 'Standard §9',
  byApplicantType: {
    individual: [taxApplication, identityDocument, powerOfAttorney, daysOfStay, foreignStateForm],
    legalEntity: [
      taxApplication,
      identityDocument,
      powerOfAttorney,
      {
        id: 'stateRegistration',
        text: {
          kk: 'Заңды тұлғаның мемлекеттік тіркелуін (қайта тіркелуін) растайтын құжат',
          ru: 'Документ, подтверждающий государственную регистрацию (перерегистрацию) юридического лица',
        },
        required: true,
      },
      foreignStateForm,
    ],
    individualEntrepreneur: [
      taxApplication,
      identityDocument,
      powerOfAttorney,
      {
        id: 'entrepreneurRegistration',
        text: {
          kk: 'Дара кәсіпкер ретінде мемлекеттік тіркелгенін растайтын құжат',
          ru: 'Документ, подтверждающий государственную регистрацию в качестве индивидуального предпринимателя',
        },
        required: true,
      },
      daysOfStay,
      foreignStateForm,
    ],
    foreignEntityEffectiveManagement: [
      taxApplication,
      identityDocument,
      powerOfAttorney,
      {
        id: 'foreignRegistration',
        text: {
          kk:
            'Шет мемлекетте тіркелгенін растайтын құрылтай құжаттарының заңдастырылған (апостильденген) көшірмелері, ' +
            'қазақ немесе орыс тіліне нотариалды куәландырылған аудармасымен',
          ru:
            'Легализованные (апостилированные) копии учредительных документов, подтверждающих регистрацию в иностранном ' +
            'государстве, с нотариально засвидетельствованным переводом на казахский или русский язык',
        },
        required: true,
      },
      {
        id: 'placeOfEffectiveManagement',
        text: {
          kk:
            'Тиімді басқару орнының (нақты басқару органының орналасқан жерінің) Қазақстан Республикасында екенін растайтын ' +
            'құжаттар (директорлар кеңесінің немесе өзге басқару органының отырыстарының хаттамалары және т.б.)',
          ru:
            'Документы, подтверждающие нахождение места эффективного управления (места нахождения фактического органа ' +
            'управления) в Республике Казахстан (протоколы заседаний совета директоров или иного органа управления и т.п.)',
        },
        required: true,
      },
      foreignStateForm,
    ],
  },
};

const registryFields: Checklists['registryFields'] = {
  ref: '§5.1.c',
  fields: [
    {
      id: 'iinBin',
      label: { kk: 'ЖСН/БСН', ru: 'ИИН/БИН' },
      appliesTo: ['individual', 'legalEntity', 'individualEntrepreneur', 'foreignEntityEffectiveManagement'],
    },
    {
      id: 'fullName',
      label: { kk: 'Тегі, аты, әкесінің аты (бар болса)', ru: 'Фамилия, имя, отчество (при наличии)' },
      appliesTo: ['individual', 'individualEntrepreneur'],
    },
    {
      id: 'entityName',
      label: { kk: 'Заңды тұлғаның атауы', ru: 'Наименование юридического лица' },
      appliesTo: ['legalEntity', 'foreignEntityEffectiveManagement'],
    },
    {
      id: 'residenceAddress',
      label: { kk: 'Тұрғылықты жерінің мекенжайы', ru: 'Адрес места жительства' },
      appliesTo: ['individual', 'individualEntrepreneur'],
    },
    {
      id: 'legalAddress',
      label: { kk: 'Заңды тұлғаның орналасқан жерінің мекенжайы', ru: 'Адрес места нахождения юридического лица' },
      appliesTo: ['legalEntity', 'foreignEntityEffectiveManagement'],
    },
    {
      id: 'registrationDate',
      label: {
        kk: 'Салық төлеуші ретінде тіркеу есебіне қойылған күні',
        ru: 'Дата постановки на регистрационный учёт в качестве налогоплательщика',
      },
      appliesTo: ['individual', 'legalEntity', 'individualEntrepreneur', 'foreignEntityEffectiveManagement'],
    },
    {
      id: 'registrationStatus',
      label: {
        kk: 'Тіркеу есебіндегі мәртебесі (тіркеу есебінен шығарылмаған)',
        ru: 'Статус регистрационного учёта (не снят с учёта)',
      },
      appliesTo: ['individual', 'legalEntity', 'individualEntrepreneur', 'foreignEntityEffectiveManagement'],
    },
    {
      id: 'taxAuthorityCode',
      label: {
        kk: 'Тіркелген жері бойынша мемлекеттік кірістер органының коды',
        ru: 'Код органа государственных доходов по месту регистрации',
      },
      appliesTo: ['individual', 'legalEntity', 'individualEntrepreneur', 'foreignEntityEffectiveManagement'],
    },
  ],
};

export const checklists: Checklists = { identity, completeness, registryFields };
