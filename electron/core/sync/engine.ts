// The sync engine a host starts and stops. One cycle = push everything pending, pull everything
// new (draining the outbox first if a reset was asked for), then lease numbers if they run low.
// Cycles run on start-up, soon after each local change (debounced), periodically, and after a
// failure with exponential backoff and jitter — retries never stop, so sync resumes by itself when
// the link comes back, and the first success after failures is the "reconnect" (a full cycle).
// Only one cycle runs at a time; a trigger during a cycle runs one more right after it.
import { writeSetting } from '../settings/settings';
import type { CoreDeps } from '../context';
import type { Db } from '../store/database';
import { backoffDelay, defaultBackoff, type BackoffOptions } from './backoff';
import type { SyncConfig } from './config';
import type { LiveSyncState, SyncControl } from './control';
import { asFailure, failures as failure, type SyncFailure } from './failure';
import { centralModeLeaser, leaseIfLow } from './leases';
import { defaultPageSize, pullAll, type PullProgress } from './pull';
import { transportPageReader, workerPageReader, type PageReader, type WorkerFile } from './pageReader';
import { pushAll } from './push';
import type { SyncSession } from './session';
import { pendingCount, readSyncState, updateSyncState } from './syncState';
import { httpTransport, type Transport } from './transport';
import { cmsRequestVerifier, type RequestVerifier } from './verifier';

export interface SyncEngineOptions {
  /** Between successful cycles; null: no periodic sync (tests). */
  periodicMs?: number | null;
  /** After a local change; null: local changes do not trigger a cycle (tests). */
  debounceMs?: number | null;
  timeoutMs?: number;
  pageSize?: number;
  backoff?: BackoffOptions;
  random?: () => number;
  transport?: Transport;
  verifier?: RequestVerifier;
  /** Read pull pages in a worker thread running this file (HTTP transport only; see pageReader.ts). */
  pageReaderWorker?: WorkerFile;
}

export interface OpenedCore {
  db: Db;
  deps: CoreDeps;
}

/** The office this workstation serves: configured, or the only one in the store. */
function officeOf(db: Db, configured: string | null): string {
  if (configured) return configured;
  const codes = db.prepare('SELECT code FROM offices').pluck().all() as string[];
  if (codes.length === 1) return codes[0]!;
  throw new Error(
    codes.length === 0
      ? 'sync: the store has no office yet; configure the office code (--office-code or DESK_OFFICE_CODE)'
      : `sync: the store has ${codes.length} offices; configure which one this workstation serves (--office-code or DESK_OFFICE_CODE)`,
  );
}

export class SyncEngine implements SyncControl {
  private readonly db: Db;
  private readonly deps: CoreDeps;
  private readonly transport: Transport;
  private readonly pages: PageReader;
  private readonly verifier: RequestVerifier;
  private readonly abort = new AbortController();
  private readonly officeCode: string;
  private started = false;
  private stopped = false;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  /** A misconfiguration no retry can fix (another workstation's store): the engine stays idle. */
  private fatal: SyncFailure | null = null;
  private state: Omit<LiveSyncState, 'configured' | 'centralUrl'> = {
    online: null,
    syncing: false,
    failures: 0,
    lastError: null,
    nextAttemptAt: null,
    download: { active: false, done: 0, remaining: null },
    casesReceived: 0,
  };

  constructor(
    core: OpenedCore,
    private readonly config: SyncConfig,
    private readonly options: SyncEngineOptions = {},
  ) {
    this.db = core.db;
    this.deps = core.deps;
    this.officeCode = officeOf(core.db, config.officeCode);
    const now = () => this.deps.clock.now().getTime();
    const http = { baseUrl: config.centralUrl, credential: `${config.workstationId}:${config.secret}`, timeoutMs: options.timeoutMs ?? 30_000, now };
    this.transport = options.transport ?? httpTransport(http);
    this.pages = !options.transport && options.pageReaderWorker ? workerPageReader(http, options.pageReaderWorker, this.deps.log) : transportPageReader(this.transport);
    this.verifier = options.verifier ?? cmsRequestVerifier(config.trustRoots);
  }

  /** Takes over sync for the core: central number leasing, the status, the change notices. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.adoptWorkstationId();
    updateSyncState(this.db, { central_url: this.config.centralUrl, workstation_id: this.config.workstationId, credential_ref: this.config.credentialRef });
    this.deps.numberLeaser = centralModeLeaser(this.deps.numberLeaser);
    this.deps.sync = this;
    this.deps.log.info('sync: started', { centralUrl: this.config.centralUrl, workstationId: this.config.workstationId, office: this.officeCode });
    if (!this.fatal) this.schedule(0);
  }

  /**
   * The credential names the workstation. A store that has never made a change takes that id; a
   * store with history made under another id refuses to sync (copied or restored elsewhere).
   */
  private adoptWorkstationId(): void {
    const stored = this.deps.workstation.workstationId;
    if (stored === this.config.workstationId) return;
    const history = this.db.prepare('SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM case_events) AS n').pluck().get() as number;
    if (history === 0) {
      writeSetting(this.db, 'workstationId', this.config.workstationId);
      this.deps.workstation = { ...this.deps.workstation, workstationId: this.config.workstationId };
      return;
    }
    this.fatal = failure.workstationMismatch(stored, this.config.workstationId);
    this.deps.log.error('sync: not started', { reason: this.fatal.detail });
    this.state.lastError = { kind: this.fatal.kind, message: this.fatal.text, at: this.deps.clock.now().toISOString() };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    this.abort.abort();
    await this.running?.catch(() => {});
    await this.pages.close();
  }

  live(): LiveSyncState {
    return { configured: true, centralUrl: this.config.centralUrl, ...this.state, download: { ...this.state.download } };
  }

  changed(): void {
    const debounce = this.options.debounceMs === undefined ? 1_500 : this.options.debounceMs;
    // After a failure the backoff timer decides; a change does not hammer a struggling server.
    if (debounce === null || this.state.failures > 0) return;
    this.schedule(debounce);
  }

  trigger(): Promise<void> {
    if (this.stopped || this.fatal || !this.started) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.clearTimer();
    this.running = this.loop().finally(() => {
      this.running = null;
      this.scheduleNext();
    });
    return this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      await this.cycle();
    } while (this.again && !this.stopped);
  }

  private session(): SyncSession {
    return {
      db: this.db,
      clock: this.deps.clock,
      log: this.deps.log,
      transport: this.transport,
      pages: this.pages,
      workstationId: this.config.workstationId,
      officeCode: this.officeCode,
      verifier: this.verifier,
      pageSize: this.options.pageSize ?? defaultPageSize,
      signal: this.abort.signal,
    };
  }

  private async cycle(): Promise<void> {
    const s = this.session();
    this.state.syncing = true;
    try {
      await pushAll(s);
      this.state.download = { active: true, done: readSyncState(this.db).pulled_changes, remaining: readSyncState(this.db).pull_remaining };
      let received = this.state.casesReceived;
      const onPage = (progress: PullProgress) => {
        const state = readSyncState(this.db);
        this.state.download = { active: true, done: state.pulled_changes, remaining: state.pull_remaining };
        this.state.casesReceived = received + progress.cases;
      };
      if ((await pullAll(s, onPage)) === 'draining') {
        // A reset waits for the outbox: push once more, then pull from the start if it drained.
        await pushAll(s);
        received = this.state.casesReceived;
        await pullAll(s, onPage);
      }
      // What the pull itself queued (an electronic application's receipt) goes out in this cycle.
      if (pendingCount(this.db) > 0) await pushAll(s);
      await leaseIfLow(s);
      if (this.state.failures > 0) this.deps.log.info('sync: connection restored', { after: this.state.failures });
      this.state.failures = 0;
      this.state.online = true;
      this.state.lastError = null;
      updateSyncState(this.db, { last_success_at: this.deps.clock.now().toISOString() });
    } catch (error) {
      const f = asFailure(error);
      if (f.kind === 'internal') this.deps.log.error('sync: cycle failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      else this.deps.log.warn('sync: cycle failed', { kind: f.kind, reason: f.detail });
      this.state.failures++;
      // A wrong answer still proves the link works; only these mean the central system is unreachable.
      this.state.online = !(f.kind === 'network' || f.kind === 'timeout');
      this.state.lastError = { kind: f.kind, message: f.text, at: this.deps.clock.now().toISOString() };
    } finally {
      this.state.syncing = false;
      this.state.download = { ...this.state.download, active: false };
    }
  }

  private scheduleNext(): void {
    if (this.stopped) return;
    if (this.state.failures > 0) {
      this.schedule(backoffDelay(this.state.failures, this.options.backoff ?? defaultBackoff, this.options.random));
      return;
    }
    const periodic = this.options.periodicMs === undefined ? 60_000 : this.options.periodicMs;
    if (periodic !== null) this.schedule(periodic);
  }

  private schedule(delayMs: number): void {
    if (this.stopped || this.fatal || !this.started) return;
    const at = Date.now() + delayMs;
    if (this.timer && this.timerAt <= at) return;
    this.clearTimer();
    this.timerAt = at;
    this.state.nextAttemptAt = new Date(this.deps.clock.now().getTime() + delayMs).toISOString();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = Infinity;
      void this.trigger();
    }, delayMs);
    // Sync never keeps a process alive on its own.
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.timerAt = Infinity;
    this.state.nextAttemptAt = null;
  }
}
