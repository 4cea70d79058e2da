// Shared pieces of the portal (Appendix 6) and Taxpayer's Cabinet (Appendix 7) processes.
// Those appendices print their figures (30 s ×6–7, 1 min, "30 s – 1 min", 1.5 min ×2) beside
// the diagram's boxes rather than in them; only two figures sit unambiguously by their box. The
// rest are spread over the boxes by count and order, each marked 'assumed' with this explanation.
import type { Localized } from '../../../text';
import type { Norm, NormSource, Procedure } from '../../model';

export const seconds30: Norm = { amount: 30, unit: 'seconds' };
export const minute1: Norm = { amount: 1, unit: 'minutes' };
export const minutes1_5: Norm = { amount: 1.5, unit: 'minutes' };

export function placementNote(appendix: 6 | 7, figure: Localized): Localized {
  return {
    kk:
      `${appendix}-қосымшада нормалар диаграмма блоктарынан бөлек басылған; бұл блокқа ${figure.kk} шартты түрде ` +
      'берілді (сандардың саны мен орналасу реті бойынша).',
    ru:
      `В приложении ${appendix} нормы напечатаны отдельно от блоков схемы; этому блоку условно отнесено ${figure.ru} ` +
      '(по количеству и порядку расположения цифр).',
  };
}

export const fig30s: Localized = { kk: '30 сек.', ru: '30 сек.' };
export const fig1min: Localized = { kk: '1 мин.', ru: '1 мин.' };
export const fig1_5min: Localized = { kk: '1,5 мин.', ru: '1,5 мин.' };

export function rangeNote(appendix: 6 | 7): Localized {
  return {
    kk: `${appendix}-қосымшада «30 сек.–1 мин.» (блоктың жанында); норма ретінде жоғарғы шегі алынды.`,
    ru: `В приложении ${appendix} — «30 сек.–1 мин.» (рядом с блоком); нормой принята верхняя граница.`,
  };
}

export function besideBoxNote(appendix: 6 | 7): Localized {
  return {
    kk: `${appendix}-қосымша бойынша: «1,5 мин.» саны осы блоктың жанында тұр.`,
    ru: `По приложению ${appendix}: цифра «1,5 мин.» стоит рядом с этим блоком.`,
  };
}

export function providerTermNote(appendix: 6 | 7): Localized {
  return {
    kk: `${appendix}-қосымшада мерзім көрсетілмеген; §5.2 бойынша 15 күнтізбелік күн мерзімі қолданылады.`,
    ru: `В приложении ${appendix} срок не указан; применяется срок §5.2 — 15 календарных дней.`,
  };
}

type AutomatedInput = Pick<Procedure, 'id' | 'ref' | 'channel' | 'title' | 'description' | 'norm'> & {
  normSource: NormSource;
  /** Every automated norm is read off a diagram, so each says how. */
  note: Localized;
};

/** A step done by the portal, the Cabinet or the central tax system, with no officer involved. */
export function automated(input: AutomatedInput): Procedure {
  return { ...input, stage: 'automated', actor: 'system' };
}

/** Condition 4: the provider's own check of the request, done in our product within §5.2's term. */
export function providerCheck(input: Pick<Procedure, 'id' | 'ref' | 'channel' | 'description'> & { note: Localized }): Procedure {
  return {
    ...input,
    stage: 'processing',
    actor: 'processing',
    title: { kk: 'Қызметті берушінің сұранымды тексеруі (өңдеуі)', ru: 'Проверка (обработка) запроса услугодателем' },
    norm: { amount: 15, unit: 'calendarDays' },
    normSource: 'assumed',
    withinTermOf: '5.2',
  };
}
