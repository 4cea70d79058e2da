// Kazakh and Russian messages for everything that can go wrong with a regulation version:
// a hand-edited JSON file is checked by an administrator, so every message names the problem
// in the officer's language. (shared/domain cannot use the i18n catalogs, so the texts live here.)
import type { Localized } from '../text';

const typeNames: Record<string, Localized> = {
  string: { kk: 'мәтін', ru: 'строка' },
  number: { kk: 'сан', ru: 'число' },
  int: { kk: 'бүтін сан', ru: 'целое число' },
  boolean: { kk: 'логикалық мән (true/false)', ru: 'логическое значение (true/false)' },
  array: { kk: 'тізім', ru: 'список' },
  object: { kk: 'объект', ru: 'объект' },
  record: { kk: 'объект', ru: 'объект' },
};

const typeName = (expected: string): Localized => typeNames[expected] ?? { kk: expected, ru: expected };

export const messages = {
  // Shape (zod) problems
  badJson: (detail: string): Localized => ({
    kk: `JSON мәтіні оқылмады: ${detail}`,
    ru: `Не удалось прочитать текст JSON: ${detail}`,
  }),
  required: (): Localized => ({ kk: 'Міндетті өріс толтырылмаған', ru: 'Обязательное поле не заполнено' }),
  wrongType: (expected: string): Localized => ({
    kk: `Мәннің түрі дұрыс емес: ${typeName(expected).kk} болуы керек`,
    ru: `Неверный тип значения: ожидается ${typeName(expected).ru}`,
  }),
  emptyList: (): Localized => ({ kk: 'Тізім бос болмауы керек', ru: 'Список не должен быть пустым' }),
  positive: (): Localized => ({ kk: 'Мән нөлден үлкен болуы керек', ru: 'Значение должно быть больше нуля' }),
  atLeast: (min: number): Localized => ({ kk: `Мән кемінде ${min} болуы керек`, ru: `Значение должно быть не меньше ${min}` }),
  badDate: (): Localized => ({
    kk: 'Күн ЖЖЖЖ-АА-КК пішімінде және күнтізбеде бар күн болуы керек',
    ru: 'Дата должна быть в формате ГГГГ-ММ-ДД и существовать в календаре',
  }),
  badIdentifier: (): Localized => ({
    kk: 'Идентификаторда бос орын болмауы керек',
    ru: 'Идентификатор не должен содержать пробелов',
  }),
  badFormat: (): Localized => ({ kk: 'Мәннің пішімі дұрыс емес', ru: 'Неверный формат значения' }),
  oneOf: (values: string): Localized => ({ kk: `Рұқсат етілген мәндер: ${values}`, ru: `Допустимые значения: ${values}` }),
  unknownField: (): Localized => ({
    kk: 'Белгісіз өріс (регламент нұсқасының сызбасында жоқ)',
    ru: 'Неизвестное поле (отсутствует в схеме версии регламента)',
  }),
  invalid: (): Localized => ({ kk: 'Мән дұрыс емес', ru: 'Недопустимое значение' }),

  // Meaning (semantic) problems
  duplicateId: (what: Localized, id: string): Localized => ({
    kk: `${what.kk} «${id}» идентификаторы қайталанады`,
    ru: `${what.ru}: идентификатор «${id}» повторяется`,
  }),
  unknownProcedure: (id: string): Localized => ({
    kk: `«${id}» рәсімі рәсімдер тізімінде жоқ`,
    ru: `Процедура «${id}» отсутствует в списке процедур`,
  }),
  selfReference: (id: string): Localized => ({
    kk: `«${id}» рәсімі өз мерзіміне сілтеме жасай алмайды`,
    ru: `Процедура «${id}» не может ссылаться на собственный срок`,
  }),
  assumedNeedsNote: (): Localized => ({
    kk: 'Шартты түрде алынған нормаға түсіндірме (note) қажет',
    ru: 'Для принятой условно нормы требуется пояснение (note)',
  }),
  wholeDays: (): Localized => ({
    kk: 'Күнтізбелік күндер саны бүтін сан болуы керек',
    ru: 'Число календарных дней должно быть целым',
  }),
  wholeSeconds: (): Localized => ({
    kk: 'Норма бүтін секундтар санына тең болуы керек',
    ru: 'Норма должна составлять целое число секунд',
  }),
  intakeStepNotAcceptance: (id: string): Localized => ({
    kk: `«${id}» қабылдау қадамы кеңседегі құжаттарды қабылдау кезеңіне жатуы керек`,
    ru: `Шаг приёма «${id}» должен относиться к этапу приёма документов в канцелярии`,
  }),
  untimedNorm: (id: string): Localized => ({
    kk: `«${id}» нормасы минутпен немесе секундпен берілуі керек`,
    ru: `Норма «${id}» должна быть задана в минутах или секундах`,
  }),
  intakeTotalMismatch: (sumMinutes: number, totalMinutes: number): Localized => ({
    kk: `Қабылдау қадамдары нормаларының қосындысы (${sumMinutes} мин) жалпы нормаға (${totalMinutes} мин) тең емес`,
    ru: `Сумма норм шагов приёма (${sumMinutes} мин) не равна общей норме (${totalMinutes} мин)`,
  }),
  processingNotDays: (id: string): Localized => ({
    kk: `Өңдеу рәсімінің «${id}» нормасы күнтізбелік күндермен берілуі керек`,
    ru: `Норма процедуры обработки «${id}» должна быть задана в календарных днях`,
  }),
  processingMismatch: (days: number, normDays: number): Localized => ({
    kk: `Өңдеу мерзімі (${days} күн) өңдеу рәсімінің нормасымен (${normDays} күн) сәйкес келмейді`,
    ru: `Срок обработки (${days} дн.) не совпадает с нормой процедуры обработки (${normDays} дн.)`,
  }),
  missingCompleteness: (type: string): Localized => ({
    kk: `«${type}» өтініш берушісі үшін құжаттардың толықтығын тексеру тізбесі жоқ`,
    ru: `Нет перечня проверки комплектности документов для типа заявителя «${type}»`,
  }),
  noRegistryField: (type: string): Localized => ({
    kk: `«${type}» өтініш берушісі үшін тіркеу деректерімен салыстырылатын бірде-бір өріс жоқ`,
    ru: `Для типа заявителя «${type}» нет ни одного поля сверки с регистрационными данными`,
  }),
  missingDocument: (id: string): Localized => ({
    kk: `Міндетті шығыс құжаты «${id}» анықталмаған`,
    ru: `Не определён обязательный исходящий документ «${id}»`,
  }),
  noActiveGround: (): Localized => ({
    kk: 'Бас тартудың кемінде бір негізі қолданыста болуы керек',
    ru: 'Хотя бы одно основание для отказа должно быть действующим',
  }),
  roleMismatch: (id: string, actor: string, role: string): Localized => ({
    kk: `«${id}» рәсімін «${actor}» орындайды, ал бұл кезең «${role}» рөліне бекітілген`,
    ru: `Процедуру «${id}» выполняет «${actor}», а этап закреплён за ролью «${role}»`,
  }),
  effectiveOrder: (): Localized => ({
    kk: 'Қолданылу басталатын күн аяқталатын күннен бұрын болуы керек',
    ru: 'Дата начала действия должна быть раньше даты окончания',
  }),

  // Choosing a version
  invalidDate: (date: string): Localized => ({
    kk: `Күн дұрыс емес: «${date}» (ЖЖЖЖ-АА-КК күтілді)`,
    ru: `Неверная дата: «${date}» (ожидается ГГГГ-ММ-ДД)`,
  }),
  noVersionInForce: (date: string): Localized => ({
    kk: `${date} күні қолданыста болған регламент нұсқасы жоқ`,
    ru: `Нет версии регламента, действующей на ${date}`,
  }),
  ambiguousVersions: (date: string, ids: string): Localized => ({
    kk: `${date} күні бір күннен бастап қолданылатын бірнеше нұсқа бар: ${ids}`,
    ru: `На ${date} действуют несколько версий с одной датой начала: ${ids}`,
  }),
  duplicateVersion: (id: string): Localized => ({
    kk: `«${id}» регламент нұсқасы бірнеше рет жүктелген`,
    ru: `Версия регламента «${id}» загружена более одного раза`,
  }),
  pinnedVersionMissing: (id: string): Localized => ({
    kk: `Іске бекітілген «${id}» регламент нұсқасы табылмады`,
    ru: `Закреплённая за делом версия регламента «${id}» не найдена`,
  }),
  procedureNotInVersion: (versionId: string, id: string): Localized => ({
    kk: `«${versionId}» нұсқасында «${id}» рәсімі жоқ`,
    ru: `В версии «${versionId}» нет процедуры «${id}»`,
  }),
};

/** Names of the lists whose ids must be unique, for the duplicate-id message. */
export const listNames = {
  procedure: { kk: 'Рәсімнің', ru: 'Процедура' },
  intakeStep: { kk: 'Қабылдау қадамының', ru: 'Шаг приёма' },
  checkItem: { kk: 'Тексеру тармағының', ru: 'Пункт проверки' },
  registryField: { kk: 'Салыстыру өрісінің', ru: 'Поле сверки' },
  document: { kk: 'Шығыс құжатының', ru: 'Исходящий документ' },
  formField: { kk: 'Нысан өрісінің', ru: 'Поле формы' },
  refusalGround: { kk: 'Бас тарту негізінің', ru: 'Основание для отказа' },
  note: { kk: 'Ескертпенің', ru: 'Примечание' },
} satisfies Record<string, Localized>;
