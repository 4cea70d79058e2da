// Grounds for a reasoned refusal. The seed refers to the Standard's §10 without quoting it, so
// these are the default grounds, each switchable off by the administrator without a new law.
import type { RefusalGround } from '../../model';

export const refusalGrounds: RefusalGround[] = [
  {
    code: 'notResident',
    ref: 'Standard §10',
    text: {
      kk: 'Көрсетілетін қызметті алушы Салық кодексіне сәйкес Қазақстан Республикасының резиденті болып табылмайды',
      ru: 'Услугополучатель не является резидентом Республики Казахстан в соответствии с Налоговым кодексом',
    },
    active: true,
  },
  {
    code: 'incompleteDocuments',
    ref: 'Standard §10',
    text: {
      kk: 'Ұсынылған құжаттар толық емес немесе олардағы мәліметтер бір-біріне сәйкес келмейді',
      ru: 'Представлен неполный пакет документов либо сведения в документах противоречат друг другу',
    },
    active: true,
  },
  {
    code: 'registryMismatch',
    ref: 'Standard §10',
    text: {
      kk: 'Салықтық өтініштегі деректер БСАЖ АЖ тіркеу деректерімен расталмады',
      ru: 'Сведения налогового заявления не подтверждены регистрационными данными ИС ИНИС',
    },
    active: true,
  },
  {
    code: 'invalidEds',
    ref: 'Standard §10',
    text: {
      kk: 'ЭЦҚ тіркеу куәлігі жарамсыз (мерзімі өткен, қайтарып алынған немесе ЖСН/БСН сәйкес келмейді)',
      ru: 'Регистрационное свидетельство ЭЦП недействительно (истёк срок действия, отозвано или не совпадает ИИН/БИН)',
    },
    active: true,
  },
];
