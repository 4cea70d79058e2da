// Pull: the initial download (reference data, officers, the registry), paging by count and bytes,
// incremental changes after a cursor, scope to the office, own events with serverPos, and reset
// when a cursor cannot be served (garbage, another simulator, restore from backup, pruned history).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoTaxpayer } from '../../electron/core/registry/taxpayerGenerator';
import { initialCase } from '../../shared/domain/cases';
import { exportRegulationVersion, kzResidency2015 } from '../../shared/domain/regulation';
import type { Change } from '../../shared/sync/protocol';
import { startCentral, type RunningCentral } from './index';
import { client, DeskCase, officers, seqCounter } from './testClient';

const now = new Date('2026-03-02T05:00:00.000Z');
let sim: RunningCentral;
beforeEach(async () => {
  sim = await startCentral({ clock: () => now, seed: 3, taxpayers: 250 });
});
afterEach(async () => {
  await sim.close();
});

const countBy = (changes: Change[]) => changes.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.type]: (acc[c.type] ?? 0) + 1 }), {});

async function startCase(office = '6205', number = 9) {
  const ws = sim.central.registerWorkstation(office, number);
  const c = new DeskCase(ws, seqCounter(), initialCase());
  const mutation = c.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' });
  await client(sim.url, ws).push([mutation]);
  return { ws, c, mutation };
}

describe('pull', () => {
  it('downloads reference data, the office officers and the whole registry, in pages with hasMore and remaining', async () => {
    const api = client(sim.url, sim.central.registerWorkstation('6205', 1));
    const first = await api.pull(null, 100);
    expect(first).toMatchObject({ reset: false, hasMore: true, serverTime: now.toISOString() });
    expect(first.changes).toHaveLength(100);
    const total = 1 + 1 + 4 + 250; // regulation, calendar, officers, taxpayers
    expect(first.remaining).toBe(total - 100);
    const seen = [...first.changes];
    let cursor = first.cursor;
    const remainings: number[] = [];
    for (;;) {
      const page = await api.pull(cursor, 100);
      seen.push(...page.changes);
      remainings.push(page.remaining ?? -1);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(remainings).toEqual([total - 200, 0]);
    expect(countBy(seen)).toEqual({ 'reference.regulation': 1, 'reference.calendar': 1, officer: 4, taxpayer: 250 });
    const regulation = seen.find((c) => c.type === 'reference.regulation');
    expect(regulation).toEqual({ type: 'reference.regulation', json: exportRegulationVersion(kzResidency2015) });
    const taxpayers = seen.filter((c): c is Extract<Change, { type: 'taxpayer' }> => c.type === 'taxpayer').map((c) => c.taxpayer);
    expect(taxpayers[17]).toEqual(demoTaxpayer(17));
    expect(seen.filter((c) => c.type === 'officer').map((c) => (c.type === 'officer' ? [c.officer.id, c.officer.role] : null))).toEqual([
      [1, 'frontDesk'],
      [2, 'processing'],
      [3, 'supervisor'],
      [4, 'admin'],
    ]);
    // Nothing new: an empty page that keeps the cursor.
    const idle = await api.pull(cursor);
    expect(idle).toMatchObject({ changes: [], cursor, hasMore: false, reset: false, remaining: 0 });
  });

  it('sends only what changed after the cursor, a changed taxpayer once in its newest version', async () => {
    const api = client(sim.url, sim.central.registerWorkstation('6205', 1));
    const { cursor } = await api.pullAll();
    const id = demoTaxpayer(5).id;
    sim.central.changeTaxpayer(id, { address: 'Астана қ., Есіл ауданы, Мәңгілік Ел даңғылы, 1-үй' });
    const second = sim.central.changeTaxpayer(id, { status: 'deregistered' });
    const crl = sim.central.addOfficer({ officeCode: '6205', login: 'new', fullName: 'Жаңа Қызметкер', shortName: 'Жаңа Қ.', iin: '950505300111', role: 'processing' });
    const delta = await api.pullAll(cursor);
    expect(delta.changes).toEqual([
      { type: 'taxpayer', taxpayer: second },
      { type: 'officer', officer: { id: crl.id, login: 'new', fullName: 'Жаңа Қызметкер', shortName: 'Жаңа Қ.', iin: '950505300111', role: 'processing', active: true } },
    ]);
    expect(second).toMatchObject({ version: 3, status: 'deregistered', updatedAt: now.toISOString() });
    // A fresh download holds each taxpayer once, in its newest version.
    const fresh = await client(sim.url, sim.central.registerWorkstation('6205', 2)).pullAll(null, 5000);
    const versions = fresh.changes.filter((c) => c.type === 'taxpayer' && c.taxpayer.id === id);
    expect(versions).toEqual([{ type: 'taxpayer', taxpayer: second }]);
  });

  it('never serves a read-ahead page once the log has moved (a changed taxpayer is not sent in its old version)', async () => {
    const api = client(sim.url, sim.central.registerWorkstation('6205', 1));
    const first = await api.pull(null, 100);
    // Let the server read the next page ahead, then change a taxpayer on that page.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const changed = sim.central.changeTaxpayer(demoTaxpayer(120).id, { name: 'Жаңа Атау' });
    const rest = await api.pullAll(first.cursor, 100);
    const versions = rest.changes.filter((c) => c.type === 'taxpayer' && c.taxpayer.id === changed.id);
    expect(versions).toEqual([{ type: 'taxpayer', taxpayer: changed }]);
    expect(rest.changes.at(-1)).toEqual({ type: 'taxpayer', taxpayer: changed });
    // The stale read-ahead was thrown away; the later ones were served.
    expect(sim.central.stats()).toMatchObject({ readAheadMisses: 1, readAheadHits: 1 });
  });

  it("includes the workstation's own case events with serverPos and caseInfo on the first, scoped to the office", async () => {
    const { ws, c, mutation } = await startCase('6205');
    const own = await client(sim.url, ws).pullAll();
    const events = own.changes.filter((x) => x.type === 'case.event');
    expect(events).toEqual([
      {
        type: 'case.event',
        caseId: c.id,
        eventId: mutation.payload.eventId,
        serverPos: 1,
        at: mutation.payload.at,
        officer: { id: 1, iin: officers.frontDesk.iin },
        workstationId: ws.id,
        event: { type: 'case.intakeStarted', channel: 'office', applicantType: 'individual', taxpayerId: '900314400120' },
        caseInfo: { officeCode: '6205', taxpayerName: '', applicantLocale: 'kk' },
      },
    ]);
    const colleague = await client(sim.url, sim.central.registerWorkstation('6205', 1)).pullAll();
    expect(colleague.changes.filter((x) => x.type === 'case.event')).toEqual(events);
    const elsewhere = await client(sim.url, sim.central.registerWorkstation('6202', 1)).pullAll();
    expect(countBy(elsewhere.changes)).toEqual({ 'reference.regulation': 1, 'reference.calendar': 1, taxpayer: 250 });
  });

  it('names the taxpayer from caseInfo when the desk sends it with the first event', async () => {
    const ws = sim.central.registerWorkstation('6205', 3);
    const c = new DeskCase(ws, seqCounter(), initialCase());
    const m = c.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: demoTaxpayer(0).id });
    const withInfo = { ...m, payload: { ...m.payload, caseInfo: { taxpayerName: 'Өтініш беруші', applicantLocale: 'ru' } } };
    expect((await client(sim.url, ws).push([withInfo])).results[0]?.status).toBe('applied');
    const other = new DeskCase(ws, () => 2, initialCase());
    await client(sim.url, ws).push([other.command(officers.frontDesk, { type: 'startIntake', channel: 'office', applicantType: 'individual', taxpayerId: demoTaxpayer(0).id })]);
    const events = (await client(sim.url, ws).pullAll()).changes.filter((x) => x.type === 'case.event');
    expect(events.map((e) => (e.type === 'case.event' ? e.caseInfo : null))).toEqual([
      { officeCode: '6205', taxpayerName: 'Өтініш беруші', applicantLocale: 'ru' },
      // Without caseInfo the centre names the taxpayer from its registry.
      { officeCode: '6205', taxpayerName: demoTaxpayer(0).name, applicantLocale: 'kk' },
    ]);
  });

  it('cuts a page at the byte budget but always sends at least one change', async () => {
    await sim.close();
    sim = await startCentral({ clock: () => now, taxpayers: 30, pageBytes: 1_000 });
    const api = client(sim.url, sim.central.registerWorkstation('6205', 1));
    let cursor: string | null = null;
    const sizes: number[][] = [];
    for (;;) {
      const page = await api.pull(cursor, 5_000);
      sizes.push(page.changes.map((c) => Buffer.byteLength(JSON.stringify(c))));
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(sizes.flat()).toHaveLength(2 + 4 + 30);
    expect(sizes.length).toBeGreaterThan(5);
    // A change bigger than the budget goes alone (the regulation, the calendar); otherwise a page stays within it.
    for (const page of sizes) expect(page.length === 1 || page.reduce((a, b) => a + b, 0) <= 1_000).toBe(true);
    expect(sizes[0]).toHaveLength(1);
  });

  it('answers reset to a cursor it cannot serve, with a cursor for a full download', async () => {
    const api = client(sim.url, sim.central.registerWorkstation('6205', 1));
    const { cursor } = await api.pullAll();
    const epoch = sim.central.epoch;
    for (const bad of ['garbage', `c1.${epoch}.999999`, 'c1.000000000000.5', `c1.${epoch}.-1`]) {
      const answer = await api.pull(bad);
      expect(answer).toMatchObject({ reset: true, changes: [], hasMore: true, cursor: `c1.${epoch}.0`, remaining: 256 });
    }
    // The reset cursor itself is a full download (no reset loop).
    const again = await api.pull(`c1.${epoch}.0`, 10);
    expect(again).toMatchObject({ reset: false, hasMore: true });

    // Restore from backup: every earlier cursor resets.
    const restored = sim.central.restoreFromBackup();
    expect(restored.epoch).not.toBe(epoch);
    expect(await api.pull(cursor)).toMatchObject({ reset: true, cursor: `c1.${restored.epoch}.0` });
    const full = await api.pullAll(null);
    expect(full.changes).toHaveLength(256);

    // Pruned history: cursors before the horizon reset, one at the horizon still works.
    await startCase();
    const { cursor: current } = await api.pullAll(null);
    sim.central.pruneHistory();
    expect((await api.pull(`c1.${restored.epoch}.10`)).reset).toBe(true);
    expect(await api.pull(current)).toMatchObject({ reset: false, changes: [] });
    await startCase('6205', 8);
    const incremental = await api.pull(current);
    expect(incremental.reset).toBe(false);
    expect(incremental.changes.map((c) => c.type)).toEqual(['case.event']);
  });

  it('rolls the data back on a restore with rollback: what arrived after the backup is gone centrally', async () => {
    const api = client(sim.url, sim.central.registerWorkstation('6205', 1));
    sim.central.backup();
    const { c } = await startCase();
    expect(sim.central.cases().map((x) => x.caseId)).toEqual([c.id]);
    const { cursor } = await api.pullAll();
    sim.central.restoreFromBackup({ rollback: true });
    expect(sim.central.cases()).toEqual([]);
    // The workstation registered before the backup is still known; its cursor resets.
    expect(await api.pull(cursor)).toMatchObject({ reset: true });
    expect((await api.pullAll(null)).changes.some((x) => x.type === 'case.event')).toBe(false);
  });

  it('resets a cursor from another simulator (a different store epoch)', async () => {
    const api = client(sim.url, sim.central.registerWorkstation('6205', 1));
    const { cursor } = await api.pullAll();
    const other = await startCentral({ clock: () => now, seed: 3, taxpayers: 250 });
    try {
      const api2 = client(other.url, other.central.registerWorkstation('6205', 1));
      expect(await api2.pull(cursor)).toMatchObject({ reset: true });
    } finally {
      await other.close();
    }
  });
});
