// Why a number is not a valid IIN/BIN, in Kazakh and Russian, worded for the front-desk
// officer: what the digits mean, what was typed, and what to check.
import type { Localized } from '../text';
import { formatDate } from '../dates';
import { type ReasonCode, type ReasonParams, type ReasonSubject } from './types';

/**
 * Names of the identifiers. Every Kazakh name ends in "Н" read with a front vowel (жэ-эс-эн),
 * so the case endings are the same for all three: -нің (genitive), -ді (accusative).
 */
const names: Record<ReasonSubject, Localized> = {
  iin: { kk: 'ЖСН', ru: 'ИИН' },
  bin: { kk: 'БСН', ru: 'БИН' },
  any: { kk: 'ЖСН/БСН', ru: 'ИИН/БИН' },
};

type MessageFor = { [C in ReasonCode]: (params: ReasonParams[C], subject: ReasonSubject) => Localized };

export const messages: MessageFor = {
  empty: (_params, subject) => ({
    kk: `${names[subject].kk}-ді енгізіңіз (12 цифр)`,
    ru: `Введите ${names[subject].ru} (12 цифр)`,
  }),

  length: ({ expected, actual }, subject) => ({
    kk: `${names[subject].kk} ${expected} цифрдан тұруы тиіс, енгізілгені: ${actual}`,
    ru: `${names[subject].ru} должен содержать ${expected} цифр, введено ${actual}`,
  }),

  nonDigit: ({ whitespace, character, position }, subject) => {
    const name = names[subject];
    if (character === null) {
      return {
        kk: `${name.kk} бос орынсыз енгізіледі: цифрлар арасындағы бос орындарды алып тастаңыз`,
        ru: `${name.ru} вводится без пробелов: уберите пробелы между цифрами`,
      };
    }
    return {
      kk: `${name.kk} тек цифрлардан тұруы тиіс, ал ${position}-орында «${character}» таңбасы тұр` +
        (whitespace ? '. Бос орындарды да алып тастаңыз' : ''),
      ru: `${name.ru} должен состоять только из цифр, а на ${position}-й позиции стоит «${character}»` +
        (whitespace ? '. Уберите также пробелы' : ''),
    };
  },

  birthDate: ({ digits }) => ({
    kk: `ЖСН-нің алғашқы 6 цифры туған күн (ЖЖААКК) болуы тиіс, ал «${digits}» деген күн жоқ`,
    ru: `Первые 6 цифр ИИН — дата рождения (ГГММДД), а «${digits}» — несуществующая дата`,
  }),

  centuryDigit: ({ digit }) => ({
    kk: `ЖСН-нің 7-цифры (туған ғасыры мен жынысы) 1-ден 6-ға дейін болуы тиіс, көрсетілгені: ${digit}`,
    ru: `7-я цифра ИИН (век рождения и пол) должна быть от 1 до 6, указано: ${digit}`,
  }),

  futureBirthDate: ({ birthDate }) => ({
    kk: `ЖСН бойынша туған күн — ${formatDate(birthDate)} — әлі келген жоқ; алғашқы 7 цифрды тексеріңіз`,
    ru: `Дата рождения по ИИН — ${formatDate(birthDate)} — ещё не наступила; проверьте первые 7 цифр`,
  }),

  registrationMonth: ({ month }) => ({
    kk: `БСН-нің 3–4 цифрлары тіркеу айын білдіреді және 01-ден 12-ге дейін болуы тиіс, көрсетілгені: ${month}`,
    ru: `Цифры 3–4 БИН — месяц регистрации, они должны быть от 01 до 12, указано: ${month}`,
  }),

  binType: ({ digit }) => ({
    kk:
      'БСН-нің 5-цифры тұлғаның түрін білдіреді: 4 — резидент заңды тұлға, 5 — бейрезидент заңды тұлға, ' +
      `6 — бірлескен кәсіпкерліктегі жеке кәсіпкер; көрсетілгені: ${digit}`,
    ru:
      '5-я цифра БИН означает вид лица: 4 — юридическое лицо-резидент, 5 — юридическое лицо-нерезидент, ' +
      `6 — ИП в совместном предпринимательстве; указано: ${digit}`,
  }),

  binUnit: ({ digit }) => ({
    kk:
      'БСН-нің 6-цифры бөлімшені білдіреді: 0 — бас ұйым, 1 — филиал, 2 — өкілдік, ' +
      `3 — шаруа (фермер) қожалығы; көрсетілгені: ${digit}`,
    ru:
      '6-я цифра БИН означает подразделение: 0 — головная организация, 1 — филиал, 2 — представительство, ' +
      `3 — крестьянское (фермерское) хозяйство; указано: ${digit}`,
  }),

  checkDigitImpossible: (_params, subject) => ({
    kk: `Мұндай ${names[subject].kk} болмайды: алғашқы 11 цифр үшін бақылау цифры жоқ. Цифрлар дұрыс терілгенін тексеріңіз`,
    ru: `Такого ${names[subject].ru} не бывает: для первых 11 цифр контрольной цифры не существует. Проверьте, правильно ли набраны цифры`,
  }),

  // The expected digit stays in params, not on screen: a typo is as likely in any other digit,
  // and "fixing" the last one would turn it into the valid number of someone else.
  checkDigit: (_params, subject) => ({
    kk: `${names[subject].kk} қате: бақылау (соңғы) цифры қалған цифрлармен сәйкес келмейді. Нөмірді құжатпен салыстырыңыз`,
    ru: `${names[subject].ru} неверен: контрольная (последняя) цифра не сходится с остальными. Сверьте номер с документом`,
  }),
};
