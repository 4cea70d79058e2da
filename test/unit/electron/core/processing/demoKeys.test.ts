// A demo store signs with the demo head's key shipped in resources/demo-pki: the whole service
// can be shown end to end without NCALayer.
import { describe, expect, it } from 'vitest';
import { demoKeyPassword } from '../../../../../electron/core/auth/demoData';
import { completeThroughRegistration } from '../intake/intakeDriver';
import { call, expectOk, openTestCore, signedIn } from '../testCore';
import { certificateDraft } from './processingDriver';

describe('demo signing key', () => {
  it('lets the demo head approve with the shipped software key', { timeout: 30_000 }, async () => {
    const core = await openTestCore();
    const [desk, processing, head] = await Promise.all([signedIn(core, 'frontDesk'), signedIn(core, 'processing'), signedIn(core, 'supervisor')]);
    expect(expectOk(await call(core, head, 'app.info', {})).demoKeyPassword).toBe(demoKeyPassword);
    const { caseId } = await completeThroughRegistration(core, desk);
    expectOk(await call(core, processing, 'case.assign', { caseId }));
    expectOk(await call(core, processing, 'processing.saveDraft', { caseId, decision: 'certificate', certificate: certificateDraft }));
    const submitted = expectOk(await call(core, processing, 'processing.submit', { caseId }));
    const approved = expectOk(await call(core, head, 'approval.approve', { caseId, documentId: submitted.decision!.documentId, keyPassword: demoKeyPassword }));
    expect(approved.signatures[0]).toMatchObject({ signerIin: '751121400786', signerName: expect.stringContaining('АХМЕТОВА') });
    core.close();
  });
});
