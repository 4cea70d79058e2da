// Electronic applications: generated deterministically from the seed, signed with the test PKI
// (valid, expired, revoked, IIN-mismatched), delivered to their office through pull after the
// CRL, and judged when the desk records them: the delivery must match, and the signature verdict
// must be the one the signature deserves.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDetachedCms } from '../../electron/core/signing/verifier';
import { initialCase, type CaseCommand } from '../../shared/domain/cases';
import type { Change } from '../../shared/sync/protocol';
import { ensurePki, type TestPki } from '../fixtures/pki/ensurePki';
import type { GeneratedApplication } from './applications/generator';
import { startCentral, type RunningCentral } from './index';
import { centralReasons } from './reasons';
import { client, DeskCase, officers, seqCounter } from './testClient';

type Arrived = Extract<Change, { type: 'application.arrived' }>;
const now = new Date('2026-03-02T05:00:00.000Z');
let pki: TestPki;
let sim: RunningCentral;
let generated: GeneratedApplication[];

beforeAll(async () => {
  pki = await ensurePki();
  sim = await startCentral({ clock: () => now, seed: 5 });
  generated = await sim.central.generateApplications({ officeCode: '6205', count: 8, kinds: ['valid', 'expired', 'revoked', 'iinMismatch'] });
}, 60_000);
afterAll(async () => {
  await sim.close();
});

function receive(app: Arrived, signatureCheck: 'valid' | 'invalid'): Extract<CaseCommand, { type: 'receiveElectronic' }> {
  return {
    type: 'receiveElectronic',
    channel: app.channel,
    applicantType: app.applicantType,
    taxpayerId: app.taxpayerId,
    signatureCheck,
    registrationNumber: app.registrationNumber,
    registeredOn: app.registeredOn,
    deadline: '2026-03-17',
    regulationVersion: 'kz-residency-2015',
  };
}

describe('electronic applications', () => {
  it('arrive for their office only, after the CRL that the revoked ones depend on', async () => {
    const here = await client(sim.url, sim.central.registerWorkstation('6205', 1)).pullAll();
    const types = here.changes.map((c) => c.type);
    const arrived = here.changes.filter((c): c is Arrived => c.type === 'application.arrived');
    expect(arrived.map((a) => a.applicationId)).toEqual(generated.map((g) => g.id));
    expect(types.indexOf('crl')).toBeGreaterThanOrEqual(0);
    expect(types.indexOf('crl')).toBeLessThan(types.indexOf('application.arrived'));
    expect(arrived.map((a) => a.registrationNumber)).toEqual(Array.from({ length: 8 }, (_, i) => `6205-2026-000000${i + 1}`));
    expect(new Set(arrived.map((a) => a.registeredOn))).toEqual(new Set(['2026-03-02']));
    const elsewhere = await client(sim.url, sim.central.registerWorkstation('6202', 1)).pullAll();
    expect(elsewhere.changes.some((c) => c.type === 'application.arrived')).toBe(false);
    expect(elsewhere.changes.some((c) => c.type === 'crl')).toBe(true);
  });

  it('carry a document and a detached CMS that verify exactly as their kind says (§10 condition 3)', async () => {
    const pulled = await client(sim.url, sim.central.registerWorkstation('6205', 2)).pullAll();
    const crl = pulled.changes.find((c): c is Extract<Change, { type: 'crl' }> => c.type === 'crl');
    expect(crl?.derBase64).toBe(Buffer.from(pki.crlDer).toString('base64'));
    const crls = [{ der: new Uint8Array(Buffer.from(crl?.derBase64 ?? '', 'base64')), fetchedAt: now }];
    const verdicts: Record<string, string[]> = {};
    for (const app of pulled.changes.filter((c): c is Arrived => c.type === 'application.arrived')) {
      const document = new Uint8Array(Buffer.from(app.documentBase64, 'base64'));
      const parsed = JSON.parse(Buffer.from(document).toString('utf8')) as { applicationId: string; applicant: { taxpayerId: string } };
      expect(parsed.applicationId).toBe(app.applicationId);
      expect(parsed.applicant.taxpayerId).toBe(app.taxpayerId);
      const expectedId = app.applicantType === 'individual' ? { iin: app.taxpayerId } : { bin: app.taxpayerId };
      const report = await verifyDetachedCms(document, new Uint8Array(Buffer.from(app.cmsBase64, 'base64')), { roots: [pki.rootPem], crls, expectedId, now });
      const kind = generated.find((g) => g.id === app.applicationId)?.signatureKind ?? '?';
      const facts = [report.ok ? 'ok' : 'failed'];
      if (!report.validAtSigningTime) facts.push('expired');
      if (report.revocation.status === 'revoked') facts.push('revoked');
      if (report.idMatches === false) facts.push('idMismatch');
      expect(report.signatureValid).toBe(true);
      expect(report.chainValid).toBe(true);
      (verdicts[kind] ??= []).push(facts.join('+'));
    }
    expect(verdicts).toEqual({
      valid: ['ok', 'ok'],
      expired: ['failed+expired', 'failed+expired'],
      revoked: ['failed+revoked', 'failed+revoked'],
      iinMismatch: ['failed+idMismatch', 'failed+idMismatch'],
    });
  });

  it('are the same for the same seed: ids, documents and signatures', async () => {
    const twin = await startCentral({ clock: () => now, seed: 5 });
    try {
      const again = await twin.central.generateApplications({ officeCode: '6205', count: 8, kinds: ['valid', 'expired', 'revoked', 'iinMismatch'] });
      expect(again).toEqual(generated);
      const pull = async (r: RunningCentral) =>
        (await client(r.url, r.central.registerWorkstation('6205', 7)).pullAll()).changes.filter((c) => c.type === 'application.arrived');
      expect(await pull(twin)).toEqual(await pull(sim));
      const mixed = await twin.central.generateApplications({ officeCode: '6205', count: 40 });
      expect(new Set(mixed.map((g) => g.signatureKind))).toEqual(new Set(['valid', 'expired', 'revoked', 'iinMismatch']));
      expect(new Set(mixed.map((g) => g.channel))).toEqual(new Set(['stateCorporation', 'portal', 'taxpayerCabinet']));
    } finally {
      await twin.close();
    }
  });

  it('are recorded by the desk as the system: the right verdict applies, a wrong one or an altered delivery is rejected', async () => {
    const ws = sim.central.registerWorkstation('6205', 3);
    const api = client(sim.url, ws);
    const seq = seqCounter();
    const arrived = (await api.pullAll()).changes.filter((c): c is Arrived => c.type === 'application.arrived');
    const system = { kind: 'system' } as const;
    const record = (app: Arrived, check: 'valid' | 'invalid', patch: Partial<CaseCommand> = {}) =>
      new DeskCase(ws, seq, initialCase(), app.applicationId).command(officers.frontDesk, { ...receive(app, check), ...patch } as CaseCommand, system);
    const expected = (app: Arrived) => generated.find((g) => g.id === app.applicationId)!.expectedSignatureCheck;
    const [valid, expired, revoked, mismatch] = arrived as [Arrived, Arrived, Arrived, Arrived];

    const results = (
      await api.push([
        record(valid, 'invalid'),
        record(expired, 'valid'),
        record(revoked, 'invalid', { registrationNumber: '6205-2026-0000099' }),
        record(mismatch, 'invalid', { taxpayerId: valid.taxpayerId }),
      ])
    ).results;
    expect(results.map((r) => r.code)).toEqual(['signatureCheckMismatch', 'signatureCheckMismatch', 'applicationMismatch', 'applicationMismatch']);
    expect(results[0]?.message).toEqual(centralReasons.signatureCheckMismatch);

    const applied = (await api.push(arrived.slice(0, 4).map((app) => record(app, expected(app))))).results;
    expect(applied.map((r) => [r.status, r.serverPos])).toEqual(arrived.slice(0, 4).map(() => ['applied', 1]));
    expect(sim.central.cases('6205').filter((c) => c.state === 'registered')).toHaveLength(4);

    // A second desk of the office recording the same delivery: the machine says it already exists.
    const ws2 = sim.central.registerWorkstation('6205', 4);
    const again = new DeskCase(ws2, seqCounter(), initialCase(), valid.applicationId).command(officers.frontDesk, receive(valid, 'valid'), system);
    expect((await client(sim.url, ws2).push([again])).results[0]).toMatchObject({ status: 'rejected', code: 'wrongState' });

    // An application the centre never sent.
    const forged = new DeskCase(ws, seq, initialCase(), randomUUID()).command(officers.frontDesk, receive(valid, 'valid'), system);
    expect((await api.push([forged])).results[0]).toMatchObject({ status: 'rejected', code: 'unknownApplication' });
  });
});
