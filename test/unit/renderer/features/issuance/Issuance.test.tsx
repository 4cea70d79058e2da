// Issuance at the window (§5.3, Appendix 2): the case found among those ready for issue; "start"
// starts the §5.3 clock against the norm of the case's regulation version (kept across a
// reload); the recipient and the document they present, prefilled from the intake and checked;
// "issue" answers with the journal number and the journal line to print for the signature. The
// journal of a period is shown and printed.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CaseDetail } from '../../../../../shared/api/processing';
import { defaultKind, prefill, recipientInput, validateRecipient } from '../../../../../renderer/src/features/issuance/recipient';
import { kzToday } from '../../../../../renderer/src/i18n/dateTime';
import { useIssuanceClock } from '../../../../../renderer/src/stores/issuance';
import { useNavigationStore } from '../../../../../renderer/src/stores/navigation';
import { withListLayout } from '../../listLayout';
import { recordingPrintHost } from '../intake/renderIntake';
import { caseId, deskOfficer, documentView, headOfficer, installFakeProcessing, queueRow, registeredCase } from '../processing/fakeProcessing';
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
    ...overrides,
    snapshot: { ...registeredCase().snapshot, state: 'readyForIssue', assignee: 2, ...overrides.snapshot },
  });
}

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

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
    // The document handed over is the issued copy, not the signed draft it replaced.
    expect(await within(screen.getByTestId('issue-outgoing')).findByTestId('pdf-preview-stub')).toHaveTextContent(issuedCopy.id);
    expect(screen.getByTestId('recipient-form').querySelector('fieldset')).toBeDisabled();
    const user = userEvent.setup();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(fake.callsOf('issuance.start')).toEqual([{ caseId }]));
    // The norm and the § of the case's regulation version.
    const step = screen.getByTestId('issue-step');
    expect(step).toHaveTextContent('§5.3');
    expect(within(step).getByTestId('issuance-remaining')).toHaveTextContent(/^(10:00|9:5\d)$/);
    expect(step).toHaveTextContent('10:00');
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
    expect(useIssuanceClock.getState().startedAt[caseId]).toBeUndefined();

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

  it('keeps the clock across a reload of the window', async () => {
    installFakeProcessing({ actor: deskOfficer, detail: ready() });
    openScreen(deskOfficer, { name: 'issue', caseId });
    useIssuanceClock.getState().mark(caseId, Date.now() - 11 * 60_000);
    const timer = await screen.findByTestId('issuance-timer');
    expect(timer).toHaveAttribute('data-overrun', 'true');
    expect(within(timer).getByTestId('issuance-elapsed')).toHaveTextContent(/^11:0\d$/);
    expect(within(timer).getByTestId('issuance-remaining')).toHaveTextContent(/^\+1:0\d$/);
    expect(JSON.parse(localStorage.getItem('desk.issuance.startedAt')!).state.startedAt[caseId]).toBeTypeOf('number');
  });

  it('a representative: what the officer typed stays, what was prefilled follows the kind of recipient', async () => {
    installFakeProcessing({ actor: deskOfficer, detail: ready() });
    openScreen(deskOfficer, { name: 'issue', caseId });
    useIssuanceClock.getState().mark(caseId);
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
