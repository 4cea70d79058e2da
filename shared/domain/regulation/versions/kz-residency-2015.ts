// The first shipped regulation version: Appendix 17 to Order No. 348 of the Minister of Finance
// of 4 June 2015, the regulation of the state service "Confirmation of residency of the Republic
// of Kazakhstan" (Kazakh text authoritative). Assumptions and unresolved figures are in `notes`.
import type { RegulationVersion } from '../model';
import { cabinetProcedures } from './kz-residency-2015/cabinet';
import { checklists } from './kz-residency-2015/checklists';
import { outgoingDocuments } from './kz-residency-2015/documents';
import { notes } from './kz-residency-2015/notes';
import { officeProcedures } from './kz-residency-2015/office';
import { portalProcedures } from './kz-residency-2015/portal';
import { refusalGrounds } from './kz-residency-2015/refusalGrounds';
import { stateCorporationProcedures } from './kz-residency-2015/stateCorporation';

export const kzResidency2015: RegulationVersion = {
  schemaVersion: 1,
  id: 'kz-residency-2015',
  title: {
    kk: '«Қазақстан Республикасының резиденттігін растау» мемлекеттік көрсетілетін қызмет регламенті',
    ru: 'Регламент государственной услуги «Подтверждение резидентства Республики Казахстан»',
  },
  service: {
    kk: 'Қазақстан Республикасының резиденттігін растау',
    ru: 'Подтверждение резидентства Республики Казахстан',
  },
  // The seed states no effective date: the order's date, recorded as an assumption in `notes`.
  effectiveFrom: '2015-06-04',
  source: {
    act: {
      kk: 'Қазақстан Республикасы Қаржы министрінің 2015 жылғы 4 маусымдағы № 348 бұйрығына 17-қосымша',
      ru: 'Приложение 17 к приказу Министра финансов Республики Казахстан от 4 июня 2015 года № 348',
    },
    order: { number: '348', date: '2015-06-04', appendix: 17 },
    standard: {
      title: {
        kk: '«Қазақстан Республикасының резиденттігін растау» мемлекеттік көрсетілетін қызмет стандарты',
        ru: 'Стандарт государственной услуги «Подтверждение резидентства Республики Казахстан»',
      },
      order: { number: '284', date: '2015-04-27' },
      stateRegisterNumber: '11273',
    },
    authoritativeLanguage: 'kk',
  },
  channels: {
    office: {
      name: { kk: 'Көрсетілетін қызметті берушінің кеңсесі', ru: 'Канцелярия услугодателя' },
      ref: '§1(1)',
    },
    stateCorporation: {
      name: {
        kk: '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы',
        ru: 'Государственная корпорация «Правительство для граждан»',
      },
      ref: '§1(2), §9',
    },
    portal: {
      name: { kk: '«Электрондық үкімет» веб-порталы (www.egov.kz)', ru: 'Веб-портал «электронного правительства» (www.egov.kz)' },
      ref: '§1(3), §10',
    },
    taxpayerCabinet: {
      name: { kk: '«Салық төлеушінің кабинеті» веб-қосымшасы (СТК)', ru: 'Веб-приложение «Кабинет налогоплательщика» (КНП)' },
      ref: '§1(1), §11',
    },
  },
  procedures: [...officeProcedures, ...stateCorporationProcedures, ...portalProcedures, ...cabinetProcedures],
  intake: {
    ref: '§5.1',
    total: { amount: 20, unit: 'minutes' },
    steps: [
      { procedureId: '5.1.a', kind: 'identity' },
      { procedureId: '5.1.b', kind: 'completeness' },
      { procedureId: '5.1.c', kind: 'registryMatch' },
      { procedureId: '5.1.d', kind: 'registration' },
      { procedureId: '5.1.e', kind: 'secondCopy' },
      { procedureId: '5.1.f', kind: 'coupon' },
    ],
  },
  processing: { procedureId: '5.2', ref: '§5.2', deadlineCalendarDays: 15, moveToNextWorkingDay: true },
  checklists,
  outgoingDocuments,
  refusalGrounds,
  roles: {
    acceptance: { role: 'frontDesk', ref: '§5.1, §7; App. 5 ҚФБ 1' },
    processing: { role: 'processing', ref: '§5.2; App. 5 ҚФБ 1' },
    approval: { role: 'supervisor', ref: 'App. 5 ҚФБ 2' },
    issuance: { role: 'frontDesk', ref: '§5.3, §8' },
  },
  notes,
};
