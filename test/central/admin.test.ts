// The admin side: reference data versions (immutable), CRLs, and the HTTP admin endpoints that
// `npm run central` offers for setting a scene by hand.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoTaxpayer } from '../../electron/core/registry/taxpayerGenerator';
import { kz2025to2027 } from '../../shared/domain/calendar';
import { exportRegulationVersion, kzResidency2015 } from '../../shared/domain/regulation';
import { ensurePki } from '../fixtures/pki/ensurePki';
import { startCentral, type RunningCentral } from './index';
import { client, post } from './testClient';

const now = new Date('2026-03-02T05:00:00.000Z');
let sim: RunningCentral;
beforeEach(async () => {
  sim = await startCentral({ clock: () => now, taxpayers: 5 });
});
afterEach(async () => {
  await sim.close();
});

describe('admin', () => {
  it('publishes new regulation and calendar versions to every office, and refuses to change a published one', async () => {
    const api = client(sim.url, sim.central.registerWorkstation('6202', 1));
    const { cursor } = await api.pullAll();
    const regulation = { ...kzResidency2015, id: 'kz-residency-2015-r2', effectiveFrom: '2026-04-01' };
    const calendar = { ...kz2025to2027, id: `${kz2025to2027.id}-r2`, publishedAt: '2026-02-01' };
    expect(sim.central.addRegulationVersion(regulation)).toEqual({ status: 'added', id: 'kz-residency-2015-r2' });
    expect(sim.central.addCalendarVersion(JSON.stringify(calendar))).toEqual({ status: 'added', id: calendar.id });
    expect(sim.central.addRegulationVersion(regulation).status).toBe('alreadyPresent');
    expect(() => sim.central.addRegulationVersion({ ...regulation, effectiveFrom: '2026-05-01' })).toThrow(/other content/);
    expect(() => sim.central.addRegulationVersion({ id: 'broken' })).toThrow(/invalid regulation/);
    const delta = await api.pullAll(cursor);
    expect(delta.changes).toEqual([
      { type: 'reference.regulation', json: exportRegulationVersion(regulation) },
      { type: 'reference.calendar', json: JSON.stringify(calendar) },
    ]);
  });

  it('publishes a CRL once per issuer and update, replacing the older one', async () => {
    const pki = await ensurePki();
    const api = client(sim.url, sim.central.registerWorkstation('6205', 1));
    const first = sim.central.publishCrl(pki.crlDer);
    expect(first).toMatchObject({ thisUpdate: pki.manifest.crlThisUpdate, nextUpdate: pki.manifest.crlNextUpdate });
    expect(first.issuer).toContain('ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TEST');
    sim.central.publishCrl(pki.crlDer);
    const crls = (await api.pullAll()).changes.filter((c) => c.type === 'crl');
    expect(crls).toEqual([{ type: 'crl', issuer: first.issuer, derBase64: Buffer.from(pki.crlDer).toString('base64'), thisUpdate: first.thisUpdate, nextUpdate: first.nextUpdate }]);
  });

  it('sets a scene over HTTP: workstations, taxpayers, applications, cases, restore', async () => {
    const headers = { 'Content-Type': 'application/json', 'X-Admin-Token': sim.adminToken };
    const admin = async (path: string, body?: unknown) => {
      const answer =
        body === undefined
          ? await fetch(sim.url + path, { headers }).then(async (r) => ({ status: r.status, text: await r.text() }))
          : await post(sim.url, path, JSON.stringify(body), headers, 60_000);
      return { status: answer.status, body: JSON.parse(answer.text) as Record<string, unknown> };
    };
    const ws = await admin('/admin/workstations', { officeCode: '6205', number: 2 });
    expect(ws.body).toMatchObject({ officeCode: '6205', number: 2 });
    expect((await admin('/admin/workstations', { officeCode: '6205', number: 200 })).status).toBe(400);
    expect((await admin('/admin/taxpayers/seed', { count: 40 })).body).toEqual({ added: 35, total: 40 });
    const changed = await admin('/admin/taxpayers/change', { id: demoTaxpayer(4).id, patch: { status: 'liquidated' } });
    expect(changed.body).toMatchObject({ id: demoTaxpayer(4).id, status: 'liquidated', version: 2 });
    expect((await admin('/admin/taxpayers/change', { id: '000000000000', patch: { status: 'liquidated' } })).status).toBe(400);
    expect((await admin('/admin/taxpayers/change', { id: demoTaxpayer(4).id, patch: { version: 9 } })).status).toBe(400);
    const generated = await admin('/admin/applications', { officeCode: '6205', count: 2, kinds: ['valid', 'revoked'] });
    expect((generated.body.applications as unknown[]).length).toBe(2);
    const state = await admin('/admin/state');
    expect(state.body.stats).toMatchObject({ workstations: 1, applications: 2, taxpayers: 40 });
    expect((await admin('/admin/cases?office=6205')).body).toEqual({ cases: [] });
    const restored = await admin('/admin/restore', {});
    expect(restored.body).toMatchObject({ rolledBack: false });
    expect((await admin('/admin/nothing', {})).status).toBe(404);
    expect((await fetch(`${sim.url}/admin/state`)).status).toBe(401);
  });
});
