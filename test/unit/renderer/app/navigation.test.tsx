// What each role finds in the navigation: the queue for everyone; a new application, the
// issuance window (Alt+I) and the journal for the front desk; the drafts awaiting approval and
// the journal and the audit log check for heads; the journal and the settings for administrators.
// A screen not meant for the role falls back to the queue.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { screenFor } from '../../../../renderer/src/app/AppFrame';
import { useNavigationStore } from '../../../../renderer/src/stores/navigation';
import { deskOfficer, headOfficer, installFakeProcessing, processingOfficer } from '../features/processing/fakeProcessing';
import { openScreen } from '../features/processing/renderProcessing';

const navOf = () =>
  ['nav-queue', 'nav-new-intake', 'nav-issuance', 'nav-approvals', 'nav-journal', 'nav-audit', 'nav-settings'].filter((id) => screen.queryByTestId(id) !== null);

describe('navigation by role', () => {
  it('front desk: queue, new application, issuance, journal; Alt+I opens the issuance window', async () => {
    installFakeProcessing({ actor: deskOfficer });
    openScreen(deskOfficer, { name: 'queue' });
    await screen.findByTestId('nav-queue');
    expect(navOf()).toEqual(['nav-queue', 'nav-new-intake', 'nav-issuance', 'nav-journal']);
    await userEvent.setup().keyboard('{Alt>}i{/Alt}');
    expect(useNavigationStore.getState().screen).toEqual({ name: 'issuance' });
    expect(await screen.findByTestId('issuance-screen')).toBeInTheDocument();
  });

  it('processing: the queue only; head: the queue, the approvals with their count, the journal, the audit log', async () => {
    installFakeProcessing({ actor: processingOfficer });
    const { unmount } = openScreen(processingOfficer, { name: 'queue' });
    await screen.findByTestId('processing-queue');
    expect(navOf()).toEqual(['nav-queue']);
    unmount();
    installFakeProcessing({ actor: headOfficer, rows: [] });
    openScreen(headOfficer, { name: 'queue' });
    await screen.findByTestId('processing-queue');
    expect(navOf()).toEqual(['nav-queue', 'nav-approvals', 'nav-journal', 'nav-audit']);
    await waitFor(() => expect(screen.queryByTestId('approvals-count')).toBeNull());
  });

  it('falls back to the queue from a screen not meant for the role', () => {
    expect(screenFor('processing', { name: 'approvals' })).toEqual({ name: 'queue' });
    expect(screenFor('processing', { name: 'issue', caseId: 'x' })).toEqual({ name: 'queue' });
    expect(screenFor('supervisor', { name: 'journal' })).toEqual({ name: 'journal' });
    expect(screenFor('admin', { name: 'journal' })).toEqual({ name: 'journal' });
    expect(screenFor('frontDesk', { name: 'approvals' })).toEqual({ name: 'queue' });
    expect(screenFor('frontDesk', { name: 'case', caseId: 'x', from: 'queue' })).toEqual({ name: 'case', caseId: 'x', from: 'queue' });
    expect(screenFor('admin', { name: 'settings' })).toEqual({ name: 'settings' });
    for (const role of ['frontDesk', 'processing', 'supervisor'] as const) expect(screenFor(role, { name: 'settings' })).toEqual({ name: 'queue' });
    expect(screenFor('supervisor', { name: 'audit' })).toEqual({ name: 'audit' });
    expect(screenFor('admin', { name: 'audit' })).toEqual({ name: 'audit' });
    expect(screenFor('frontDesk', { name: 'audit' })).toEqual({ name: 'queue' });
    expect(screenFor('processing', { name: 'audit' })).toEqual({ name: 'queue' });
  });
});
