// Issuance at the window (§5.3, Appendix 2): the case found among those ready for issue; "start"
// starts the §5.3 clock in the core, which reports it with the case (its §, title and norm from
// the case's regulation version, its active seconds), so a reload shows the core's time; the
// window advances it from the moment the answer arrived, whatever its own clock says; the recipient and the document they present, prefilled from the intake and checked;
// "issue" answers with the journal number and the journal line to print for the signature. The
// journal of a period is shown and printed.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseDetail } from '../../../../../shared/api/processing';
import { liveTiming } from '../../../../../renderer/src/features/intake/timing';
import { defaultKind, prefill, recipientInput, validateRecipient } from '../../../../../renderer/src/features/issuance/recipient';
import { kzToday } from '../../../../../renderer/src/i18n/dateTime';
import { useNavigationStore } from '../../../../../renderer/src/stores/navigation';
import { withListLayout } from '../../listLayout';
import { recordingPrintHost } from '../intake/renderIntake';
import { caseId, deskOfficer, documentView, headOfficer, installFakeProcessing, issuanceTiming, queueRow, registeredCase } from '../processing/fakeProcessing';
import { openScreen } from '../processing/renderProcessing';

vi.mock('../../../../../renderer/src/features/documents/PdfPreview', () => ({
  PdfPreview: ({ pdfBase64 }: { pdfBase64: string }) => <div data-testid="pdf-preview-stub">{atob(pdfBase64)}</div>,
}));

withListLayout();

const signedDraft = documentView('residencyCertificate');
const issuedCopy = documentView('residencyCertificate', { supersedes: signedDraft.id });

function ready(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return registeredCase({
    allowed: ['issue'],
    assigneeName: 'Қасымов Е. Б.',
    decision: { decision: 'certificate', data: { foreignState: 'DE', period: { kind: 'year', year: 2025 }, address: 'Астана қ.' }, documentId: signedDraft.id },
    documents: [{ ...signedDraft, supersededBy: issuedCopy.id }, issuedCopy],
    signatures: [{ id: 's', documentId: signedDraft.id, signerName: 'АХМЕТОВА ГҮЛНАР', signerIin: '751121400786', certificateSerial: 'abc123', signedAt: '2026-03-03T07:00:00.000Z', signerKind: 'pkcs12' }],
    issuance: issuanceTiming(),
    ...overrides,
    snapshot: { ...registeredCase().snapshot, state: 'readyForIssue', assignee: 2, ...overrides.snapshot },
  });
}

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

/** Started at the window some time ago, by a core whose clock is years off this workstation's. */
const running = (activeSeconds: number, serverTime = '2020-05-05T05:00:00.000Z') => issuanceTiming({ status: 'running', activeSeconds, startedAt: serverTime, serverTime });

afterEach(() => vi.restoreAllMocks());

describe('issuance at the window', () => {
  it('finds the case among those ready for issue and opens it', async () => {
    const fake = installFakeProcessing({ actor: deskOfficer, detail: ready(), rows: [queueRow({ state: 'readyForIssue' }), queueRow({ id: 'other', state: 'registered' })] });
    openScreen(deskOfficer, { name: 'issuance' });
    const list = await screen.findByTestId('issuance-screen');
    expect(await within(list).findAllByTestId('case-row')).toHaveLength(1);
    expect(fake.callsOf('queue.search')).toEqual([{ states: ['readyForIssue'], limit: 100, offset: 0 }]);
    const user = userEvent.setup();
    await user.type(screen.getByTestId('queue-search'), '400101400009{Enter}');
    expect(fake.callsOf('queue.search').at(-1)).toEqual({ text: '400101400009', states: ['readyForIssue'], limit: 100, offset: 0 });
    await waitFor(() => expect(screen.getByRole('grid')).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(useNavigationStore.getState().screen).toEqual({ name: 'issue', caseId });
    expect(await screen.findByTestId('issue-screen')).toBeInTheDocument();
  });

  it('starts the §5.3 clock, records the recipient and their document, issues, and prints the journal line', async () => {
    const fake = installFakeProcessing({ actor: deskOfficer, detail: ready() });
    openScreen(deskOfficer, { name: 'issue', caseId });
    const { jobs } = recordingPrintHost('browser');
    const start = await screen.findByTestId('issue-start');
    await waitFor(() => expect(start).toHaveFocus());
    // Not started in the core yet: no clock, the § and title of the case's regulation version.
    expect(screen.queryByTestId('issuance-timer')).toBeNull();
    expect(screen.getByTestId('issuance-step-title')).toHaveTextContent('§5.3Шығыс құжаттарын Журналда тіркеу және қол қойдырып беру');
    // The document handed over is the issued copy, not the signed draft it replaced.
    expect(await within(screen.getByTestId('issue-outgoing')).findByTestId('pdf-preview-stub')).toHaveTextContent(issuedCopy.id);
    expect(screen.getByTestId('recipient-form').querySelector('fieldset')).toBeDisabled();
    const user = userEvent.setup();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(fake.callsOf('issuance.start')).toEqual([{ caseId }]));
    // The core's answer: running from 0 against its norm of 10 minutes.
    const timer = await screen.findByTestId('issuance-timer');
    expect(timer).toHaveAttribute('data-status', 'running');
    expect(within(timer).getByTestId('issuance-elapsed')).toHaveTextContent(/^0:0\d$/);
    expect(within(timer).getByTestId('issuance-remaining')).toHaveTextContent(/^(10:00|9:5\d)$/);
    expect(within(timer).getByTestId('issuance-norm')).toHaveTextContent('10:00');
    expect(screen.queryByTestId('issue-start')).toBeNull();
    await waitFor(() => expect(field('recipient-fullName')).toHaveFocus());
    // Prefilled from the intake: the applicant came in person with their ID card.
    expect(field('recipient-fullName')).toHaveValue('Байжанова Іңкәр Нұрланқызы');
    expect(field('recipient-documentName')).toHaveValue('ҚР азаматының жеке куәлігі');
    expect(field('recipient-documentNumber')).toHaveValue('049876543');

    await user.clear(field('recipient-documentNumber'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Құжаттың нөмірін жазыңыз')).toBeInTheDocument();
    expect(field('recipient-documentNumber')).toHaveFocus();
    expect(fake.callsOf('issuance.issue')).toEqual([]);
    // Enter goes from field to field; only the last one issues.
    await user.type(field('recipient-documentNumber'), '049876543{Enter}');
    expect(field('recipient-documentSeries')).toHaveFocus();
    expect(fake.callsOf('issuance.issue')).toEqual([]);
    await user.keyboard('AA{Enter}');
    await waitFor(() =>
      expect(fake.callsOf('issuance.issue')).toEqual([
        { caseId, recipient: { kind: 'taxpayer', fullName: 'Байжанова Іңкәр Нұрланқызы', documentName: 'ҚР азаматының жеке куәлігі', documentNumber: '049876543', documentSeries: 'AA' } },
      ]),
    );
    const card = await screen.findByTestId('issued-card');
    expect(within(card).getByTestId('journal-number')).toHaveTextContent('Ж-6205-2026-0100001');
    expect(card).toHaveTextContent('ҚР азаматының жеке куәлігі, № 049876543, сериясы AA');
    // Issued: the step is over and its clock gone.
    expect(fake.state.detail.issuance?.status).toBe('completed');
    expect(screen.queryByTestId('issuance-timer')).toBeNull();

    const printLine = screen.getByTestId('print-journal-line');
    await waitFor(() => expect(printLine).toHaveFocus());
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Берілген шығыс құжаттарының журналы' });
    const line = fake.state.detail.documents.find((d) => d.kind === 'journal')!;
    expect(await within(dialog).findByTestId('pdf-preview-stub')).toHaveTextContent(`journal ${line.id}`);
    await user.click(within(dialog).getByRole('button', { name: 'Басып шығару' }));
    await waitFor(() => expect(fake.callsOf('documents.print')).toEqual([{ id: line.id, printer: 'browser', copies: 1 }]));
    expect(jobs).toHaveLength(1);
    expect(await screen.findByTestId('printed')).toHaveTextContent('Басып шығарылды: browser, 1 дана');
  });

  it('shows the core’s clock on opening (a reload), counted from its active seconds, not from the workstation’s clock', async () => {
    const fake = installFakeProcessing({ actor: deskOfficer, detail: ready({ issuance: running(660) }) });
    openScreen(deskOfficer, { name: 'issue', caseId });
    const timer = await screen.findByTestId('issuance-timer');
    expect(timer).toHaveAttribute('data-overrun', 'true');
    expect(within(timer).getByTestId('issuance-elapsed')).toHaveTextContent(/^11:0\d$/);
    expect(within(timer).getByTestId('issuance-remaining')).toHaveTextContent(/^\+1:0\d$/);
    // Started already: no start button, the form open with focus on the recipient's name.
    expect(screen.queryByTestId('issue-start')).toBeNull();
    expect(screen.getByTestId('recipient-form').querySelector('fieldset')).toBeEnabled();
    await waitFor(() => expect(field('recipient-fullName')).toHaveFocus());

    // The window is reloaded a while later: the time is what the core says now, nothing is kept here.
    cleanup();
    fake.state.detail = ready({ issuance: running(725) });
    openScreen(deskOfficer, { name: 'issue', caseId });
    await waitFor(() => expect(screen.getByTestId('issuance-elapsed')).toHaveTextContent(/^12:0[5-9]$/));
    expect(Object.keys(localStorage).filter((key) => key.includes('issuance'))).toEqual([]);
    expect(fake.callsOf('issuance.start')).toEqual([]);
  });

  it('advances the clock from the moment the core’s answer arrived', async () => {
    installFakeProcessing({ actor: deskOfficer, detail: ready({ issuance: running(30, '2031-05-05T05:00:00.000Z') }) });
    openScreen(deskOfficer, { name: 'issue', caseId });
    const elapsed = await screen.findByTestId('issuance-elapsed');
    expect(elapsed).toHaveTextContent(/^0:3\d$/);
    const arrived = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(arrived + 65_000);
    await waitFor(() => expect(elapsed).toHaveTextContent(/^1:3[5-9]$/), { timeout: 2500 });
    expect(screen.getByTestId('issuance-remaining')).toHaveTextContent(/^8:2[1-5]$/);
  });

  it('a running clock advances by the time since the answer arrived, a paused one stands still', () => {
    const arrived = 1_000_000;
    const later = arrived + 90_000;
    expect(liveTiming(running(100), arrived, later)).toEqual({ activeSeconds: 190, remainingSeconds: 410, overrunSeconds: 0, overrun: false });
    expect(liveTiming(issuanceTiming({ status: 'paused', activeSeconds: 100 }), arrived, later).activeSeconds).toBe(100);
    expect(liveTiming(running(700), arrived, later)).toEqual({ activeSeconds: 790, remainingSeconds: 0, overrunSeconds: 190, overrun: true });
  });

  it('a step without a norm in its regulation version: the elapsed time only', async () => {
    installFakeProcessing({ actor: deskOfficer, detail: ready({ issuance: { ...running(700), normSeconds: 0 } }) });
    openScreen(deskOfficer, { name: 'issue', caseId }, 'ru');
    const timer = await screen.findByTestId('issuance-timer');
    expect(within(timer).getByTestId('issuance-elapsed')).toHaveTextContent(/^11:4\d$/);
    expect(timer).toHaveAttribute('data-overrun', 'false');
    expect(within(timer).queryByTestId('issuance-remaining')).toBeNull();
    expect(screen.getByTestId('issuance-step-title')).toHaveTextContent('Регистрация исходящих документов в журнале и выдача под роспись');
  });

  it('a representative: what the officer typed stays, what was prefilled follows the kind of recipient', async () => {
    installFakeProcessing({ actor: deskOfficer, detail: ready({ issuance: running(5) }) });
    openScreen(deskOfficer, { name: 'issue', caseId });
    await waitFor(() => expect(field('recipient-fullName')).toHaveValue('Байжанова Іңкәр Нұрланқызы'));
    const user = userEvent.setup();
    await user.type(field('recipient-documentSeries'), 'N');
    await user.click(screen.getByTestId('recipient-representative'));
    // The intake's person came in person, not as a representative: nothing to prefill.
    expect(field('recipient-fullName')).toHaveValue('');
    expect(field('recipient-documentNumber')).toHaveValue('');
    expect(field('recipient-documentSeries')).toHaveValue('N');
  });

  it('a case not ready for issue offers no issuance', async () => {
    installFakeProcessing({ actor: deskOfficer, detail: ready({ allowed: [], snapshot: { ...registeredCase().snapshot, state: 'approved' } }) });
    openScreen(deskOfficer, { name: 'issue', caseId });
    expect(await screen.findByTestId('not-ready')).toHaveTextContent('Бұл өтініш бойынша құжат беруге дайын емес (күйі: Келісілді).');
    expect(screen.queryByTestId('issue-start')).toBeNull();
    expect(screen.queryByTestId('recipient-form')).toBeNull();
  });
});

describe('recipient', () => {
  it('is the taxpayer by default for an individual, the representative for an entity or when one came', () => {
    expect(defaultKind(ready())).toBe('taxpayer');
    expect(defaultKind(ready({ applicantType: 'legalEntity' }))).toBe('representative');
    expect(defaultKind(ready({ form: { presentedBy: 'representative' } }))).toBe('representative');
    expect(prefill(ready({ form: {} }), 'taxpayer', (t) => t)).toEqual({ fullName: 'Байжанова Іңкәр Нұрланқызы', documentName: '', documentNumber: '', documentSeries: '' });
  });

  it('is checked as the core checks it, and sent without an empty series', () => {
    const values = { kind: 'taxpayer' as const, fullName: ' Ян ', documentName: 'X', documentNumber: ' ', documentSeries: 'x'.repeat(21) };
    expect(validateRecipient(values)).toEqual({
      fullName: 'issueUi.error.fullName',
      documentName: 'issueUi.error.documentName',
      documentNumber: 'issueUi.error.documentNumber',
      documentSeries: 'issueUi.error.documentSeries',
    });
    expect(recipientInput({ kind: 'representative', fullName: ' Ким Виктор ', documentName: 'Сенімхат', documentNumber: ' Д-17 ', documentSeries: ' ' })).toEqual({
      kind: 'representative',
      fullName: 'Ким Виктор',
      documentName: 'Сенімхат',
      documentNumber: 'Д-17',
    });
  });
});

describe('journal of issued documents', () => {
  it('shows the journal of a period in the language chosen, and prints it', async () => {
    const fake = installFakeProcessing({ actor: headOfficer });
    openScreen(headOfficer, { name: 'journal' });
    const { jobs } = recordingPrintHost('browser');
    const today = kzToday();
    await screen.findByTestId('journal-screen');
    await waitFor(() => expect(field('journal-from')).toHaveFocus());
    const user = userEvent.setup();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(fake.callsOf('issuance.journal')).toEqual([{ from: today, to: today, locale: 'kk' }]));
    expect(await within(screen.getByTestId('journal-preview')).findByTestId('pdf-preview-stub')).toHaveTextContent('%PDF-1.7 fake');

    await user.clear(field('journal-from'));
    await user.type(field('journal-from'), '01032026');
    await user.clear(field('journal-to'));
    await user.type(field('journal-to'), '28022026');
    await user.click(screen.getByText('Русский', { selector: '.mantine-SegmentedControl-innerLabel', exact: true, ignore: 'header *' }));
    await user.click(screen.getByTestId('journal-show'));
    expect(await screen.findByText('Кезең соңы оның басынан ерте болмауы тиіс')).toBeInTheDocument();
    expect(fake.callsOf('issuance.journal')).toHaveLength(1);
    await user.clear(field('journal-to'));
    await user.type(field('journal-to'), '31032026{Enter}');
    await waitFor(() => expect(fake.callsOf('issuance.journal').at(-1)).toEqual({ from: '2026-03-01', to: '2026-03-31', locale: 'ru' }));

    await user.click(screen.getByTestId('journal-print'));
    const dialog = await screen.findByRole('dialog', { name: 'Берілген шығыс құжаттарының журналы' });
    await within(dialog).findByTestId('pdf-preview-stub');
    await user.click(within(dialog).getByRole('button', { name: 'Басып шығару' }));
    await waitFor(() => expect(jobs).toHaveLength(1));
    // Not a stored document: there is no record to log the print against.
    expect(fake.callsOf('documents.print')).toEqual([]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
