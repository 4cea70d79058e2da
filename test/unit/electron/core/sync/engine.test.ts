// The engine's schedule with real timers: sync on start-up, soon after a local change, periodically,
// and after failures with growing jittered delays until the link is back — by itself, with no one
// pressing anything. Without a central system it is off and says so.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../../../electron/core/sync/backoff';
import { resolveSyncConfig } from '../../../../../electron/core/sync/config';
import { SyncEngine } from '../../../../../electron/core/sync/engine';
import { call, expectOk, openTestCore, signedIn } from '../testCore';
import { individual } from '../intake/intakeDriver';
import { openDesk, startTestCentral, type Desk, type TestCentral } from './support/desks';

let central: TestCentral | null = null;
const desks: Desk[] = [];

afterEach(async () => {
  for (const d of desks.splice(0)) await d.close();
  await central?.close();
  central = null;
});

async function until(what: string, check: () => boolean, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const lastPull = (d: Desk) => d.core.db.prepare('SELECT last_pull_at FROM sync_state').pluck().get() as string | null;
const pending = (d: Desk) => d.core.db.prepare("SELECT count(*) FROM outbox WHERE status = 'pending'").pluck().get() as number;

describe('sync schedule', () => {
  it('syncs on start-up, after a local change (debounced) and periodically', async () => {
    central = await startTestCentral({ taxpayers: 30 });
    const d = await openDesk(central, 1, { engine: { debounceMs: 20, periodicMs: 150 } });
    desks.push(d);
    await until('the start-up sync', () => lastPull(d) !== null);
    const connection = await signedIn(d.core, 'frontDesk');
    expectOk(await call(d.core, connection, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id, applicantLocale: 'kk', presentedBy: 'applicant' }));
    expect(pending(d)).toBeGreaterThan(0);
    await until('the push after the change', () => pending(d) === 0);
    // A change made centrally arrives with the periodic sync.
    const id = d.core.db.prepare('SELECT id FROM taxpayers ORDER BY id LIMIT 1').pluck().get() as string;
    central.central.changeTaxpayer(id, { address: 'Астана, Мәңгілік Ел 8' });
    await until('the periodic pull', () => d.core.db.prepare('SELECT address FROM taxpayers WHERE id = ?').pluck().get(id) === 'Астана, Мәңгілік Ел 8');
  });

  it('backs off while the link is down and resumes by itself when it is back', async () => {
    central = await startTestCentral();
    const d = await openDesk(central, 1, { engine: { debounceMs: 10, backoff: { baseMs: 20, maxMs: 80 } } });
    desks.push(d);
    await until('the start-up sync', () => lastPull(d) !== null);
    d.link.up = false;
    void d.engine.trigger();
    await until('three failures', () => d.engine.live().failures >= 3);
    const live = d.engine.live();
    expect(live.online).toBe(false);
    expect(live.lastError?.kind).toBe('network');
    expect(live.lastError?.message.ru).toMatch(/Нет связи/);
    expect(live.nextAttemptAt).not.toBeNull();
    // A local change during the outage is kept and goes out once the link is back, untouched.
    const connection = await signedIn(d.core, 'frontDesk');
    const view = expectOk(await call(d.core, connection, 'intake.start', { applicantType: 'individual', taxpayerId: individual.id, applicantLocale: 'kk', presentedBy: 'applicant' }));
    d.link.up = true;
    await until('the automatic retry', () => d.engine.live().failures === 0 && pending(d) === 0);
    expect(d.engine.live()).toMatchObject({ online: true, lastError: null });
    expect(d.log.entries.some((e) => e.message === 'sync: connection restored')).toBe(true);
    expect(central.central.cases().map((c) => c.caseId)).toContain(view.caseId);
  });

  it('grows the retry delay exponentially, with jitter, up to the cap', () => {
    const options = { baseMs: 1_000, maxMs: 60_000 };
    expect(backoffDelay(1, options, () => 1)).toBe(1_000);
    expect(backoffDelay(4, options, () => 1)).toBe(8_000);
    expect(backoffDelay(40, options, () => 1)).toBe(60_000);
    expect(backoffDelay(4, options, () => 0)).toBe(800);
    const draws = Array.from({ length: 200 }, () => backoffDelay(5, options));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(1_600);
    expect(Math.max(...draws)).toBeLessThanOrEqual(16_000);
    expect(new Set(draws).size).toBeGreaterThan(100);
  });

  it('is off without a central system, and says so', async () => {
    const core = await openTestCore();
    try {
      const connection = await signedIn(core, 'frontDesk');
      const status = expectOk(await call(core, connection, 'sync.status', {}));
      expect(status).toMatchObject({ configured: false, online: null, unsent: 0, message: { ru: expect.stringMatching(/Синхронизация выключена/) } });
      expect(expectOk(await call(core, connection, 'sync.now', {})).configured).toBe(false);
      expect(resolveSyncConfig({}, {})).toEqual({ status: 'off' });
      expect(resolveSyncConfig({ centralUrl: 'https://central.example' }, {})).toMatchObject({ status: 'invalid' });
      expect(resolveSyncConfig({}, { DESK_CENTRAL_URL: 'https://c.example/', DESK_WORKSTATION_CREDENTIAL: 'not-a-credential' })).toMatchObject({ status: 'invalid' });
      const on = resolveSyncConfig({ officeCode: '6205' }, { DESK_CENTRAL_URL: 'https://c.example/', DESK_WORKSTATION_CREDENTIAL: `${core.deps.workstation.workstationId}:s3cret` });
      expect(on).toMatchObject({ status: 'on', config: { centralUrl: 'https://c.example', secret: 's3cret', credentialRef: 'env:DESK_WORKSTATION_CREDENTIAL' } });
    } finally {
      core.close();
    }
  });

  it("takes the credential's workstation id on a fresh store and refuses another workstation's store", async () => {
    central = await startTestCentral();
    const fresh = await openTestCore({ demo: true });
    const ws = central.central.registerWorkstation('6205', 7);
    const engine = new SyncEngine(fresh, { centralUrl: central.url, workstationId: ws.id, secret: ws.secret, credentialRef: 'test', officeCode: '6205', trustRoots: [] }, { periodicMs: null });
    engine.start();
    await engine.trigger();
    expect(fresh.deps.workstation.workstationId).toBe(ws.id);
    expect(engine.live().lastError).toBeNull();
    await engine.stop();
    fresh.close();

    const dataDir = mkdtempSync(join(tmpdir(), 'desk-sync-'));
    const used = await openTestCore({ dataDir });
    expectOk(await call(used, await signedIn(used, 'frontDesk'), 'intake.start', { applicantType: 'individual', taxpayerId: individual.id, applicantLocale: 'kk', presentedBy: 'applicant' }));
    const other = central.central.registerWorkstation('6205', 8);
    const refused = new SyncEngine(used, { centralUrl: central.url, workstationId: other.id, secret: other.secret, credentialRef: 'test', officeCode: '6205', trustRoots: [] });
    refused.start();
    await refused.trigger();
    expect(refused.live().lastError).toMatchObject({ kind: 'workstationMismatch' });
    const status = expectOk(await call(used, await signedIn(used, 'supervisor'), 'sync.status', {}));
    expect(status.message?.ru).toMatch(/принадлежит рабочему месту/);
    expect(pending({ core: used } as Desk)).toBeGreaterThan(0);
    expect(central.central.cases()).toEqual([]);
    await refused.stop();
    used.close();
  });

  it("counts the cases sync brought (others' work, electronic arrivals), not this desk's own echoed back", async () => {
    central = await startTestCentral();
    const [a, b] = [await openDesk(central, 1), await openDesk(central, 2)];
    desks.push(a, b);
    expect((await a.sync()).casesReceived).toBe(0);
    expect((await b.sync()).casesReceived).toBe(0);
    expectOk(await call(a.core, await signedIn(a.core, 'frontDesk'), 'intake.start', { applicantType: 'individual', taxpayerId: individual.id, applicantLocale: 'kk', presentedBy: 'applicant' }));
    // Desk 1's own case comes back from the central log with its position: no news to desk 1.
    expect((await a.sync()).casesReceived).toBe(0);
    expect(a.core.db.prepare('SELECT count(*) FROM case_events WHERE server_pos IS NULL').pluck().get()).toBe(0);
    expect((await b.sync()).casesReceived).toBe(1);
    await central.central.generateApplications({ officeCode: '6205', count: 2 });
    expect((await b.sync()).casesReceived).toBe(3);
    expect((await b.sync()).casesReceived).toBe(3);
    const status = expectOk(await call(b.core, await signedIn(b.core, 'processing'), 'sync.status', {}));
    expect(status.casesReceived).toBe(3);
  });
});
