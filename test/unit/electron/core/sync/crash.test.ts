// Crash safety: the workstation process is killed with SIGKILL at a random moment of a push or of a
// pull, fifty times, while officers keep adding work between runs and the central system keeps
// changing (other desks' cases, registry updates, applications, a restore that forces a full
// re-download). After every kill the store passes integrity_check and nothing is lost or doubled;
// at the end one clean run converges with the central store.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../../electron/core/store/database';
import { seededRandom } from '../../../../central/prng';
import type { WorkstationCredential } from '../../../../central/store/directory';
import { ensurePki } from '../../../../fixtures/pki/ensurePki';
import { openTestCore, signedIn, tempDir } from '../testCore';
import { completeThroughRegistration } from '../intake/intakeDriver';
import { advance, startIntake } from './support/officeActions';
import { openDesk, startTestCentral, type Desk, type TestCentral } from './support/desks';

const runs = Number(process.env['CRASH_RUNS'] ?? 50);
const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const driver = fileURLToPath(new URL('./support/crashDriver.ts', import.meta.url));

let central: TestCentral;
let other: Desk;
let dataDir: string;
let credential: WorkstationCredential;
let rootPem: string;

beforeAll(async () => {
  central = await startTestCentral({ taxpayers: 3_000 });
  other = await openDesk(central, 2);
  await other.sync();
  dataDir = tempDir('desk-crash-');
  const core = await openTestCore({ dataDir, workstationNo: 1, clock: central.clock });
  credential = central.central.registerWorkstation('6205', 1, { workstationId: core.deps.workstation.workstationId, secret: 'crash-secret' });
  core.close();
  rootPem = (await ensurePki()).path((await ensurePki()).manifest.root);
});

afterAll(async () => {
  await other.close();
  await central.close();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Run {
  lines: string[];
  killedAfter: string | null;
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Driver {
  /** Starts the sync; kills the process `delayMs` after its first line starting with `phase` (null: never). */
  go(phase: 'push' | 'pull' | null, delayMs: number): Promise<Run>;
}

/**
 * Starts a driver process that loads its modules and waits: the next one is started while the
 * parent checks the store and adds work, so a restart costs little more than the sync itself.
 */
function spawnDriver(): Driver {
  const child = spawn(process.execPath, ['--import', 'tsx', driver], {
    cwd: root,
    env: {
      ...process.env,
      DESK_DB: join(dataDir, 'desk.sqlite'),
      CENTRAL_URL: central.url,
      CREDENTIAL: `${credential.id}:${credential.secret}`,
      ROOT_PEM: rootPem,
      PAGE_SIZE: '60',
      PUSH_BATCH: '15',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const run: Run = { lines: [], killedAfter: null, code: null, signal: null };
  let target: { phase: 'push' | 'pull' | null; delayMs: number } | null = null;
  let armed = false;
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      run.lines.push(line);
      if (target?.phase && !armed && line.startsWith(target.phase)) {
        armed = true;
        setTimeout(() => {
          if (child.exitCode === null) {
            run.killedAfter = run.lines.at(-1) ?? null;
            child.kill('SIGKILL');
          }
        }, target.delayMs);
      }
    }
  });
  const exited = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      run.code = code;
      run.signal = signal;
      if (code !== 0 && signal === null) reject(new Error(`driver failed (${code}): ${run.lines.join('\n')}\n${stderr}`));
      else resolve(run);
    });
  });
  exited.catch(() => {});
  return {
    go(phase, delayMs) {
      target = { phase, delayMs };
      child.stdin.write(`go ${central.clock.now().toISOString()}\n`);
      const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
      return exited.finally(() => clearTimeout(guard));
    },
  };
}

/** What must hold after any crash: an intact store, every local event kept, nothing doubled. */
function checkStore(db: Db, tracked: ReadonlySet<string>): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  const local = new Set(db.prepare('SELECT event_id FROM case_events WHERE workstation_id = ?').pluck().all(credential.id) as string[]);
  for (const id of tracked) expect(local.has(id), `event ${id} lost`).toBe(true);
  // Each local event has exactly one outbox row; none was lost or duplicated.
  const unmatched = db
    .prepare(
      `SELECT e.event_id, (SELECT count(*) FROM outbox o WHERE o.kind = 'case.event' AND json_extract(o.payload, '$.eventId') = e.event_id) AS n
       FROM case_events e WHERE e.workstation_id = ? AND n <> 1`,
    )
    .all(credential.id);
  expect(unmatched).toEqual([]);
  expect(db.prepare("SELECT seq, quarantine_code, json_extract(payload, '$.event.type') AS type FROM outbox WHERE status NOT IN ('pending', 'sent')").all()).toEqual([]);
  // What the store says was sent, the central system has — once, at the position recorded here.
  const centralDb = central.central.ctx.db;
  for (const mutationId of db.prepare("SELECT mutation_id FROM outbox WHERE status = 'sent'").pluck().all() as string[]) {
    // Applied — or its event already came from another desk (an electronic receipt both recorded).
    const record = centralDb.prepare('SELECT status, code FROM mutations WHERE mutation_id = ?').get(mutationId) as { status: string; code: string | null } | undefined;
    expect(record, `sent ${mutationId} unknown centrally`).toBeDefined();
    if (record!.status !== 'applied') expect(record).toEqual({ status: 'rejected', code: 'duplicateEvent' });
  }
  for (const e of db.prepare('SELECT event_id, server_pos FROM case_events WHERE server_pos IS NOT NULL').all() as { event_id: string; server_pos: number }[]) {
    expect(centralDb.prepare('SELECT server_pos FROM case_events WHERE event_id = ?').pluck().all(e.event_id)).toEqual([e.server_pos]);
  }
}

describe('crash safety', () => {
  it(`survives ${runs} SIGKILLs during push and pull`, { timeout: 120_000 }, async () => {
    const rnd = seededRandom(4242);
    const tracked = new Set<string>();
    const kills = { push: 0, pull: 0, finished: 0 };
    const taxpayerIds = central.central.ctx.db.prepare("SELECT json_extract(body, '$.taxpayer.id') FROM changes WHERE type = 'taxpayer'").pluck().all() as string[];
    const started = Date.now();

    let next = spawnDriver();
    for (let i = 0; i < runs; i++) {
      // Officers work at this desk between runs (the store is closed while the driver runs).
      const t1 = Date.now();
      const core = await openTestCore({ dataDir, workstationNo: 1, clock: central.clock });
      const desk = await signedIn(core, 'frontDesk');
      if (i % 4 === 0) await completeThroughRegistration(core, desk);
      const caseId = await startIntake(core, desk, i);
      if (caseId) await advance(core, desk, caseId);
      for (const id of core.db.prepare('SELECT event_id FROM case_events WHERE workstation_id = ?').pluck().all(credential.id) as string[]) tracked.add(id);
      core.close();
      // The office and the centre move on too.
      if (i % 3 === 0) {
        const view = await startIntake(other.core, await signedIn(other.core, 'frontDesk'), 100 + i);
        if (view) await other.sync();
      }
      for (let k = 0; k < 250; k++) central.central.changeTaxpayer(taxpayerIds[Math.floor(rnd() * taxpayerIds.length)]!, { address: `Run ${i}, ${k}` });
      if (i % 10 === 5) await central.central.generateApplications({ officeCode: '6205', count: 2 });
      if (i === 17 || i === 34) central.central.restoreFromBackup(); // a new epoch: the next pull starts over

      const phase = i % 2 === 0 ? 'push' : 'pull';
      const t0 = Date.now();
      const run = await next.go(phase, Math.floor(rnd() * (phase === 'push' ? 30 : 100)));
      next = spawnDriver();
      if (process.env['CRASH_DEBUG']) console.log(i, 'work', t0 - t1, 'child', Date.now() - t0, run.killedAfter, run.lines.length);
      // Killed in the middle of the phase aimed at: its last words were that phase's progress.
      if (run.signal === 'SIGKILL' && run.killedAfter?.startsWith(phase)) kills[phase]++;
      else kills.finished++;

      const t2 = Date.now();
      const db = openDatabase(join(dataDir, 'desk.sqlite'));
      try {
        checkStore(db, tracked);
      } finally {
        db.close();
      }
      if (process.env['CRASH_DEBUG']) console.log(i, 'check', Date.now() - t2);
    }

    // One clean run: everything reaches the central system and comes back, exactly once.
    const final = await next.go(null, 0);
    expect(final.lines.at(-1)).toBe('done');
    const db = openDatabase(join(dataDir, 'desk.sqlite'));
    try {
      checkStore(db, tracked);
      expect(db.prepare("SELECT count(*) FROM outbox WHERE status = 'pending'").pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM case_events WHERE server_pos IS NULL').pluck().get()).toBe(0);
      for (const c of central.central.cases('6205')) {
        expect(db.prepare('SELECT count(*) FROM case_events WHERE case_id = ?').pluck().get(c.caseId), c.caseId).toBe(c.eventCount);
        expect(db.prepare('SELECT state FROM cases WHERE id = ?').pluck().get(c.caseId)).toBe(c.state);
      }
      const versions = new Map(
        (central.central.ctx.db.prepare("SELECT json_extract(body, '$.taxpayer.id') AS id, json_extract(body, '$.taxpayer.version') AS v FROM changes WHERE type = 'taxpayer'").all() as { id: string; v: number }[]).map((r) => [r.id, r.v]),
      );
      const mismatched = (db.prepare('SELECT id, version FROM taxpayers').all() as { id: string; version: number }[]).filter((t) => versions.has(t.id) && versions.get(t.id) !== t.version);
      expect(mismatched).toEqual([]);
    } finally {
      db.close();
    }
    console.log(`crash: ${runs} runs in ${Date.now() - started} ms — killed during push ${kills.push}, during pull ${kills.pull}, killed elsewhere or finished first ${kills.finished}`);
    expect(kills.push).toBeGreaterThan(runs / 4);
    expect(kills.pull).toBeGreaterThan(runs / 4);
  });
});
