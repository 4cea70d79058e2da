// Pull: registry, officers, reference data, CRLs and other workstations' cases come down by cursor,
// page by page; a page is applied with its cursor or not at all; a reset waits for the outbox to
// drain and then downloads again without duplicating anything or touching unsynced local work.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kz2025to2027 } from '../../../../../shared/domain/calendar';
import { registryBulkLoading, taxpayerLookup } from '../../../../../electron/core/registry/registryCache';
import { workerPageReader } from '../../../../../electron/core/sync/pageReader';
import { pageReaderFromSource } from '../../../../../electron/core/sync/pageReaderSource';
import { pullAll } from '../../../../../electron/core/sync/pull';
import { pushAll } from '../../../../../electron/core/sync/push';
import { readSyncState } from '../../../../../electron/core/sync/syncState';
import { ensurePki } from '../../../../fixtures/pki/ensurePki';
import { call, expectOk, signedIn } from '../testCore';
import { completeThroughRegistration } from '../intake/intakeDriver';
import { localCase, openDesk, startTestCentral, storeCounts, type Desk, type TestCentral } from './support/desks';

let central: TestCentral;
const desks: Desk[] = [];

beforeEach(async () => {
  central = await startTestCentral({ taxpayers: 300 });
});

afterEach(async () => {
  for (const d of desks.splice(0)) await d.close();
  await central.close();
});

async function desk(number: number, options?: Parameters<typeof openDesk>[2]): Promise<Desk> {
  const d = await openDesk(central, number, options);
  desks.push(d);
  return d;
}

describe('pull', () => {
  it('downloads the registry, officers, reference data and CRLs, page by page with progress', async () => {
    const pki = await ensurePki();
    central.central.publishCrl(pki.crlDer);
    central.central.addCalendarVersion({ ...kz2025to2027, id: 'kz-2025-2027-central' });
    const extra = central.central.addOfficer({ officeCode: '6205', login: 'newcomer', fullName: 'Жаңа Қызметкер', shortName: 'Жаңа Қ.', iin: '880101300123', role: 'processing' });
    const d = await desk(1, { noStart: true });
    const progress: number[] = [];
    await pullAll(d.session({ pageSize: 40 }), (p) => progress.push(p.changes));
    const db = d.core.db;

    expect(progress.length).toBeGreaterThan(7);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const state = readSyncState(db);
    expect(state.pulled_changes).toBe(progress.at(-1));
    expect(state.pull_remaining).toBe(0);
    expect(db.prepare('SELECT count(*) FROM taxpayers WHERE cached_at = ?').pluck().get(d.core.clock.now().toISOString())).toBeGreaterThanOrEqual(300);
    expect(db.prepare('SELECT source FROM calendar_versions WHERE id = ?').pluck().get('kz-2025-2027-central')).toBe('central');
    expect(db.prepare('SELECT issuer, length(der) > 0 AS has, next_update FROM crls').all()).toEqual([
      { issuer: expect.stringContaining('TEST'), has: 1, next_update: expect.any(String) },
    ]);
    // A central officer gets a row with the central id, but no password: nobody signs in as them here.
    expect(db.prepare('SELECT login, role, password_hash FROM officers WHERE id = ?').get(extra.id)).toEqual({ login: 'newcomer', role: 'processing', password_hash: '!' });
    const refused = await call(d.core, d.core.connect(), 'session.signIn', { login: 'newcomer', password: '!' });
    expect(refused.ok).toBe(false);
  });

  it('loads a first download into an empty cache in bulk through the page reader thread, resumable, indexed once complete', async () => {
    const d = await desk(1, { noStart: true, registry: 0 });
    const db = d.core.db;
    const pages = workerPageReader(d.http, pageReaderFromSource, d.log);
    const session = d.session({ pageSize: 40, pages });
    try {
      // The workstation dies after the third page: what came is kept, the index waits.
      const dies = new Error('power cut');
      await expect(
        pullAll(session, (p) => {
          if (p.pages === 3) throw dies;
        }),
      ).rejects.toBe(dies);
      expect(registryBulkLoading(db)).toBe(true);
      const early = db.prepare('SELECT id, version FROM taxpayers ORDER BY rowid LIMIT 1').get() as { id: string; version: number };
      expect(taxpayerLookup(db)(early.id)?.version).toBe(early.version); // answered by scanning meanwhile
      // Meanwhile the registry changes a taxpayer already delivered: it comes again, later in the log.
      central.central.changeTaxpayer(early.id, { address: 'Астана қ., Жаңа көше, 1' });

      expect(await pullAll(session)).toBe('done');
      expect(registryBulkLoading(db)).toBe(false);
      expect(db.prepare('SELECT count(*) = count(DISTINCT id) FROM taxpayers').pluck().get()).toBe(1);
      expect(db.prepare('SELECT count(*) FROM taxpayers').pluck().get()).toBeGreaterThanOrEqual(300);
      expect(taxpayerLookup(db)(early.id)).toMatchObject({ version: early.version + 1, address: 'Астана қ., Жаңа көше, 1' });
      const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM taxpayers WHERE id = ?').all(early.id) as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toMatch(/taxpayers_id/);
      expect(d.log.entries.filter((e) => e.level === 'error')).toEqual([]);
    } finally {
      await pages.close();
    }
  });

  it("brings another workstation's case with its projection, identical on both desks", async () => {
    const [a, b] = [await desk(1), await desk(2)];
    await a.sync();
    const view = await completeThroughRegistration(a.core, await signedIn(a.core, 'frontDesk'), undefined, 'ru');
    await a.sync();
    await b.sync();
    const row = b.core.db.prepare('SELECT office_id, channel, applicant_type, taxpayer_id, taxpayer_name, applicant_locale, state, registration_number, deadline FROM cases WHERE id = ?').get(view.caseId);
    const original = a.core.db.prepare('SELECT office_id, channel, applicant_type, taxpayer_id, taxpayer_name, applicant_locale, state, registration_number, deadline FROM cases WHERE id = ?').get(view.caseId);
    expect(row).toEqual(original);
    expect(localCase(b, view.caseId)).toEqual(localCase(a, view.caseId));
    expect(b.core.db.prepare('SELECT form FROM intake_forms WHERE case_id = ?').pluck().get(view.caseId)).toBe(
      a.core.db.prepare('SELECT form FROM intake_forms WHERE case_id = ?').pluck().get(view.caseId),
    );
    // Desk 2's officers see it in their queue.
    const list = expectOk(await call(b.core, await signedIn(b.core, 'processing'), 'cases.list', {}));
    expect(list.map((c) => c.id)).toContain(view.caseId);
  });

  it('applies a page with its cursor or not at all', async () => {
    const d = await desk(1, { noStart: true });
    await pullAll(d.session());
    const victim = d.core.db.prepare('SELECT id FROM taxpayers ORDER BY id LIMIT 1').pluck().get() as string;
    central.central.changeTaxpayer(victim, { name: 'Renamed Once' });
    // A store that fails in the middle of the page (as a crash would): nothing of it may stay.
    d.core.db.exec(`CREATE TEMP TRIGGER fail_page BEFORE UPDATE ON taxpayers WHEN NEW.name = 'Renamed Once' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    const before = storeCounts(d.core);
    const cursorBefore = readSyncState(d.core.db).pull_cursor;
    await expect(pullAll(d.session())).rejects.toThrow(/injected failure/);
    expect(storeCounts(d.core)).toEqual(before);
    expect(readSyncState(d.core.db).pull_cursor).toBe(cursorBefore);
    d.core.db.exec('DROP TRIGGER temp.fail_page');
    await pullAll(d.session());
    expect(d.core.db.prepare('SELECT name FROM taxpayers WHERE id = ?').pluck().get(victim)).toBe('Renamed Once');
  });

  it('honours a reset only after the outbox has drained, then re-downloads without duplicates', async () => {
    const d = await desk(1);
    await d.sync();
    const desk2 = await desk(2);
    await desk2.sync();
    const remote = await completeThroughRegistration(desk2.core, await signedIn(desk2.core, 'frontDesk'));
    await desk2.sync();
    await d.sync();
    // Local work that is not sent yet.
    const local = expectOk(
      await call(d.core, await signedIn(d.core, 'frontDesk'), 'intake.start', { applicantType: 'individual', taxpayerId: '900314400120', applicantLocale: 'kk', presentedBy: 'applicant' }),
    );
    const pendingBefore = d.core.db.prepare("SELECT count(*) FROM outbox WHERE status = 'pending'").pluck().get() as number;
    expect(pendingBefore).toBeGreaterThan(0);
    const countsBefore = storeCounts(d.core);

    central.central.restoreFromBackup(); // a new epoch: every cursor handed out before is void
    expect(await pullAll(d.session())).toBe('draining');
    expect(readSyncState(d.core.db).reset_pending).toBe(1);
    expect(storeCounts(d.core)).toEqual(countsBefore);
    const status = expectOk(await call(d.core, await signedIn(d.core, 'supervisor'), 'sync.status', {}));
    expect(status.resetPending).toBe(true);
    expect(status.message?.ru).toMatch(/сначала будут отправлены/);

    await pushAll(d.session());
    expect(await pullAll(d.session())).toBe('done');
    const state = readSyncState(d.core.db);
    expect(state.reset_pending).toBe(0);
    expect(state.pulled_changes).toBeGreaterThan(300);
    const after = storeCounts(d.core);
    // Re-fetched from scratch: nothing doubled, nothing lost (only the sent flags and the audit moved).
    expect(after['taxpayers']).toBe(countsBefore['taxpayers']);
    expect(after['case_events']).toBe(countsBefore['case_events']);
    expect(after['cases']).toBe(countsBefore['cases']);
    expect(localCase(d, remote.caseId)?.state).toBe('registered');
    expect(localCase(d, local.caseId)?.state).toBe('intake');
    expect(d.core.db.prepare('SELECT count(*) FROM case_events WHERE case_id = ? AND server_pos IS NULL').pluck().get(local.caseId)).toBe(0);
  });
});
