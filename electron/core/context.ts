// What every core handler gets: the store, the clock, configuration, a logger, and the acting
// officer taken from the host's session (never from call arguments).
import type { ApiName, ApiOutput, ApiParsedInput, OfficerView } from '../../shared/api';
import type { AuditEntry } from './audit/auditLog';
import type { DocumentRenderer } from './documents/renderer';
import type { NumberLeaser } from './numbers/blocks';
import type { WorkstationSettings } from './settings/settings';
import type { Db } from './store/database';
import type { SyncControl } from './sync/control';

export interface Clock {
  now(): Date;
}

/**
 * Wall-clock time at start-up advanced by a monotonic clock: step timers keep counting right
 * if someone changes the system time while an application is at the desk. Across a restart,
 * the timers' stored events carry the times; the next start reads the wall clock again.
 */
export function monotonicClock(): Clock {
  const startWall = Date.now();
  const startMono = performance.now();
  return { now: () => new Date(startWall + (performance.now() - startMono)) };
}

export const systemClock: Clock = monotonicClock();

export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export interface CoreConfig {
  /** Folder with desk.sqlite and backups/; null keeps the store in memory (tests). */
  dataDir: string | null;
  host: 'electron' | 'web' | 'test';
  version: string;
  /** Seed the demo office and officers on first run. */
  demo: boolean;
  sessionHours: number;
  /** scrypt cost for passwords hashed by this core (tests use a cheap one). */
  scryptCost?: number;
  /** Folder with fonts/ (PT Sans): <project>/resources in development and tests, process.resourcesPath when packaged. */
  resourcesDir: string;
  /** How many demo taxpayers a new demo store's registry cache gets. */
  demoRegistrySize: number;
}

export interface CoreDeps {
  db: Db;
  clock: Clock;
  config: CoreConfig;
  log: Logger;
  schemaVersion: number;
  /** The PDF renderer, loaded on first use (@react-pdf takes ~0.4 s to load). */
  documentRenderer(): Promise<DocumentRenderer>;
  workstation: WorkstationSettings;
  /** Where registration-number blocks come from: the local stand-in until sync leases them. */
  numberLeaser: NumberLeaser | null;
  /** Sync with the central system: "off" until a host starts the engine (electron/core/sync). */
  sync: SyncControl;
}

export interface Officer extends OfficerView {
  iin: string;
  officeId: number;
}

/**
 * One connected window (Electron webContents) or socket (web host). The host owns it;
 * only session handlers change who is signed in on it.
 */
export interface Connection {
  readonly id: string;
  session: { tokenHash: string; officerId: number } | null;
}

/** Appends an audit entry; the officer defaults to the acting one. */
export type AuditWrite = (entry: Omit<AuditEntry, 'officerId'> & { officerId?: number | null }) => void;

export interface HandlerContext extends CoreDeps {
  connection: Connection;
  /** The signed-in officer, or null on public calls made before sign-in. */
  officer: Officer | null;
  /** The signed-in officer; the dispatcher has already refused calls that need one. */
  actor(): Officer;
  /** Runs `fn` in one immediate transaction; `audit` appends to the audit log in it. */
  write<T>(fn: (audit: AuditWrite) => T): T;
}

export type Handler<N extends ApiName> = (ctx: HandlerContext, input: ApiParsedInput<N>) => Promise<ApiOutput<N>>;
export type HandlerMap<N extends ApiName> = { [K in N]: Handler<K> };
export type Handlers = HandlerMap<ApiName>;
