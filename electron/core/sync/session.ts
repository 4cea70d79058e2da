// What one sync exchange needs: the store, the workstation clock, the log, the transport, and who
// this workstation is to the central system. Push, pull and lease are plain functions of it.
import type { Clock, Logger } from '../context';
import type { Db } from '../store/database';
import type { PageReader } from './pageReader';
import type { Transport } from './transport';
import type { RequestVerifier } from './verifier';

export interface SyncSession {
  db: Db;
  clock: Clock;
  log: Logger;
  transport: Transport;
  /** How pull pages are read; by default inline over `transport`. */
  pages?: PageReader;
  /** The id the central system knows this workstation by (the one in its credential). */
  workstationId: string;
  /** This workstation's office: leases are for it, and cases arriving without one belong to it. */
  officeCode: string;
  verifier: RequestVerifier;
  /** Changes asked for per pull request (≤ the protocol's page limit). */
  pageSize: number;
  /** Aborts the exchange in flight (the engine stopping). */
  signal?: AbortSignal;
}
