// A small stand-in for the core's intake handlers in renderer tests: it keeps one or more cases,
// answers intake.* and documents.* with views shaped like the core's, and works out what each
// step still needs with simplified rules. The real rules are tested in the core; here they only
// have to move the wizard along.
import { apiError, fail, type DocumentFile, type PrintRecord, type Result } from '../../../../../shared/api';
import { mergeIntakeForm, type IntakeForm, type IntakeFormPatch, type IntakeStepState, type IntakeView } from '../../../../../shared/api/intake';
import type { CheckItem, IntakeStepKind } from '../../../../../shared/domain/regulation';
import type { ApplicantType } from '../../../../../shared/domain/types';
import { localized } from '../../../../../shared/i18n';
import { installFakeApi } from '../../fakeApi';

export const serverTime = '2026-03-02T04:00:00.000Z';

export interface StepDef {
  id: string;
  kind: IntakeStepKind;
  normSeconds: number;
  title: { kk: string; ru: string };
}

/** The 2015 regulation's six steps (titles shortened). */
export const steps2015: StepDef[] = [
  { id: '5.1.a', kind: 'identity', normSeconds: 120, title: { kk: 'Жеке басын куәландыратын құжатпен салыстыру', ru: 'Сверка с документом, удостоверяющим личность' } },
  { id: '5.1.b', kind: 'completeness', normSeconds: 180, title: { kk: 'Құжаттардың толықтығын тексеру', ru: 'Проверка полноты документов' } },
  { id: '5.1.c', kind: 'registryMatch', normSeconds: 300, title: { kk: 'Тіркеу деректерімен салыстыру', ru: 'Сверка с регистрационными данными' } },
  { id: '5.1.d', kind: 'registration', normSeconds: 300, title: { kk: 'БСАЖ АЖ-де тіркеу', ru: 'Регистрация в ИС ИНИС' } },
  { id: '5.1.e', kind: 'secondCopy', normSeconds: 180, title: { kk: 'Екінші данаға белгі қою', ru: 'Отметка на втором экземпляре' } },
  { id: '5.1.f', kind: 'coupon', normSeconds: 120, title: { kk: 'Талон беру', ru: 'Выдача талона' } },
];

export const identityChecks: CheckItem[] = [
  { id: 'identityDocumentValid', text: { kk: 'Құжат жарамды', ru: 'Документ действителен' }, required: true },
  { id: 'nameMatches', text: { kk: 'Аты-жөні сәйкес', ru: 'ФИО совпадает' }, required: true },
];

export const completenessChecks: CheckItem[] = [
  { id: 'taxApplication', text: { kk: 'Салықтық өтініш', ru: 'Налоговое заявление' }, required: true },
  { id: 'daysOfStay', text: { kk: 'Болу күндерін растайтын құжаттар', ru: 'Документы о днях пребывания' }, required: true },
  { id: 'foreignStateForm', text: { kk: 'Шет мемлекеттің нысаны', ru: 'Форма иностранного государства' }, required: false },
];

export interface FakeCase {
  view: IntakeView;
  /** Active seconds per step, set by tests to put a step past its norm. */
  active: Record<string, number>;
  overrunReasons: Record<string, string>;
  completed: Set<string>;
  paused: boolean;
  documents: { kind: string; id: string }[];
}

const problem = (field: string, text: string) => ({ field, message: { kk: `kk: ${text}`, ru: `ru: ${text}` } });

function problemsOf(kind: IntakeStepKind, c: FakeCase): IntakeStepState['problems'] {
  const f = c.view.form;
  switch (kind) {
    case 'identity': {
      const list = [];
      if (!f.person?.surname) list.push(problem('person.surname', 'surname'));
      if (!f.person?.givenName) list.push(problem('person.givenName', 'given name'));
      if (!f.identityDocument?.number) list.push(problem('identityDocument.number', 'document number'));
      if (f.identityDocument?.expiresOn && f.identityDocument.expiresOn < '2026-03-02')
        list.push({ field: 'identityDocument.expiresOn', message: localized('intake.problem.documentExpired', { date: f.identityDocument.expiresOn }) });
      for (const item of identityChecks) if (item.required && f.checks?.[item.id] !== true) list.push(problem(`checks.${item.id}`, item.id));
      return list;
    }
    case 'completeness':
      return completenessChecks.filter((i) => i.required && f.checks?.[i.id] !== true).map((i) => problem(`checks.${i.id}`, i.id));
    case 'registryMatch': {
      const list = [];
      if (!f.application?.taxpayerName) list.push(problem('application.taxpayerName', 'taxpayer name'));
      if (!f.application?.address) list.push(problem('application.address', 'address'));
      if (!c.view.registry.check) list.push(problem('registryCheck', 'registry check'));
      return list;
    }
    case 'registration':
      return c.view.registration ? [] : [problem('registration', 'not registered')];
    case 'secondCopy':
      return c.documents.some((d) => d.kind === 'secondCopyStamp') ? [] : [problem('secondCopyStamp', 'stamp')];
    case 'coupon':
      return c.documents.some((d) => d.kind === 'coupon') ? [] : [problem('coupon', 'coupon')];
  }
}

/** Recomputes the view's steps, current step and totals from the case's state. */
function refresh(c: FakeCase, defs: StepDef[]): IntakeView {
  const current = c.view.state === 'declined' ? undefined : defs.find((d) => !c.completed.has(d.id));
  const stepStates: IntakeStepState[] = defs.map((d) => {
    const done = c.completed.has(d.id);
    const active = c.active[d.id] ?? 0;
    return {
      id: d.id,
      kind: d.kind,
      ref: `§${d.id}`,
      title: d.title,
      normSeconds: d.normSeconds,
      status: done ? 'completed' : d === current ? (c.paused ? 'paused' : 'running') : 'notStarted',
      activeSeconds: active,
      pausedSeconds: 0,
      overrunSeconds: Math.max(0, active - d.normSeconds),
      overrunReason: c.overrunReasons[d.id] ?? null,
      problems: done ? [] : problemsOf(d.kind, c),
    };
  });
  const activeSeconds = stepStates.reduce((sum, s) => sum + s.activeSeconds, 0);
  const normSeconds = defs.reduce((sum, d) => sum + d.normSeconds, 0);
  c.view = {
    ...c.view,
    steps: stepStates,
    currentStep: current?.id ?? null,
    documents: [...c.documents],
    totals: { activeSeconds, normSeconds, overrunSeconds: Math.max(0, activeSeconds - normSeconds), overrun: activeSeconds > normSeconds },
  };
  return c.view;
}

export function baseView(caseId: string, applicantType: ApplicantType = 'individual', taxpayerId = '400101400009'): IntakeView {
  return {
    caseId,
    state: 'intake',
    applicantType,
    taxpayerId,
    applicantLocale: 'kk',
    regulationVersion: 'kz-residency-2015',
    steps: [],
    currentStep: null,
    form: { presentedBy: 'applicant' },
    checklists: { identity: identityChecks, completeness: completenessChecks },
    registry: {
      found: true,
      name: 'Байжанова Іңкәр Нұрланқызы',
      cachedAt: '2026-02-20T00:00:00.000Z',
      ageDays: 10,
      rows: [
        { field: 'iinBin', label: { kk: 'ЖСН/БСН', ru: 'ИИН/БИН' }, application: taxpayerId, registry: taxpayerId, verdict: 'match' },
        { field: 'fullName', label: { kk: 'Т.А.Ә.', ru: 'Ф.И.О.' }, application: null, registry: 'Байжанова Іңкәр Нұрланқызы', verdict: 'info' },
        { field: 'registrationDate', label: { kk: 'Тіркелген күні', ru: 'Дата постановки на учёт' }, application: null, registry: '1940-01-01', verdict: 'info' },
      ],
      check: null,
    },
    registration: null,
    declined: null,
    documents: [],
    totals: { activeSeconds: 0, normSeconds: 1200, overrunSeconds: 0, overrun: false },
    serverTime,
  };
}

/** A PDF-looking payload: the preview is replaced in tests, only the bytes travel. */
export const fakePdfBase64 = btoa('%PDF-1.7 fake');

export function installFakeIntake(options: { defs?: StepDef[]; onSave?: (patch: IntakeFormPatch) => Result<never> | undefined } = {}) {
  const defs = options.defs ?? steps2015;
  const cases = new Map<string, FakeCase>();
  const prints: PrintRecord[] = [];
  let nextId = 1;

  const withCase = (caseId: string, run: (c: FakeCase) => Result<IntakeView> | void): Result<IntakeView> | IntakeView => {
    const c = cases.get(caseId);
    if (!c) return fail(apiError('not_found'));
    const answer = run(c);
    return answer ?? refresh(c, defs);
  };

  const addCase = (view: IntakeView): FakeCase => {
    const c: FakeCase = { view, active: {}, overrunReasons: {}, completed: new Set(), paused: false, documents: [] };
    cases.set(view.caseId, c);
    refresh(c, defs);
    return c;
  };

  const api = installFakeApi({
    'intake.start': (input) => {
      const { applicantType, taxpayerId, presentedBy, applicantLocale } = input as {
        applicantType: ApplicantType;
        taxpayerId: string;
        presentedBy: 'applicant' | 'representative';
        applicantLocale: 'kk' | 'ru';
      };
      const caseId = `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`;
      const c = addCase({ ...baseView(caseId, applicantType, taxpayerId), applicantLocale, form: { presentedBy } });
      return c.view;
    },
    'intake.get': (input) => withCase((input as { caseId: string }).caseId, () => undefined),
    'intake.listOpen': () =>
      [...cases.values()]
        .filter((c) => c.view.state === 'intake' && c.view.currentStep)
        .map((c) => ({
          caseId: c.view.caseId,
          taxpayerId: c.view.taxpayerId,
          taxpayerName: c.view.form.application?.taxpayerName ?? '',
          state: c.view.state,
          currentStep: c.view.currentStep,
          updatedAt: serverTime,
        })),
    'intake.saveForm': (input) => {
      const { caseId, patch } = input as { caseId: string; patch: IntakeFormPatch };
      const refused = options.onSave?.(patch);
      if (refused) return refused;
      return withCase(caseId, (c) => {
        c.view = { ...c.view, form: mergeIntakeForm(c.view.form, patch) };
      });
    },
    'intake.timer': (input) => {
      const { caseId, action } = input as { caseId: string; action: 'pause' | 'resume' };
      return withCase(caseId, (c) => {
        c.paused = action === 'pause';
      });
    },
    'intake.completeStep': (input) => {
      const { caseId, step, overrunReason } = input as { caseId: string; step: string; overrunReason?: string };
      return withCase(caseId, (c) => {
        refresh(c, defs);
        const state = c.view.steps.find((s) => s.id === step);
        if (!state || c.view.currentStep !== step || state.problems.length || state.kind === 'registration') {
          return fail({ ...apiError('refused', { step }), message: localized('intake.stepIncomplete', { step: `§${step}` }) });
        }
        c.completed.add(step);
        c.paused = false;
        if (overrunReason) c.overrunReasons[step] = overrunReason;
        if (!defs.some((d) => !c.completed.has(d.id))) c.view = { ...c.view, state: 'registered' };
      });
    },
    'intake.recordRegistryCheck': (input) => {
      const { caseId, result, note } = input as { caseId: string; result: 'match' | 'mismatch'; note?: string };
      return withCase(caseId, (c) => {
        c.view = { ...c.view, registry: { ...c.view.registry, check: result }, form: { ...c.view.form, ...(note ? { registryNote: note } : {}) } };
      });
    },
    'intake.register': (input) =>
      withCase((input as { caseId: string }).caseId, (c) => {
        c.view = {
          ...c.view,
          registration: {
            number: '6205-2026-0100007',
            registeredOn: '2026-03-02',
            deadline: '2026-03-17',
            deadlineInWords: { kk: '2026 ж. 17 наурыз, сейсенбі', ru: 'вторник, 17 марта 2026 г.' },
            calendarVersion: 'kz-2026',
            moved: true,
          },
        };
        const step = defs.find((d) => d.kind === 'registration');
        if (step) c.completed.add(step.id);
      }),
    'intake.printDocument': (input) => {
      const { caseId, kind } = input as { caseId: string; kind: string };
      return withCase(caseId, (c) => {
        if (!c.documents.some((d) => d.kind === kind)) c.documents.push({ kind, id: `aaaaaaaa-0000-4000-8000-${String(c.documents.length + 1).padStart(12, '0')}` });
      });
    },
    'intake.decline': (input) => {
      const { caseId, reasonCode, note } = input as { caseId: string; reasonCode: string; note: string };
      return withCase(caseId, (c) => {
        c.view = { ...c.view, state: 'declined', declined: { reasonCode, note } };
      });
    },
    'documents.get': (input) => {
      const { id } = input as { id: string };
      const file: DocumentFile = {
        id,
        caseId: null,
        kind: 'coupon',
        template: 'coupon',
        templateVersion: 1,
        regulationVersion: 'kz-residency-2015',
        locale: 'kk',
        dataSha256: '0'.repeat(64),
        pdfSha256: '1'.repeat(64),
        pdfBytes: 13,
        createdAt: serverTime,
        createdBy: 1,
        createdByName: 'Нұрланова Ә. С.',
        supersedes: null,
        supersededBy: null,
        data: {},
        pdfBase64: fakePdfBase64,
      };
      return file;
    },
    'documents.print': (input) => {
      const { id, printer, copies } = input as { id: string; printer: string; copies: number };
      const record: PrintRecord = { id: prints.length + 1, documentId: id, officerId: 1, at: serverTime, printer, copies };
      prints.push(record);
      return record;
    },
    'cases.list': () => [],
  });

  return { ...api, cases, prints, addCase, refresh: (c: FakeCase) => refresh(c, defs) };
}

/** A case already started, on its first step, for tests that open the wizard directly. */
export function startedCase(fake: ReturnType<typeof installFakeIntake>, caseId = '00000000-0000-4000-8000-000000000099', form: IntakeForm = { presentedBy: 'applicant' }) {
  return fake.addCase({ ...baseView(caseId), form });
}
