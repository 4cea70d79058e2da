// Every reason, in both languages, exactly as the officer reads it.
import { describe, expect, it } from 'vitest';
import {
  identifierMessages,
  reasonCodes,
  validateTaxpayerId,
  type ReasonCode,
  type TaxpayerIdQuery,
} from '../../../../../shared/domain/identifiers';
import { options, withCheck } from './helpers';

interface Case {
  input: string;
  kind: TaxpayerIdQuery;
  kk: string;
  ru: string;
}

const cases: Record<ReasonCode, Case[]> = {
  empty: [
    { input: '', kind: 'iin', kk: 'ЖСН-ді енгізіңіз (12 цифр)', ru: 'Введите ИИН (12 цифр)' },
    { input: '  ', kind: 'bin', kk: 'БСН-ді енгізіңіз (12 цифр)', ru: 'Введите БИН (12 цифр)' },
    { input: '\t', kind: 'any', kk: 'ЖСН/БСН-ді енгізіңіз (12 цифр)', ru: 'Введите ИИН/БИН (12 цифр)' },
  ],
  length: [
    {
      input: '90031440012',
      kind: 'iin',
      kk: 'ЖСН 12 цифрдан тұруы тиіс, енгізілгені: 11',
      ru: 'ИИН должен содержать 12 цифр, введено 11',
    },
    {
      input: '0405400000141',
      kind: 'bin',
      kk: 'БСН 12 цифрдан тұруы тиіс, енгізілгені: 13',
      ru: 'БИН должен содержать 12 цифр, введено 13',
    },
    {
      input: '1',
      kind: 'any',
      kk: 'ЖСН/БСН 12 цифрдан тұруы тиіс, енгізілгені: 1',
      ru: 'ИИН/БИН должен содержать 12 цифр, введено 1',
    },
  ],
  nonDigit: [
    {
      input: '9003 1440 0120',
      kind: 'iin',
      kk: 'ЖСН бос орынсыз енгізіледі: цифрлар арасындағы бос орындарды алып тастаңыз',
      ru: 'ИИН вводится без пробелов: уберите пробелы между цифрами',
    },
    {
      // A Cyrillic "О" typed for a zero.
      input: '04054000001О',
      kind: 'bin',
      kk: 'БСН тек цифрлардан тұруы тиіс, ал 12-орында «О» таңбасы тұр',
      ru: 'БИН должен состоять только из цифр, а на 12-й позиции стоит «О»',
    },
    {
      input: '9003 1440012O',
      kind: 'any',
      kk: 'ЖСН/БСН тек цифрлардан тұруы тиіс, ал 13-орында «O» таңбасы тұр. Бос орындарды да алып тастаңыз',
      ru: 'ИИН/БИН должен состоять только из цифр, а на 13-й позиции стоит «O». Уберите также пробелы',
    },
  ],
  birthDate: [
    {
      input: withCheck('90134040012'),
      kind: 'iin',
      kk: 'ЖСН-нің алғашқы 6 цифры туған күн (ЖЖААКК) болуы тиіс, ал «901340» деген күн жоқ',
      ru: 'Первые 6 цифр ИИН — дата рождения (ГГММДД), а «901340» — несуществующая дата',
    },
  ],
  centuryDigit: [
    {
      input: withCheck('90031400012'),
      kind: 'iin',
      kk: 'ЖСН-нің 7-цифры (туған ғасыры мен жынысы) 1-ден 6-ға дейін болуы тиіс, көрсетілгені: 0',
      ru: '7-я цифра ИИН (век рождения и пол) должна быть от 1 до 6, указано: 0',
    },
  ],
  futureBirthDate: [
    {
      input: withCheck('30010150012'),
      kind: 'iin',
      kk: 'ЖСН бойынша туған күн — 01.01.2030 — әлі келген жоқ; алғашқы 7 цифрды тексеріңіз',
      ru: 'Дата рождения по ИИН — 01.01.2030 — ещё не наступила; проверьте первые 7 цифр',
    },
  ],
  registrationMonth: [
    {
      input: withCheck('04134000001'),
      kind: 'bin',
      kk: 'БСН-нің 3–4 цифрлары тіркеу айын білдіреді және 01-ден 12-ге дейін болуы тиіс, көрсетілгені: 13',
      ru: 'Цифры 3–4 БИН — месяц регистрации, они должны быть от 01 до 12, указано: 13',
    },
  ],
  binType: [
    {
      input: withCheck('04057000001'),
      kind: 'bin',
      kk:
        'БСН-нің 5-цифры тұлғаның түрін білдіреді: 4 — резидент заңды тұлға, 5 — бейрезидент заңды тұлға, ' +
        '6 — бірлескен кәсіпкерліктегі жеке кәсіпкер; көрсетілгені: 7',
      ru:
        '5-я цифра БИН означает вид лица: 4 — юридическое лицо-резидент, 5 — юридическое лицо-нерезидент, ' +
        '6 — ИП в совместном предпринимательстве; указано: 7',
    },
  ],
  binUnit: [
    {
      input: withCheck('04054700001'),
      kind: 'bin',
      kk: 'БСН-нің 6-цифры бөлімшені білдіреді: 0 — бас ұйым, 1 — филиал, 2 — өкілдік, 3 — шаруа (фермер) қожалығы; көрсетілгені: 7',
      ru:
        '6-я цифра БИН означает подразделение: 0 — головная организация, 1 — филиал, 2 — представительство, ' +
        '3 — крестьянское (фермерское) хозяйство; указано: 7',
    },
  ],
  checkDigitImpossible: [
    {
      input: '900314401000',
      kind: 'iin',
      kk: 'Мұндай ЖСН болмайды: алғашқы 11 цифр үшін бақылау цифры жоқ. Цифрлар дұрыс терілгенін тексеріңіз',
      ru: 'Такого ИИН не бывает: для первых 11 цифр контрольной цифры не существует. Проверьте, правильно ли набраны цифры',
    },
  ],
  checkDigit: [
    {
      input: '900314400121',
      kind: 'iin',
      kk: 'ЖСН қате: бақылау (соңғы) цифры қалған цифрлармен сәйкес келмейді. Нөмірді құжатпен салыстырыңыз',
      ru: 'ИИН неверен: контрольная (последняя) цифра не сходится с остальными. Сверьте номер с документом',
    },
    {
      input: '040540000015',
      kind: 'bin',
      kk: 'БСН қате: бақылау (соңғы) цифры қалған цифрлармен сәйкес келмейді. Нөмірді құжатпен салыстырыңыз',
      ru: 'БИН неверен: контрольная (последняя) цифра не сходится с остальными. Сверьте номер с документом',
    },
    {
      // Neither shape (month 13, century digit 7), so the verdict is about "IIN/BIN".
      input: '901340700120',
      kind: 'any',
      kk: 'ЖСН/БСН қате: бақылау (соңғы) цифры қалған цифрлармен сәйкес келмейді. Нөмірді құжатпен салыстырыңыз',
      ru: 'ИИН/БИН неверен: контрольная (последняя) цифра не сходится с остальными. Сверьте номер с документом',
    },
  ],
};

describe('reason messages', () => {
  it('cover every reason code', () => {
    expect(Object.keys(cases).sort()).toEqual([...reasonCodes].sort());
    expect(Object.keys(identifierMessages).sort()).toEqual([...reasonCodes].sort());
  });

  const rows = Object.entries(cases).flatMap(([code, list]) => list.map((c) => ({ code, ...c })));
  it.each(rows)('$code for $kind $input', ({ code, input, kind, kk, ru }) => {
    const result = validateTaxpayerId(input, kind, options);
    expect(result.ok).toBe(false);
    const reason = !result.ok && result.reasons.find((r) => r.code === code);
    expect(reason, JSON.stringify(result)).toBeTruthy();
    expect(reason && reason.message).toEqual({ kk, ru });
  });

  it('are never empty and never leak a placeholder', () => {
    for (const { input, kind } of rows) {
      const result = validateTaxpayerId(input, kind, options);
      for (const r of result.ok ? [] : result.reasons) {
        for (const text of [r.message.kk, r.message.ru]) {
          expect(text.trim()).not.toBe('');
          expect(text).not.toMatch(/undefined|null|NaN|\{|\}/);
        }
      }
    }
  });

  it('use Kazakh letters in Kazakh and none in Russian', () => {
    for (const { input, kind } of rows) {
      const result = validateTaxpayerId(input, kind, options);
      for (const r of result.ok ? [] : result.reasons) {
        expect(r.message.kk).toMatch(/[ӘәҒғҚқҢңӨөҰұҮүҺһІі]|ЖСН|БСН/);
        expect(r.message.ru).not.toMatch(/[ӘәҒғҚқҢңӨөҰұҮүҺһІі]|ЖСН|БСН/);
      }
    }
  });
});
