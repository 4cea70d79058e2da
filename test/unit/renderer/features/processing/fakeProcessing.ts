// A small stand-in for the core's processing, approval and issuance handlers in renderer tests:
// one case shaped like the core's CaseDetail, moved along by simplified transitions (the real
// state machine and its permissions are tested in the core), queue pages built from rows, the
// office's officers, the §5.3 timer as the core keeps it, an electronic application's attachments
// and stored documents. Any handler can be replaced by a test (to refuse, for instance).
import { apiError, fail, type ApiName, type DocumentFile, type DocumentView, type Result } from '../../../../../shared/api';
import type { DocumentKind } from '../../../../../shared/api/contracts/documents';
import type { CaseAttachmentView, ElectronicRequestView, SignatureReportView } from '../../../../../shared/api/contracts/sync';
import type { CaseDetail, IssuanceTiming, OfficerListItem, QueueFilter, QueueRow } from '../../../../../shared/api/processing';
import { initialCase } from '../../../../../shared/domain/cases';
import { installFakeApi, officer } from '../../fakeApi';
import { fakePdfBase64 } from '../intake/fakeIntake';

export const caseId = '00000000-0000-4000-8000-0000000000c1';
export const deskOfficer = officer;
export const processingOfficer = { ...officer, id: 2, login: 'processing', fullName: 'Қасымов Ержан Болатұлы', shortName: 'Қасымов Е. Б.', role: 'processing' as const };
export const headOfficer = { ...officer, id: 3, login: 'supervisor', fullName: 'Ахметова Гүлнар Маратқызы', shortName: 'Ахметова Г. М.', role: 'supervisor' as const };

export const refusalGrounds = [
  { code: 'notResident', ref: '§10.1', text: { kk: 'Резидент емес', ru: 'Не является резидентом' } },
  { code: 'incomplete', ref: '§10.2', text: { kk: 'Құжаттар толық емес', ru: 'Неполный пакет документов' } },
];

/** The office's officers as `officers.list` answers (the core orders them by role and name). */
export const officeOfficers: OfficerListItem[] = [
  { id: 10, fullName: 'Бекова Дана Ерланқызы', shortName: 'Бекова Д. Е.', role: 'admin', active: true },
  { id: 1, fullName: 'Нұрланова Әлия Серікқызы', shortName: 'Нұрланова Ә. С.', role: 'frontDesk', active: true },
  { id: 9, fullName: 'Оспанов Бауыржан Қайратұлы', shortName: 'Оспанов Б. Қ.', role: 'processing', active: false },
  { id: 7, fullName: 'Серікова Айгүл Бақытқызы', shortName: 'Серікова А. Б.', role: 'processing', active: true },
  { id: 2, fullName: 'Қасымов Ержан Болатұлы', shortName: 'Қасымов Е. Б.', role: 'processing', active: true },
  { id: 3, fullName: 'Ахметова Гүлнар Маратқызы', shortName: 'Ахметова Г. М.', role: 'supervisor', active: true },
  { id: 8, fullName: 'Жұмабеков Данияр Асқарұлы', shortName: 'Жұмабеков Д. А.', role: 'supervisor', active: true },
];

/** §5.3 as the core reports it for a case of the shipped regulation version. */
export function issuanceTiming(overrides: Partial<IssuanceTiming> = {}): IssuanceTiming {
  return {
    ref: '§5.3',
    title: { kk: 'Шығыс құжаттарын Журналда тіркеу және қол қойдырып беру', ru: 'Регистрация исходящих документов в журнале и выдача под роспись' },
    normSeconds: 600,
    status: 'notStarted',
    activeSeconds: 0,
    startedAt: null,
    serverTime: '2026-03-03T08:00:00.000Z',
    ...overrides,
  };
}

/** What sync stored with a valid electronic application: the request, its CMS and the report. */
export const electronicRequest: ElectronicRequestView = {
  submittedAt: '2026-03-02T03:55:00.000Z',
  applicant: { type: 'legalEntity', taxpayerId: '100140001234', name: '«Алтын Дала» ЖШС', address: 'Астана қ., Есіл ауданы, Мәңгілік Ел даңғылы, 8-үй', signatory: { iin: '800101300123', name: 'Ахметов Ерлан Болатұлы' } },
  year: 2025,
  country: 'DE',
  copies: 2,
  language: 'ru',
};

export function electronicAttachments(
  report: Partial<SignatureReportView> | null = {},
  request: ElectronicRequestView | null = electronicRequest,
): { attachments: CaseAttachmentView[]; signatureReport: SignatureReportView | null; request: ElectronicRequestView | null } {
  return {
    request,
    attachments: [
      { kind: 'request', mediaType: 'application/json', size: 12345, sha256: '3f'.repeat(32), createdAt: '2026-03-02T04:00:00.000Z' },
      { kind: 'requestCms', mediaType: 'application/pkcs7-signature', size: 2523, sha256: '4e'.repeat(32), createdAt: '2026-03-02T04:00:00.000Z' },
      { kind: 'signatureReport', mediaType: 'application/json', size: 900, sha256: '5d'.repeat(32), createdAt: '2026-03-02T04:00:00.000Z' },
    ],
    signatureReport:
      report === null
        ? null
        : {
            valid: true,
            checkedAt: '2026-03-02T04:00:05.000Z',
            failures: [],
            warnings: [],
            // Received a day, four hours and five seconds before the check, and past its next update by then.
            revocation: { status: 'good', crl: { thisUpdate: '2026-02-20T00:00:00.000Z', nextUpdate: '2026-02-27T00:00:00.000Z', fetchedAt: '2026-03-01T00:00:00.000Z', ageMs: 100_805_000, stale: true } },
            ...report,
          },
  };
}

let documentSeq = 0;
export function documentView(kind: DocumentKind, overrides: Partial<DocumentView> = {}): DocumentView {
  documentSeq += 1;
  return {
    id: `dddddddd-0000-4000-8000-${String(documentSeq).padStart(12, '0')}`,
    caseId,
    kind,
    template: kind,
    templateVersion: 1,
    regulationVersion: 'kz-residency-2015',
    locale: 'kk',
    dataSha256: 'a'.repeat(64),
    pdfSha256: `${String(documentSeq).padStart(4, '0')}${'b'.repeat(60)}`,
    pdfBytes: 1000,
    createdAt: '2026-03-03T05:00:00.000Z',
    createdBy: 2,
    createdByName: 'Қасымов Е. Б.',
    supersedes: null,
    supersededBy: null,
    ...overrides,
  };
}

/** A case registered at the desk on 2 March 2026 (an individual, in person, Germany for 2025). */
export function registeredCase(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: caseId,
    snapshot: {
      ...initialCase(),
      state: 'registered',
      channel: 'office',
      applicantType: 'individual',
      taxpayerId: '400101400009',
      completedSteps: ['5.1.a', '5.1.b', '5.1.c', '5.1.d', '5.1.e', '5.1.f'],
      registryCheck: 'match',
      registration: { number: '6205-2026-0100001', registeredOn: '2026-03-02', deadline: '2026-03-17', regulationVersion: 'kz-residency-2015' },
      version: 12,
    },
    channel: 'office',
    applicantType: 'individual',
    taxpayerId: '400101400009',
    taxpayerName: 'Байжанова Іңкәр Нұрланқызы',
    applicantLocale: 'kk',
    regulationVersion: 'kz-residency-2015',
    deadline: { due: '2026-03-17', workingDaysLeft: 10, calendarDaysLeft: 14, risk: 'normal' },
    form: {
      presentedBy: 'applicant',
      person: { surname: 'Байжанова', givenName: 'Іңкәр', patronymic: 'Нұрланқызы' },
      identityDocument: { type: 'idCard', number: '049876543', issuer: 'ҚР ІІМ', issuedOn: '2020-05-04', expiresOn: '2030-05-03' },
      application: { taxpayerName: 'Байжанова Іңкәр Нұрланқызы', address: 'Астана қ., Мәңгілік Ел даңғылы, 27-үй', foreignState: 'Германия', period: '2025 жыл' },
    },
    registry: {
      found: true,
      cachedAt: '2026-03-01T00:00:00.000Z',
      rows: [
        { field: 'taxpayerId', label: { kk: 'ЖСН/БСН', ru: 'ИИН/БИН' }, application: '400101400009', registry: '400101400009', verdict: 'match' },
        { field: 'address', label: { kk: 'Мекенжайы', ru: 'Адрес' }, application: 'Астана қ., Мәңгілік Ел даңғылы, 27-үй', registry: 'Астана қ., Мәңгілік Ел даңғылы, 27-үй', verdict: 'match' },
      ],
    },
    decision: null,
    documents: [],
    signatures: [],
    allowed: [],
    refusalGrounds,
    assigneeName: null,
    timeline: [
      { at: '2026-03-02T04:00:00.000Z', type: 'case.intakeStarted', officerName: 'Нұрланова Ә. С.', detail: null },
      { at: '2026-03-02T04:15:00.000Z', type: 'case.registered', officerName: 'Нұрланова Ә. С.', detail: '6205-2026-0100001' },
    ],
    issuance: null,
    ...overrides,
  };
}

export function queueRow(overrides: Partial<QueueRow> = {}): QueueRow {
  return {
    id: caseId,
    registrationNumber: '6205-2026-0100001',
    channel: 'office',
    applicantType: 'individual',
    taxpayerId: '400101400009',
    taxpayerName: 'Байжанова Іңкәр Нұрланқызы',
    state: 'registered',
    registeredOn: '2026-03-02',
    deadline: '2026-03-17',
    workingDaysLeft: 10,
    calendarDaysLeft: 14,
    risk: 'normal',
    assigneeId: null,
    assigneeName: null,
    ...overrides,
  };
}

type Handler = (input: never) => unknown;

/**
 * Installs the fake. `actor` decides what the simple transitions allow next (the real answer
 * comes from the core's state machine).
 */
export function installFakeProcessing(
  options: {
    detail?: CaseDetail;
    rows?: QueueRow[];
    actor?: { id: number; role: string };
    attachments?: ReturnType<typeof electronicAttachments>;
    handlers?: Partial<Record<ApiName, Handler>>;
  } = {},
) {
  const actor = options.actor ?? processingOfficer;
  const state = { detail: options.detail ?? registeredCase(), rows: options.rows ?? [queueRow()], attachments: options.attachments ?? { attachments: [], signatureReport: null, request: null } };
  const files = new Map<string, DocumentFile>();
  const documentFile = (id: string): Result<DocumentFile> => {
    const view = state.detail.documents.find((d) => d.id === id);
    if (!view) return fail(apiError('not_found'));
    return { ok: true, value: files.get(id) ?? { ...view, data: {}, pdfBase64: btoa(`%PDF-1.7 ${view.kind} ${id}`) } };
  };
  const set = (change: Partial<CaseDetail>, snapshot: Partial<CaseDetail['snapshot']> = {}): CaseDetail => {
    state.detail = { ...state.detail, ...change, snapshot: { ...state.detail.snapshot, ...snapshot, version: state.detail.snapshot.version + 1 } };
    return state.detail;
  };

  const defaults: Partial<Record<ApiName, Handler>> = {
    'app.info': () => ({ name: 'Residency Desk', version: '0.1.0', schemaVersion: 2, host: 'test', demo: true, demoPassword: 'demo1234', demoKeyPassword: 'Test-1234' }),
    'cases.list': () => [],
    'intake.listOpen': () => [],
    'queue.search': (filter: QueueFilter) => {
      const offset = filter.offset ?? 0;
      const limit = filter.limit ?? 100;
      const rows = state.rows.filter((r) => !filter.states || filter.states.includes(r.state as never));
      return { rows: rows.slice(offset, offset + limit), total: Math.min(rows.length, 1000), totalCapped: rows.length > 1000, today: '2026-03-03' };
    },
    'officers.list': () => officeOfficers,
    'case.get': () => state.detail,
    'sync.caseAttachments': () => state.attachments,
    'documents.get': ({ id }: { id: string }) => documentFile(id),
    'documents.print': ({ id, printer, copies }: { id: string; printer: string; copies: number }) => ({ id: 1, documentId: id, officerId: actor.id, at: '2026-03-03T06:00:00.000Z', printer, copies }),
    'case.assign': ({ officerId }: { officerId?: number }) => {
      const assignee = officerId ?? actor.id;
      const mine = assignee === actor.id;
      return set(
        {
          allowed: [...(mine ? (['saveDraft'] as const) : []), ...(actor.role === 'supervisor' ? (['assign'] as const) : [])],
          assigneeName: officeOfficers.find((o) => o.id === assignee)?.shortName ?? null,
        },
        { state: 'inProcessing', assignee },
      );
    },
    'processing.saveDraft': (input: { decision: 'certificate' | 'refusal'; certificate?: object; refusal?: object }) => {
      const kind = input.decision === 'certificate' ? 'residencyCertificate' : 'refusal';
      const previous = state.detail.decision;
      const doc = documentView(kind, { supersedes: previous?.documentId ?? null, createdAt: '2026-03-03T06:30:00.000Z' });
      const documents = state.detail.documents.map((d) => (d.id === previous?.documentId ? { ...d, supersededBy: doc.id } : d));
      return set(
        {
          decision: { decision: input.decision, data: (input.certificate ?? input.refusal) as never, documentId: doc.id },
          documents: [...documents, doc],
          allowed: ['saveDraft', 'submitForApproval'],
          timeline: [...state.detail.timeline, { at: '2026-03-03T06:30:00.000Z', type: 'case.draftSaved', officerName: 'Қасымов Е. Б.', detail: input.decision }],
        },
        { state: 'decisionDrafted', draft: { decision: input.decision, documentHash: doc.pdfSha256, refusalGrounds: [], draftedBy: actor.id } },
      );
    },
    'processing.submit': () => set({ allowed: [] }, { state: 'awaitingApproval' }),
    'approval.approve': ({ documentId }: { documentId: string }) =>
      set(
        {
          allowed: [],
          signatures: [
            { id: 'sig-1', documentId, signerName: 'АХМЕТОВА ГҮЛНАР', signerIin: '751121400786', certificateSerial: '336af6a217b3', signedAt: '2026-03-03T07:00:00.000Z', signerKind: 'pkcs12' },
          ],
        },
        { state: 'approved', approval: { documentHash: 'x', signatureId: 'sig-1', approvedBy: 3 } },
      ),
    'approval.return': ({ comment }: { comment: string }) => set({ allowed: [] }, { state: 'returnedForRework', reworkComment: comment }),
    'processing.markReady': () => {
      const signed = state.detail.decision!.documentId;
      const copy = documentView('residencyCertificate', { supersedes: signed });
      return set(
        { allowed: [], documents: [...state.detail.documents.map((d) => (d.id === signed ? { ...d, supersededBy: copy.id } : d)), copy], issuance: issuanceTiming() },
        { state: 'readyForIssue' },
      );
    },
    // The first start counts (the core ignores a second one): the timer runs from there.
    'issuance.start': () => {
      const timing = state.detail.issuance ?? issuanceTiming();
      const now = new Date().toISOString();
      return set({ issuance: timing.status === 'notStarted' ? { ...timing, status: 'running', startedAt: now, serverTime: now } : { ...timing, serverTime: now } });
    },
    'issuance.issue': ({ recipient }: { recipient: { fullName: string; documentName: string; documentNumber: string; documentSeries?: string } }) =>
      set(
        {
          allowed: [],
          documents: [...state.detail.documents, documentView('journal')],
          issuance: state.detail.issuance && { ...state.detail.issuance, status: 'completed' },
        },
        {
          state: 'issued',
          issuance: { journalNumber: 'Ж-6205-2026-0100001', issuedOn: '2026-03-03', recipient: { ...recipient, documentSeries: recipient.documentSeries ?? null } },
        },
      ),
    'issuance.journal': () => ({ kind: 'journal', dataSha256: 'c'.repeat(64), pdfSha256: 'd'.repeat(64), pdfBase64: fakePdfBase64 }),
  };
  const handlers = { ...defaults, ...options.handlers };
  const { calls } = installFakeApi(Object.fromEntries(Object.entries(handlers).map(([name, h]) => [name, (input: unknown) => (h as (i: unknown) => unknown)(input)])) as never);
  return {
    calls,
    state,
    callsOf: (name: ApiName) => calls.filter((c) => c.name === name).map((c) => c.input),
  };
}
