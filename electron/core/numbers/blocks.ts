// Offline-safe registration numbers (§5.1.d). Numbers come from blocks leased to this
// workstation in advance, so registering needs no network; a number is taken once, in order,
// and journalled as issued, voided or expired — never reused, never changed once printed.
import { randomUUID } from 'node:crypto';
import { DeskError } from '../../../shared/api';
import type { Db } from '../store/database';

/** Number series leased in blocks: incoming registration numbers and issue-journal numbers. */
export type NumberSeries = 'registration' | 'journal';

export interface LeasedBlock {
  id: string;
  series: NumberSeries;
  officeCode: string;
  year: number;
  firstSeq: number;
  lastSeq: number;
  source: 'local' | 'central';
  leasedAt: string;
  expiresAt: string;
}

export interface LeaseRequest {
  series: NumberSeries;
  officeCode: string;
  year: number;
  size: number;
  now: Date;
}

/**
 * Where blocks come from. The central system leases them through sync; until a workstation can
 * reach it, the local stand-in below gives each workstation its own disjoint range.
 */
export interface NumberLeaser {
  lease(db: Db, request: LeaseRequest): LeasedBlock | null;
}

export const blockSize = 100;
/** Refill when fewer numbers than this are left (DHIS2 keeps a similar low-water mark). */
export const lowWaterMark = 20;
export const blockLifetimeDays = 60;
const rangePerWorkstation = 100_000;

export function formatRegistrationNumber(officeCode: string, year: number, seq: number): string {
  return `${officeCode}-${year}-${String(seq).padStart(7, '0')}`;
}

/** Journal numbers (Appendix 2, column 1) are told apart from incoming numbers by their prefix. */
export function formatNumber(series: NumberSeries, officeCode: string, year: number, seq: number): string {
  const number = formatRegistrationNumber(officeCode, year, seq);
  return series === 'journal' ? `Ж-${number}` : number;
}

export function insertBlock(db: Db, block: LeasedBlock): void {
  db.prepare(
    `INSERT INTO number_blocks (id, series, office_code, year, first_seq, last_seq, source, leased_at, expires_at)
     VALUES (@id, @series, @officeCode, @year, @firstSeq, @lastSeq, @source, @leasedAt, @expiresAt)`,
  ).run(block);
}

/**
 * The stand-in for the central lease: workstation N of an office owns sequence numbers
 * N·100000+1 … N·100000+99999 of each year, so two workstations never issue the same number
 * even if neither ever reaches the network.
 */
export function localLeaser(workstationNo: number | (() => number)): NumberLeaser {
  // A function: an administrator may renumber the workstation while it runs.
  const number = typeof workstationNo === 'function' ? workstationNo : () => workstationNo;
  const range = () => {
    const n = number();
    if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`workstation number must be 1–99, got ${n}`);
    const rangeStart = n * rangePerWorkstation + 1;
    return { rangeStart, rangeEnd: rangeStart + rangePerWorkstation - 2 };
  };
  range();
  return {
    lease(db, { series, officeCode, year, size, now }) {
      const { rangeStart, rangeEnd } = range();
      const { last } = db
        .prepare('SELECT max(last_seq) AS last FROM number_blocks WHERE series = ? AND office_code = ? AND year = ? AND first_seq BETWEEN ? AND ?')
        .get(series, officeCode, year, rangeStart, rangeEnd) as { last: number | null };
      const firstSeq = (last ?? rangeStart - 1) + 1;
      if (firstSeq > rangeEnd) return null;
      return {
        id: randomUUID(),
        series,
        officeCode,
        year,
        firstSeq,
        lastSeq: Math.min(rangeEnd, firstSeq + size - 1),
        source: 'local',
        leasedAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + blockLifetimeDays * 86_400_000).toISOString(),
      };
    },
  };
}

interface BlockRow {
  id: string;
  first_seq: number;
  last_seq: number;
  used: number;
}

/** Journals the unused numbers of blocks past their expiry as 'expired' (gaps are accounted). */
export function expireBlocks(db: Db, now: Date): number {
  const expired = db
    .prepare(
      `SELECT b.id, b.series, b.first_seq, b.last_seq, b.office_code, b.year,
              (SELECT count(*) FROM registration_numbers r WHERE r.block_id = b.id) AS used
       FROM number_blocks b WHERE b.expires_at <= ?`,
    )
    .all(now.toISOString()) as (BlockRow & { series: NumberSeries; office_code: string; year: number })[];
  const journal = db.prepare(
    "INSERT INTO registration_numbers (number, block_id, seq, status, at, note) VALUES (?, ?, ?, 'expired', ?, 'block lease expired')",
  );
  let count = 0;
  for (const block of expired) {
    for (let seq = block.first_seq + block.used; seq <= block.last_seq; seq++) {
      journal.run(formatNumber(block.series, block.office_code, block.year, seq), block.id, seq, now.toISOString());
      count++;
    }
  }
  return count;
}

/** Numbers of a series still available to this workstation for that office and year. */
export function availableNumbers(db: Db, officeCode: string, year: number, now: Date, series: NumberSeries = 'registration'): number {
  const { left } = db
    .prepare(
      `SELECT coalesce(sum(b.last_seq - b.first_seq + 1 -
         (SELECT count(*) FROM registration_numbers r WHERE r.block_id = b.id)), 0) AS left
       FROM number_blocks b WHERE b.series = ? AND b.office_code = ? AND b.year = ? AND b.expires_at > ?`,
    )
    .get(series, officeCode, year, now.toISOString()) as { left: number };
  return left;
}

function nextFree(db: Db, series: NumberSeries, officeCode: string, year: number, now: Date): { block: BlockRow; seq: number } | null {
  const block = db
    .prepare(
      `SELECT b.id, b.first_seq, b.last_seq,
              (SELECT count(*) FROM registration_numbers r WHERE r.block_id = b.id) AS used
       FROM number_blocks b
       WHERE b.series = ? AND b.office_code = ? AND b.year = ? AND b.expires_at > ?
         AND (SELECT count(*) FROM registration_numbers r WHERE r.block_id = b.id) < b.last_seq - b.first_seq + 1
       ORDER BY b.first_seq LIMIT 1`,
    )
    .get(series, officeCode, year, now.toISOString()) as BlockRow | undefined;
  return block ? { block, seq: block.first_seq + block.used } : null;
}

/**
 * Takes the next registration number for a case, inside the caller's transaction. Refills
 * from the leaser below the low-water mark; with no number left and no lease possible the
 * registration is refused with a kk/ru error, and nothing changes.
 */
export function issueNumber(
  db: Db,
  request: { officeCode: string; year: number; caseId: string; officerId: number; now: Date; series?: NumberSeries },
  leaser: NumberLeaser | null,
): string {
  const { officeCode, year, now } = request;
  const series = request.series ?? 'registration';
  expireBlocks(db, now);
  if (leaser && availableNumbers(db, officeCode, year, now, series) < lowWaterMark) {
    const block = leaser.lease(db, { series, officeCode, year, size: blockSize, now });
    if (block) insertBlock(db, block);
  }
  const next = nextFree(db, series, officeCode, year, now);
  if (!next) throw new DeskError('no_numbers');
  const number = formatNumber(series, officeCode, year, next.seq);
  db.prepare(
    "INSERT INTO registration_numbers (number, block_id, seq, status, case_id, officer_id, at) VALUES (?, ?, ?, 'issued', ?, ?, ?)",
  ).run(number, next.block.id, next.seq, request.caseId, request.officerId, now.toISOString());
  return number;
}

/** Voids an issued number (e.g. a registration entered in error); it is never issued again. */
export function voidNumber(db: Db, number: string, note: string, now: Date): void {
  const changed = db
    .prepare("UPDATE registration_numbers SET status = 'voided', note = ?, at = ? WHERE number = ? AND status = 'issued'")
    .run(note, now.toISOString(), number).changes;
  if (changed !== 1) throw new DeskError('not_found', { number });
}
