// What every core handler gets: the store, the clock, configuration, a logger, and the acting
// officer taken from the host's session (never from call arguments).
import type { ApiName, ApiOutput, ApiParsedInput, OfficerView } from '../../shared/api';
import type { AuditEntry } from './audit/auditLog';
import type { Db } from './store/database';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

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
}

export interface CoreDeps {
  db: Db;
  clock: Clock;
  config: CoreConfig;
  log: Logger;
  schemaVersion: number;
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
