// Foreign states a residency certificate is issued for (Kazakhstan's double-taxation treaty
// partners), with their names in Kazakh, Russian and English for the certificate's three lines.
import type { Localized } from './text';

export interface ForeignState {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: Localized & { en: string };
}

const state = (code: string, kk: string, ru: string, en: string): ForeignState => ({ code, name: { kk, ru, en } });

export const foreignStates: readonly ForeignState[] = [
  state('AM', 'Армения Республикасы', 'Республика Армения', 'Republic of Armenia'),
  state('AT', 'Австрия Республикасы', 'Австрийская Республика', 'Republic of Austria'),
  state('AZ', 'Әзербайжан Республикасы', 'Азербайджанская Республика', 'Republic of Azerbaijan'),
  state('AE', 'Біріккен Араб Әмірліктері', 'Объединённые Арабские Эмираты', 'United Arab Emirates'),
  state('BE', 'Бельгия Корольдігі', 'Королевство Бельгия', 'Kingdom of Belgium'),
  state('BG', 'Болгария Республикасы', 'Республика Болгария', 'Republic of Bulgaria'),
  state('BY', 'Беларусь Республикасы', 'Республика Беларусь', 'Republic of Belarus'),
  state('CA', 'Канада', 'Канада', 'Canada'),
  state('CH', 'Швейцария Конфедерациясы', 'Швейцарская Конфедерация', 'Swiss Confederation'),
  state('CN', 'Қытай Халық Республикасы', 'Китайская Народная Республика', "People's Republic of China"),
  state('CY', 'Кипр Республикасы', 'Республика Кипр', 'Republic of Cyprus'),
  state('CZ', 'Чех Республикасы', 'Чешская Республика', 'Czech Republic'),
  state('DE', 'Германия Федеративтік Республикасы', 'Федеративная Республика Германия', 'Federal Republic of Germany'),
  state('DK', 'Дания Корольдігі', 'Королевство Дания', 'Kingdom of Denmark'),
  state('EE', 'Эстония Республикасы', 'Эстонская Республика', 'Republic of Estonia'),
  state('ES', 'Испания Корольдігі', 'Королевство Испания', 'Kingdom of Spain'),
  state('FI', 'Финляндия Республикасы', 'Финляндская Республика', 'Republic of Finland'),
  state('FR', 'Француз Республикасы', 'Французская Республика', 'French Republic'),
  state('GB', 'Ұлыбритания және Солтүстік Ирландия Құрама Корольдігі', 'Соединённое Королевство Великобритании и Северной Ирландии', 'United Kingdom of Great Britain and Northern Ireland'),
  state('GE', 'Грузия', 'Грузия', 'Georgia'),
  state('HU', 'Венгрия', 'Венгрия', 'Hungary'),
  state('IE', 'Ирландия', 'Ирландия', 'Ireland'),
  state('IL', 'Израиль Мемлекеті', 'Государство Израиль', 'State of Israel'),
  state('IN', 'Үндістан Республикасы', 'Республика Индия', 'Republic of India'),
  state('IR', 'Иран Ислам Республикасы', 'Исламская Республика Иран', 'Islamic Republic of Iran'),
  state('IT', 'Италия Республикасы', 'Итальянская Республика', 'Italian Republic'),
  state('JP', 'Жапония', 'Япония', 'Japan'),
  state('KG', 'Қырғыз Республикасы', 'Кыргызская Республика', 'Kyrgyz Republic'),
  state('KR', 'Корея Республикасы', 'Республика Корея', 'Republic of Korea'),
  state('LT', 'Литва Республикасы', 'Литовская Республика', 'Republic of Lithuania'),
  state('LU', 'Люксембург Ұлы Герцогтігі', 'Великое Герцогство Люксембург', 'Grand Duchy of Luxembourg'),
  state('LV', 'Латвия Республикасы', 'Латвийская Республика', 'Republic of Latvia'),
  state('MD', 'Молдова Республикасы', 'Республика Молдова', 'Republic of Moldova'),
  state('MK', 'Солтүстік Македония Республикасы', 'Республика Северная Македония', 'Republic of North Macedonia'),
  state('MN', 'Моңғолия', 'Монголия', 'Mongolia'),
  state('MY', 'Малайзия', 'Малайзия', 'Malaysia'),
  state('NL', 'Нидерланд Корольдігі', 'Королевство Нидерландов', 'Kingdom of the Netherlands'),
  state('NO', 'Норвегия Корольдігі', 'Королевство Норвегия', 'Kingdom of Norway'),
  state('PK', 'Пәкістан Ислам Республикасы', 'Исламская Республика Пакистан', 'Islamic Republic of Pakistan'),
  state('PL', 'Польша Республикасы', 'Республика Польша', 'Republic of Poland'),
  state('QA', 'Катар Мемлекеті', 'Государство Катар', 'State of Qatar'),
  state('RO', 'Румыния', 'Румыния', 'Romania'),
  state('RS', 'Сербия Республикасы', 'Республика Сербия', 'Republic of Serbia'),
  state('RU', 'Ресей Федерациясы', 'Российская Федерация', 'Russian Federation'),
  state('SA', 'Сауд Арабиясы Корольдігі', 'Королевство Саудовская Аравия', 'Kingdom of Saudi Arabia'),
  state('SE', 'Швеция Корольдігі', 'Королевство Швеция', 'Kingdom of Sweden'),
  state('SG', 'Сингапур Республикасы', 'Республика Сингапур', 'Republic of Singapore'),
  state('SK', 'Словак Республикасы', 'Словацкая Республика', 'Slovak Republic'),
  state('TJ', 'Тәжікстан Республикасы', 'Республика Таджикистан', 'Republic of Tajikistan'),
  state('TR', 'Түркия Республикасы', 'Турецкая Республика', 'Republic of Türkiye'),
  state('UA', 'Украина', 'Украина', 'Ukraine'),
  state('US', 'Америка Құрама Штаттары', 'Соединённые Штаты Америки', 'United States of America'),
  state('UZ', 'Өзбекстан Республикасы', 'Республика Узбекистан', 'Republic of Uzbekistan'),
  state('VN', 'Вьетнам Социалистік Республикасы', 'Социалистическая Республика Вьетнам', 'Socialist Republic of Viet Nam'),
];

export function foreignState(code: string): ForeignState | undefined {
  return foreignStates.find((s) => s.code === code);
}
