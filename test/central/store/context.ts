// What every central operation works with: the database, the change log over it, and the
// central clock (the simulator's clock, which a fault may skew).
import type { CentralDb } from './db';
import type { ChangeLog } from './changeLog';

export interface CentralContext {
  db: CentralDb;
  log: ChangeLog;
  /** The central clock (already skewed when the clock fault is on). */
  now(): Date;
}
