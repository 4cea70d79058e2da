// The head's approval (Appendix 5): the draft's PDF reviewed next to the case, approved with the
// EDS — bound to that very document — or returned for rework with a comment; the core's
// refusals shown in the officer's language (in the dialog, or, for a draft changed meanwhile, on
// the screen with the new version); a head's own draft and a front-desk officer get no approve
// button; after approval, ready for issue or sent back.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { withListLayout } from '../../listLayout';
import { apiError, fail, type ApiError, type OfficerView } from '../../../../../shared/api';
import type { CaseDetail } from '../../../../../shared/api/processing';
import { useNavigationStore } from '../../../../../renderer/src/stores/navigation';
import { caseId, deskOfficer, documentView, headOfficer, installFakeProcessing, processingOfficer, queueRow, registeredCase } from '../processing/fakeProcessing';
import { openScreen } from '../processing/renderProcessing';

vi.mock('../../../../../renderer/src/features/documents/PdfPreview', () => ({
  PdfPreview: ({ pdfBase64 }: { pdfBase64: string }) => <div data-testid="pdf-preview-stub">{atob(pdfBase64)}</div>,
}));

withListLayout();

const draftDoc = documentView('residencyCertificate', { createdAt: '2026-03-03T06:30:00.000Z' });

function awaiting(overrides: Partial<CaseDetail> = {}, draftedBy = 2): CaseDetail {
  return registeredCase({
    allowed: ['approve', 'returnForRework'],
    assigneeName: 'Қасымов Е. Б.',
    decision: { decision: 'certificate', data: { foreignState: 'DE', period: { kind: 'year', year: 2025 }, address: 'Астана қ.' }, documentId: draftDoc.id },
    documents: [draftDoc],
    timeline: [...registeredCase().timeline, { at: '2026-03-03T06:30:00.000Z', type: 'case.draftSaved', officerName: 'Қасымов Е. Б.', detail: 'certificate' }],
    ...overrides,
    snapshot: {
      ...registeredCase().snapshot,
      state: 'awaitingApproval',
      assignee: draftedBy,
      draft: { decision: 'certificate', documentHash: draftDoc.pdfSha256, refusalGrounds: [], draftedBy },
      ...overrides.snapshot,
    },
  });
}

function open(officer: OfficerView, detail: CaseDetail, options: Parameters<typeof installFakeProcessing>[0] = {}, locale: 'kk' | 'ru' = 'kk') {
  const fake = installFakeProcessing({ detail, actor: officer, ...options });
  openScreen(officer, { name: 'case', caseId, from: 'approvals' }, locale);
  return fake;
}

const refusedWith = (message: { kk: string; ru: string }, details: unknown = {}): ReturnType<typeof fail> => {
  const error: ApiError = { ...apiError('refused', details), message };
  return fail(error);
};

const wrongIin = {
  kk: 'Таңдалған ЭЦҚ кілті басқа адамға тиесілі: сертификаттағы ЖСН жүйеге кірген қызметкердің ЖСН-іне сәйкес келмейді. Өз кілтіңізді таңдаңыз.',
  ru: 'Выбранный ключ ЭЦП принадлежит другому лицу: ИИН в сертификате не совпадает с ИИН сотрудника, вошедшего в систему. Выберите свой ключ.',
};

async function openApproveDialog() {
  const approve = await screen.findByTestId('approve-open');
  await waitFor(() => expect(approve).toHaveFocus());
  await userEvent.setup().keyboard('{Control>}{Enter}{/Control}');
  return screen.findByTestId('approve-dialog');
}

describe('approval', () => {
  it('the head reviews the draft’s PDF and approves with the software key: bound to the document reviewed', async () => {
    const fake = open(headOfficer, awaiting());
    const review = await screen.findByTestId('approval-review');
    expect(await within(review).findByTestId('pdf-preview-stub')).toHaveTextContent(`residencyCertificate ${draftDoc.id}`);
    expect(review).toHaveTextContent('Жобаны дайындаған: Қасымов Е. Б.');
    const dialog = await openApproveDialog();
    expect(within(dialog).getByTestId('approve-document')).toHaveTextContent('Сіз қарап шыққан құжатқа қол қойылады: «Резиденттікті растайтын құжат», 03.03.2026 11:30 нұсқасы.');
    expect(within(dialog).getByRole('radio', { name: 'Жұмыс орнындағы бағдарламалық кілт (демо)' })).toBeChecked();
    expect(dialog).toHaveTextContent('Демо-басшы кілтінің құпиясөзі: Test-1234');
    const password = within(dialog).getByLabelText(/Кілттің құпиясөзі/);
    await waitFor(() => expect(password).toHaveFocus());
    const user = userEvent.setup();
    // No password: said at the field, nothing sent.
    await user.keyboard('{Enter}');
    expect(await within(dialog).findByText('Кілттің құпиясөзін енгізіңіз')).toBeInTheDocument();
    expect(fake.callsOf('approval.approve')).toEqual([]);
    await user.type(password, 'Test-1234{Enter}');
    await waitFor(() => expect(fake.callsOf('approval.approve')).toEqual([{ caseId, documentId: draftDoc.id, signer: 'software', keyPassword: 'Test-1234' }]));
    const signature = await screen.findByTestId('signature');
    expect(signature).toHaveTextContent('АХМЕТОВА ГҮЛНАР');
    expect(signature).toHaveTextContent('336af6a217b3');
    expect(signature).toHaveTextContent('03.03.2026 12:00');
    expect(signature).toHaveTextContent('Бағдарламалық кілт');
    expect(screen.queryByTestId('approve-dialog')).toBeNull();
  });

  it.each(['kk', 'ru'] as const)('shows the core’s refusal of the signature in the dialog (%s)', async (locale) => {
    const fake = open(headOfficer, awaiting(), { handlers: { 'approval.approve': () => refusedWith(wrongIin, { signing: 'wrongIin' }) } }, locale);
    const dialog = await openApproveDialog();
    const user = userEvent.setup();
    await user.type(within(dialog).getByLabelText(locale === 'kk' ? /Кілттің құпиясөзі/ : /Пароль ключа/), 'Test-1234{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(wrongIin[locale]);
    expect(fake.callsOf('approval.approve')).toHaveLength(1);
    // Still open, the password cleared for another try.
    expect(within(dialog).getByLabelText(locale === 'kk' ? /Кілттің құпиясөзі/ : /Пароль ключа/)).toHaveValue('');
  });

  it('a wrong key password is said at the field; NCALayer asks for nothing here and its refusals are shown', async () => {
    let answer = fail({ ...apiError('invalid_input', { issues: [{ path: ['keyPassword'], message: { kk: 'Кілттің құпиясөзі қате', ru: 'Неверный пароль ключа' } }] }) });
    const fake = open(headOfficer, awaiting(), { handlers: { 'approval.approve': () => answer } }, 'ru');
    const dialog = await openApproveDialog();
    const user = userEvent.setup();
    await user.type(within(dialog).getByLabelText(/Пароль ключа/), 'wrong{Enter}');
    expect(await within(dialog).findByText('Неверный пароль ключа')).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).toBeNull();

    answer = refusedWith({ kk: 'NCALayer іске қосылмаған. NCALayer бағдарламасын іске қосып, қайталаңыз.', ru: 'NCALayer не запущен. Запустите NCALayer и повторите.' });
    await user.click(within(dialog).getByRole('radio', { name: 'NCALayer (ключ, выданный НУЦ)' }));
    expect(within(dialog).queryByLabelText(/Пароль ключа/)).toBeNull();
    expect(dialog).toHaveTextContent('NCALayer сам откроет окно выбора ключа и ввода пароля.');
    await user.click(within(dialog).getByTestId('approve-sign'));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('NCALayer не запущен. Запустите NCALayer и повторите.');
    expect(fake.callsOf('approval.approve').at(-1)).toEqual({ caseId, documentId: draftDoc.id, signer: 'ncalayer' });
  });

  it('a draft changed since it was opened: the dialog closes and the new version is shown to review first', async () => {
    const newer = documentView('residencyCertificate', { createdAt: '2026-03-03T08:00:00.000Z' });
    const fake: ReturnType<typeof installFakeProcessing> = open(headOfficer, awaiting(), {
      handlers: {
        'approval.approve': () => {
          // Meanwhile the case was returned, redrafted and submitted again.
          fake.state.detail = awaiting({ decision: { ...fake.state.detail.decision!, documentId: newer.id }, documents: [draftDoc, newer] });
          return fail(apiError('conflict', { documentId: draftDoc.id, current: newer.id }));
        },
      },
    });
    const dialog = await openApproveDialog();
    await userEvent.setup().type(within(dialog).getByLabelText(/Кілттің құпиясөзі/), 'Test-1234{Enter}');
    expect(await screen.findByTestId('approval-conflict')).toHaveTextContent('Жоба сіз ашқаннан кейін өзгертілді.');
    expect(screen.queryByTestId('approve-dialog')).toBeNull();
    await waitFor(() => expect(within(screen.getByTestId('approval-review')).getByTestId('pdf-preview-stub')).toHaveTextContent(newer.id));
    expect(fake.callsOf('case.get')).toHaveLength(2);
  });

  it('a head’s own draft: the reason instead of the approve button; returning it stays possible', async () => {
    open(headOfficer, awaiting({ allowed: ['returnForRework'] }, headOfficer.id), {}, 'ru');
    const reason = await screen.findByTestId('self-approval');
    expect(reason).toHaveTextContent('Руководитель не может утвердить проект, подготовленный им самим.');
    expect(reason).toHaveTextContent('Проект должен утвердить другой руководитель.');
    expect(screen.queryByTestId('approve-open')).toBeNull();
    expect(screen.getByTestId('return-open')).toBeInTheDocument();
  });

  it('returns for rework with a comment (Ctrl+Enter), which must say something', async () => {
    const fake = open(headOfficer, awaiting());
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('return-open'));
    const dialog = await screen.findByTestId('return-dialog');
    const comment = within(dialog).getByLabelText(/Орындаушыға ескерту/);
    await waitFor(() => expect(comment).toHaveFocus());
    await user.keyboard('Жоқ{Control>}{Enter}{/Control}');
    expect(await within(dialog).findByText('Ескертуді жазыңыз (кемінде 5 таңба)')).toBeInTheDocument();
    expect(fake.callsOf('approval.return')).toEqual([]);
    await user.type(comment, ': кезеңді нақтылаңыз');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(fake.callsOf('approval.return')).toEqual([{ caseId, comment: 'Жоқ: кезеңді нақтылаңыз' }]));
    await waitFor(() => expect(screen.getByTestId('case-state')).toHaveTextContent('Пысықтауға қайтарылды'));
  });

  it('a front-desk officer sees a draft awaiting approval with no approve or return, and no approvals list', async () => {
    open(deskOfficer, awaiting({ allowed: [] }));
    expect(await screen.findByTestId('waiting-approval')).toBeInTheDocument();
    expect(screen.queryByTestId('approve-open')).toBeNull();
    expect(screen.queryByTestId('return-open')).toBeNull();
    expect(screen.queryByTestId('self-approval')).toBeNull();
    expect(screen.queryByTestId('nav-approvals')).toBeNull();
  });
});

describe('after approval', () => {
  const approved = (overrides: Partial<CaseDetail> = {}) =>
    awaiting({
      signatures: [{ id: 's', documentId: draftDoc.id, signerName: 'АХМЕТОВА ГҮЛНАР', signerIin: '751121400786', certificateSerial: 'abc123', signedAt: '2026-03-03T07:00:00.000Z', signerKind: 'ncalayer' }],
      ...overrides,
      snapshot: { ...registeredCase().snapshot, state: 'approved', assignee: 2 },
    });

  it('office channel: processing marks it ready for issue (Ctrl+Enter), the issued copy replaces the signed draft', async () => {
    const fake = open(processingOfficer, approved({ allowed: ['markReadyForIssue'] }));
    expect(await screen.findByTestId('signature')).toHaveTextContent('NCALayer');
    const markReady = screen.getByTestId('mark-ready');
    await waitFor(() => expect(markReady).toHaveFocus());
    expect(screen.queryByTestId('send-back')).toBeNull();
    await userEvent.setup().keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(fake.callsOf('processing.markReady')).toEqual([{ caseId }]));
    await waitFor(() => expect(screen.getByTestId('case-state')).toHaveTextContent('Беруге дайын'));
    const copy = fake.state.detail.documents.at(-1)!;
    expect(await within(screen.getByTestId('outgoing-document')).findByTestId('pdf-preview-stub')).toHaveTextContent(copy.id);
  });

  it('electronic channel: the signed result is sent back through the channel it came by', async () => {
    const fake = open(processingOfficer, approved({ allowed: ['sendBack'], channel: 'portal' }));
    const sendBack = await screen.findByTestId('send-back');
    expect(screen.getByTestId('result-panel')).toHaveTextContent('Қол қойылған нәтиже өтініш келген арна арқылы жіберіледі: egov.kz порталы.');
    expect(screen.queryByTestId('mark-ready')).toBeNull();
    await userEvent.setup().click(sendBack);
    await waitFor(() => expect(fake.callsOf('processing.sendBack')).toEqual([{ caseId }]));
  });
});

describe('the head’s list of drafts awaiting approval', () => {
  it('asks the core for drafts awaiting approval only, opens one and comes back to the list', async () => {
    const fake = installFakeProcessing({ actor: headOfficer, detail: awaiting(), rows: [queueRow({ state: 'awaitingApproval', assigneeId: 2, assigneeName: 'Қасымов Е. Б.' })] });
    openScreen(headOfficer, { name: 'approvals' });
    const row = await within(await screen.findByTestId('approvals-screen')).findByTestId('case-row');
    expect(fake.callsOf('queue.search')).toContainEqual({ states: ['awaitingApproval'], limit: 100, offset: 0 });
    expect(screen.getByTestId('approvals-count')).toHaveTextContent('1');
    const user = userEvent.setup();
    await user.click(row);
    expect(useNavigationStore.getState().screen).toEqual({ name: 'case', caseId, from: 'approvals' });
    await user.click(await screen.findByTestId('case-back'));
    expect(useNavigationStore.getState().screen).toEqual({ name: 'approvals' });
    expect(await screen.findByTestId('approvals-screen')).toBeInTheDocument();
  });
});
