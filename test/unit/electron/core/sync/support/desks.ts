// Test kit for sync: the central-system simulator (test/central) on 127.0.0.1 with a shared test
// clock, and workstation cores ("desks") registered with it, each with its own sync engine (no
// timers unless asked), a link that can be cut, and a logger that keeps what was logged.
import type { Logger } from '../../../../../../electron/core/context';
import type { Core } from '../../../../../../electron/core/core';
import { SyncEngine, type SyncEngineOptions } from '../../../../../../electron/core/sync/engine';
import { failures } from '../../../../../../electron/core/sync/failure';
import type { SyncSession } from '../../../../../../electron/core/sync/session';
import { cmsRequestVerifier } from '../../../../../../electron/core/sync/verifier';
import { httpTransport, type HttpTransportOptions, type Transport } from '../../../../../../electron/core/sync/transport';
import { ensurePki } from '../../../../../fixtures/pki/ensurePki';
import { startCentral, type RunningCentral, type StartOptions } from '../../../../../central';
import { openTestCore, TestClock } from '../../testCore';

export const officeCode = '6205';

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  message: string;
  data?: Record<string, unknown>;
}

export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const push = (level: LogEntry['level']) => (message: string, data?: Record<string, unknown>) => {
    entries.push({ level, message, ...(data ? { data } : {}) });
  };
  return { entries, info: push('info'), warn: push('warn'), error: push('error') };
}

/** A cable that can be pulled: while down, every request fails like an unreachable host. */
export class Link {
  up = true;
  requests = 0;
  wrap(inner: Transport): Transport {
    return {
      post: (path, body, signal) => {
        this.requests++;
        return this.up ? inner.post(path, body, signal) : Promise.reject(failures.network('ECONNREFUSED (link down in the test)'));
      },
    };
  }
}

export interface TestCentral extends RunningCentral {
  clock: TestClock;
}

export async function startTestCentral(options: StartOptions = {}, clock = new TestClock()): Promise<TestCentral> {
  const running = await startCentral({ seed: 11, ...options, clock: () => clock.now() });
  return Object.assign(running, { clock });
}

export interface Desk {
  number: number;
  core: Core & { clock: TestClock };
  engine: SyncEngine;
  link: Link;
  log: ReturnType<typeof recordingLogger>;
  /** The engine's transport (through the link), for tests that call push/pull directly. */
  transport: Transport;
  /** What the HTTP transport is made of (for a page reader thread of the desk's own). */
  http: HttpTransportOptions;
  /** A session like the engine's, for calling push, pull and lease one by one. */
  session(overrides?: Partial<SyncSession>): SyncSession;
  /** Runs one sync cycle (push, pull, lease) and returns the engine's live state after it. */
  sync(): Promise<ReturnType<SyncEngine['live']>>;
  close(): Promise<void>;
}

export interface DeskOptions {
  dataDir?: string;
  engine?: SyncEngineOptions;
  timeoutMs?: number;
  /** Do not start the engine (a test that wants to look at the store first). */
  noStart?: boolean;
  /** Demo taxpayers in the desk's registry cache at start (default 20; 0: a first download is a bulk load). */
  registry?: number;
}

export async function openDesk(central: TestCentral, number: number, options: DeskOptions = {}): Promise<Desk> {
  const log = recordingLogger();
  const core = await openTestCore({ clock: central.clock, workstationNo: number, demoRegistrySize: options.registry ?? 20, log, ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
  const ws = central.central.registerWorkstation(officeCode, number, { workstationId: core.deps.workstation.workstationId, secret: `secret-${number}` });
  const link = new Link();
  const http = { baseUrl: central.url, credential: `${ws.id}:${ws.secret}`, timeoutMs: options.timeoutMs ?? 5_000, now: () => core.clock.now().getTime() };
  const transport = link.wrap(httpTransport(http));
  const pki = await ensurePki();
  const engine = new SyncEngine(
    core,
    { centralUrl: central.url, workstationId: ws.id, secret: ws.secret, credentialRef: 'test', officeCode, trustRoots: [pki.rootPem] },
    { periodicMs: null, debounceMs: null, backoff: { baseMs: 5, maxMs: 20 }, transport, ...options.engine },
  );
  if (!options.noStart) engine.start();
  return {
    number,
    core,
    engine,
    link,
    log,
    transport,
    http,
    session: (overrides = {}) => ({
      db: core.db,
      clock: core.clock,
      log,
      transport,
      workstationId: ws.id,
      officeCode,
      verifier: cmsRequestVerifier([pki.rootPem]),
      pageSize: 5_000,
      ...overrides,
    }),
    async sync() {
      if (!options.noStart) engine.start();
      await engine.trigger();
      return engine.live();
    },
    async close() {
      await engine.stop();
      core.close();
    },
  };
}

/** Syncs every desk in turn until a full round changes nothing (or gives up after `rounds`). */
export async function syncUntilQuiet(desks: readonly Desk[], rounds = 6): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    const before = desks.map(fingerprint).join('|');
    for (const desk of desks) {
      const live = await desk.sync();
      if (live.lastError) throw new Error(`desk ${desk.number}: ${live.lastError.kind}: ${live.lastError.message.ru}`);
    }
    if (round > 0 && desks.map(fingerprint).join('|') === before) return;
  }
}

function fingerprint(desk: Desk): string {
  const db = desk.core.db;
  return JSON.stringify([
    db.prepare("SELECT count(*) FROM outbox WHERE status = 'pending'").pluck().get(),
    db.prepare('SELECT count(*) FROM case_events WHERE server_pos IS NOT NULL').pluck().get(),
    db.prepare('SELECT count(*) FROM case_events').pluck().get(),
    db.prepare('SELECT pull_cursor FROM sync_state').pluck().get(),
  ]);
}

/** The local view of one case, comparable with the central one. */
export function localCase(desk: Desk, caseId: string): { state: string; eventCount: number; registrationNumber: string | null; snapshot: unknown } | null {
  const db = desk.core.db;
  const row = db.prepare('SELECT state, registration_number, snapshot FROM cases WHERE id = ?').get(caseId) as
    | { state: string; registration_number: string | null; snapshot: string }
    | undefined;
  if (!row) return null;
  const eventCount = db.prepare('SELECT count(*) FROM case_events WHERE case_id = ? AND server_pos IS NOT NULL').pluck().get(caseId) as number;
  return { state: row.state, eventCount, registrationNumber: row.registration_number, snapshot: JSON.parse(row.snapshot) };
}

/** Every table's row count: "the store is unchanged" in one comparable value. */
export function storeCounts(core: Core): Record<string, number> {
  const tables = core.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, core.db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
}
