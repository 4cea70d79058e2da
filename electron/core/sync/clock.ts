// The central system's clock as seen from this workstation. Every answer carries `serverTime`;
// the offset is taken against the midpoint of the exchange (as NTP does), stored, and used to
// correct what is *shown* (today's date for deadlines) — stored data keeps the workstation's own
// timestamps. A workstation more than five minutes off is flagged (Actual caps drift the same way).
import { localized, type Localized } from '../../../shared/i18n';
import type { IsoDate } from '../../../shared/domain/types';
import type { Db } from '../store/database';
import { kzDate } from '../time';
import { readSyncState, updateSyncState } from './syncState';
import type { Exchange } from './transport';

export const driftLimitMs = 5 * 60_000;

/** central − workstation, in ms, from one exchange and the server time it reported. */
export function offsetOf(exchange: Pick<Exchange, 'sentAt' | 'receivedAt'>, serverTime: string): number {
  const midpoint = (exchange.sentAt + exchange.receivedAt) / 2;
  return Math.round(Date.parse(serverTime) - midpoint);
}

/** Records the offset learned from an answer (inside the caller's transaction if any). */
export function recordServerTime(db: Db, exchange: Pick<Exchange, 'sentAt' | 'receivedAt'>, serverTime: string): number {
  const offset = offsetOf(exchange, serverTime);
  updateSyncState(db, { clock_offset_ms: offset, clock_checked_at: new Date(exchange.receivedAt).toISOString() });
  return offset;
}

export function clockOffset(db: Db): number {
  return readSyncState(db).clock_offset_ms ?? 0;
}

/** The central system's idea of "now", from the workstation clock and the last known offset. */
export function correctedNow(db: Db, now: Date): Date {
  return new Date(now.getTime() + clockOffset(db));
}

/** Today in Kazakhstan by the central clock: the date deadlines are counted against on screen. */
export function correctedToday(db: Db, now: Date): IsoDate {
  return kzDate(correctedNow(db, now));
}

export interface ClockView {
  offsetMs: number | null;
  checkedAt: string | null;
  drift: boolean;
  today: IsoDate;
  message: Localized | null;
}

export function clockView(db: Db, now: Date): ClockView {
  const state = readSyncState(db);
  const offset = state.clock_offset_ms;
  const drift = offset !== null && Math.abs(offset) > driftLimitMs;
  return {
    offsetMs: offset,
    checkedAt: state.clock_checked_at,
    drift,
    today: kzDate(new Date(now.getTime() + (offset ?? 0))),
    message: drift ? localized('sync.clockDrift', { minutes: Math.round(Math.abs(offset) / 60_000) }) : null,
  };
}
