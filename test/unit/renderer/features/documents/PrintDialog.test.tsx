// Preview and print of a stored document: the workstation's printers (default chosen) and
// copies in Electron, the browser's dialog in the web host; every print logged with the core;
// a printer failure shown and not logged.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintRecord } from '../../../../../shared/api';
import { PrintDialog } from '../../../../../renderer/src/features/documents/PrintDialog';
import { fakePdfBase64, installFakeIntake } from '../intake/fakeIntake';
import { recordingPrintHost, renderWithTheme, resetStores } from '../intake/renderIntake';

vi.mock('../../../../../renderer/src/features/documents/PdfPreview', () => ({
  PdfPreview: ({ pdfBase64 }: { pdfBase64: string }) => <div data-testid="pdf-preview-stub">{pdfBase64}</div>,
}));

const documentId = 'aaaaaaaa-0000-4000-8000-000000000001';

describe('print dialog', () => {
  beforeEach(() => resetStores());

  it('previews the stored PDF, prints it on the chosen printer and copies, and logs the print', async () => {
    const fake = installFakeIntake();
    const { jobs } = recordingPrintHost('system');
    const closed: (PrintRecord | null)[] = [];
    renderWithTheme(<PrintDialog documentId={documentId} kind="coupon" onClose={(r) => closed.push(r)} />);
    const dialog = await screen.findByRole('dialog', { name: 'Салықтық өтінішті қабылдау туралы талон' });
    expect(await within(dialog).findByTestId('pdf-preview-stub')).toHaveTextContent(fakePdfBase64);
    const printer = await within(dialog).findByLabelText('Принтер');
    await waitFor(() => expect(printer).toHaveValue('Kyocera-1'));
    expect(within(printer).getByRole('option', { name: 'Kyocera 1 (әдепкі)' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.selectOptions(printer, 'HP-Front');
    const copies = within(dialog).getByLabelText('Дана саны');
    await user.clear(copies);
    await user.type(copies, '2');
    await user.click(within(dialog).getByRole('button', { name: 'Басып шығару' }));
    await waitFor(() => expect(closed).toHaveLength(1));
    expect(jobs).toEqual([{ pdfBase64: fakePdfBase64, printer: 'HP-Front', copies: 2 }]);
    expect(fake.calls.find((c) => c.name === 'documents.print')?.input).toEqual({ id: documentId, printer: 'HP-Front', copies: 2 });
    expect(closed[0]).toMatchObject({ printer: 'HP-Front', copies: 2 });
  });

  it('in the browser the browser chooses: logged as one print to "browser"', async () => {
    const fake = installFakeIntake();
    const { jobs } = recordingPrintHost('browser');
    renderWithTheme(<PrintDialog documentId={documentId} kind="secondCopyStamp" onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Екінші данаға арналған тіркеу мөртабаны' });
    expect(within(dialog).queryByLabelText('Принтер')).toBeNull();
    expect(dialog).toHaveTextContent('Браузердің басып шығару терезесі ашылады');
    await within(dialog).findByTestId('pdf-preview-stub');
    const user = userEvent.setup();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Басып шығару' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(fake.prints).toHaveLength(1));
    expect(fake.prints[0]).toMatchObject({ documentId, printer: 'browser', copies: 1 });
    expect(jobs).toHaveLength(1);
  });

  it('shows a printer failure and logs nothing', async () => {
    const fake = installFakeIntake();
    recordingPrintHost('system', 'Paper jam');
    const closed: unknown[] = [];
    renderWithTheme(<PrintDialog documentId={documentId} kind="coupon" onClose={(r) => closed.push(r)} />);
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByTestId('pdf-preview-stub');
    await waitFor(() => expect(within(dialog).getByLabelText('Принтер')).toHaveValue('Kyocera-1'));
    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Басып шығару' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Басып шығару орындалмады: Paper jam');
    expect(fake.prints).toEqual([]);
    expect(closed).toEqual([]);
  });

  it('closes with Esc without printing', async () => {
    const fake = installFakeIntake();
    recordingPrintHost('browser');
    const closed: unknown[] = [];
    renderWithTheme(<PrintDialog documentId={documentId} kind="coupon" onClose={(r) => closed.push(r)} />);
    await screen.findByTestId('pdf-preview-stub');
    await userEvent.setup().keyboard('{Escape}');
    expect(closed).toEqual([null]);
    expect(fake.prints).toEqual([]);
  });
});
