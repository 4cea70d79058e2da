// Electronic applications arriving through pull: the signature is verified (chain, validity at
// signing time, revocation against the synced CRL, §10 condition 3), the request, its CMS and the
// report are attached, and the case is created by the state machine as the system actor. Two
// desks of the office write the very same event, and the central system keeps it once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apply, decide, type CaseSnapshot } from '../../../../../shared/domain/cases';
import { pullAll } from '../../../../../electron/core/sync/pull';
import { pushAll } from '../../../../../electron/core/sync/push';
import { call, expectOk, signedIn } from '../testCore';
import { localCase, openDesk, startTestCentral, type Desk, type TestCentral } from './support/desks';

let central: TestCentral;
const desks: Desk[] = [];

beforeEach(async () => {
  central = await startTestCentral();
});

afterEach(async () => {
  for (const d of desks.splice(0)) await d.close();
  await central.close();
});

async function desk(number: number, noStart = false): Promise<Desk> {
  const d = await openDesk(central, number, { noStart });
  desks.push(d);
  return d;
}

describe('electronic applications', () => {
  it('become cases with a verified signature, their attachments and a report with reasons', async () => {
    const d = await desk(1);
    const officer = await signedIn(d.core, 'processing');
    await d.sync();
    const apps = await central.central.generateApplications({ officeCode: '6205', count: 4, kinds: ['valid', 'expired', 'revoked', 'iinMismatch'] });
    const live = await d.sync();
    expect(live.lastError).toBeNull();
    const expectedFailure = { valid: null, expired: 'notValidAtSigningTime', revoked: 'revoked', iinMismatch: 'idMismatch' } as const;
    for (const app of apps) {
      const row = d.core.db.prepare('SELECT channel, applicant_type, taxpayer_id, registration_number, state, snapshot FROM cases WHERE id = ?').get(app.id) as {
        channel: string;
        snapshot: string;
      } & Record<string, unknown>;
      expect(row).toMatchObject({ channel: app.channel, applicant_type: app.applicantType, taxpayer_id: app.taxpayerId, registration_number: app.registrationNumber, state: 'registered' });
      expect((JSON.parse(row.snapshot) as CaseSnapshot).signatureCheck).toBe(app.expectedSignatureCheck);
      const { attachments, signatureReport, request } = expectOk(await call(d.core, officer, 'sync.caseAttachments', { caseId: app.id }));
      // What the applicant signed, read from the request document itself.
      expect(request).toMatchObject({
        applicant: { type: app.applicantType, taxpayerId: app.taxpayerId, name: app.taxpayerName },
        year: expect.any(Number),
        country: expect.stringMatching(/^[A-Z]{2}$/),
        language: expect.stringMatching(/^(kk|ru)$/),
      });
      expect(attachments.map((a) => a.kind)).toEqual(['request', 'requestCms', 'signatureReport']);
      expect(attachments[0]!.sha256).toBe(app.documentSha256);
      expect(signatureReport?.valid).toBe(app.expectedSignatureCheck === 'valid');
      const failure = expectedFailure[app.signatureKind];
      // Revocation was checked against the synced CRL, and the report says how old that was.
      expect(signatureReport?.revocation).toEqual({
        status: app.signatureKind === 'revoked' ? 'revoked' : 'good',
        crl: { thisUpdate: expect.any(String), nextUpdate: expect.any(String), fetchedAt: expect.any(String), ageMs: expect.any(Number), stale: true },
      });
      const { fetchedAt, ageMs } = signatureReport!.revocation!.crl!;
      expect(Date.parse(signatureReport!.checkedAt) - Date.parse(fetchedAt)).toBe(ageMs);
      if (failure === null) {
        expect(signatureReport?.failures).toEqual([]);
        // The synced CRL is past its nextUpdate: a warning, with its age, not a failure.
        expect(signatureReport?.warnings.map((w) => w.code)).toContain('crlStale');
      } else {
        expect(signatureReport?.failures.map((f) => f.code)).toContain(failure);
        expect(signatureReport?.failures[0]?.message).toEqual({ kk: expect.any(String), ru: expect.any(String) });
      }
    }
    // The central system agrees with every verdict (it rejects a signature check it disagrees with).
    expect(d.core.db.prepare("SELECT count(*) FROM outbox WHERE status <> 'sent'").pluck().get()).toBe(0);
    expect(central.central.cases().filter((c) => c.state === 'registered')).toHaveLength(4);
    // An invalid signature leads to the refusal path: the machine refuses a certificate draft.
    const invalid = apps.find((a) => a.expectedSignatureCheck === 'invalid')!;
    const snapshot = localCase(d, invalid.id)!.snapshot as CaseSnapshot;
    const processingId = d.core.db.prepare("SELECT id FROM officers WHERE login = 'processing'").pluck().get() as number;
    const actor = { kind: 'officer' as const, id: processingId, role: 'processing' as const };
    const assigned = apply(snapshot, { type: 'case.assigned', officerId: processingId });
    const draft = decide(assigned, { type: 'saveDraft', decision: 'certificate', documentHash: 'a'.repeat(64) }, actor);
    expect(draft.ok ? null : draft.reason).toBe('invalidSignature');
  });

  it('are received by the system even on a desk where nobody has signed in yet', async () => {
    const d = await desk(1);
    await d.sync();
    const apps = await central.central.generateApplications({ officeCode: '6205', count: 2, kinds: ['valid', 'revoked'] });
    expect((await d.sync()).lastError).toBeNull();
    expect(d.core.db.prepare("SELECT count(*) FROM outbox WHERE status = 'quarantined'").pluck().get()).toBe(0);
    for (const app of apps) expect(localCase(d, app.id)).toMatchObject({ state: 'registered' });
    expect(central.central.cases().filter((c) => c.state === 'registered')).toHaveLength(2);
  });

  it('lets two desks record the same arrival: one event centrally, both desks agree', async () => {
    const [a, b] = [await desk(1, true), await desk(2, true)];
    await pullAll(a.session());
    await pullAll(b.session());
    const [app] = await central.central.generateApplications({ officeCode: '6205', count: 1, kinds: ['valid'] });
    // Both verify and create the case before either pushes (each with somebody signed in).
    await pullAll(a.session());
    await pullAll(b.session());
    await signedIn(a.core, 'processing');
    await signedIn(b.core, 'frontDesk');
    const eventOf = (d: Desk) => d.core.db.prepare('SELECT event_id, payload FROM case_events WHERE case_id = ?').get(app!.id);
    expect(eventOf(a)).toEqual(eventOf(b));
    expect((await pushAll(a.session())).applied).toBeGreaterThan(0);
    const second = await pushAll(b.session());
    expect(second.rejected).toBe(0);
    expect(b.core.db.prepare("SELECT count(*) FROM outbox WHERE status = 'quarantined'").pluck().get()).toBe(0);
    await pullAll(a.session());
    await pullAll(b.session());
    expect(central.central.caseLog(app!.id)).toHaveLength(1);
    expect(localCase(a, app!.id)).toEqual(localCase(b, app!.id));
    expect(localCase(b, app!.id)).toMatchObject({ eventCount: 1, state: 'registered' });
  });
});
