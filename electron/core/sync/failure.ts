// Why a sync attempt failed, as data: a kind the scheduler acts on (retry with backoff, or stop),
// a detail for the log, and the kk/ru text the status shows — an officer never sees a bare
// "sending failed" (the ODK complaint).
import { localized, type Localized } from '../../../shared/i18n';

export type FailureKind = 'network' | 'timeout' | 'http' | 'auth' | 'oversized' | 'malformed' | 'resetLoop' | 'workstationMismatch' | 'internal';

export class SyncFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    /** For the log: what exactly went wrong (never shown as the only explanation). */
    readonly detail: string,
    readonly text: Localized,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'SyncFailure';
  }

  /** Whether trying again later may help; a misconfigured workstation needs an administrator. */
  get retryable(): boolean {
    return this.kind !== 'workstationMismatch';
  }
}

const short = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max)}…` : text);

export const failures = {
  network: (detail: string) => new SyncFailure('network', detail, localized('sync.failure.network', { detail: short(detail, 120) })),
  timeout: (ms: number) => new SyncFailure('timeout', `no answer within ${ms} ms`, localized('sync.failure.timeout', { seconds: Math.round(ms / 1000) })),
  http: (status: number, body: string) => new SyncFailure('http', `HTTP ${status}: ${short(body)}`, localized('sync.failure.http', { status })),
  auth: (status: number, body: string) => new SyncFailure('auth', `HTTP ${status}: ${short(body)}`, localized('sync.failure.auth', { status })),
  oversized: (limit: number) => new SyncFailure('oversized', `response larger than ${limit} bytes`, localized('sync.failure.oversized', { bytes: limit })),
  malformed: (detail: string) => new SyncFailure('malformed', detail, localized('sync.failure.malformed', { detail: short(detail, 160) })),
  resetLoop: () => new SyncFailure('resetLoop', 'the central system asked for a reset of a download that started from scratch', localized('sync.failure.resetLoop')),
  workstationMismatch: (stored: string, configured: string) =>
    new SyncFailure('workstationMismatch', `store of ${stored}, credential of ${configured}`, localized('sync.failure.workstationMismatch', { stored, configured })),
};

/** Any error as a SyncFailure; an unexpected one (a bug, a store error) is 'internal' and logged with its stack by the caller. */
export function asFailure(error: unknown): SyncFailure {
  if (error instanceof SyncFailure) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new SyncFailure('internal', detail, localized('sync.failure.internal', { detail: short(detail, 160) }));
}
