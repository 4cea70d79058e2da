// Registration-number blocks from the central system. When fewer than the low-water mark are left
// for this year, one block is leased ahead, so an office that goes offline keeps registering
// (DHIS2 does the same with reserved values). The block's expiry comes in central time and is
// stored in this workstation's time (minus the clock offset), because issuing compares it with
// the workstation clock. Central blocks come from the workstation's own range, which the local
// stand-in leaser also drew from before sync was configured: a central block is stored without the
// numbers an existing block already covers, so no number can ever be journalled twice.
import { protocolVersion, leaseResponseSchema, type LeaseRequest } from '../../../shared/sync/protocol';
import type { NumberLeaser } from '../numbers/blocks';
import { availableNumbers, blockSize, insertBlock, lowWaterMark } from '../numbers/blocks';
import { kzYear } from '../time';
import { correctedNow, recordServerTime } from './clock';
import { asFailure, failures } from './failure';
import type { SyncSession } from './session';
import { parseAnswer } from './transport';

/**
 * The leaser the core uses once central leasing is configured: registration numbers come only
 * from central blocks (leased ahead by the engine, never inside a registration). The protocol has
 * no series for journal numbers yet, so those still come from the local stand-in.
 */
export function centralModeLeaser(local: NumberLeaser | null): NumberLeaser {
  return { lease: (db, request) => (request.series === 'journal' && local ? local.lease(db, request) : null) };
}

/** Leases a block if this year's registration numbers run low; returns how many numbers came. */
export async function leaseIfLow(s: SyncSession): Promise<number> {
  const { db } = s;
  const now = s.clock.now();
  const year = kzYear(correctedNow(db, now));
  if (availableNumbers(db, s.officeCode, year, now, 'registration') >= lowWaterMark) return 0;
  const request: LeaseRequest = { protocol: protocolVersion, workstationId: s.workstationId, officeCode: s.officeCode, year, size: blockSize };
  let exchange;
  let answer;
  try {
    exchange = await s.transport.post('/v1/lease', JSON.stringify(request), s.signal);
    answer = parseAnswer(exchange, leaseResponseSchema, 'lease');
    const b = answer.block;
    if (b.officeCode !== s.officeCode || b.year !== year || b.lastSeq < b.firstSeq || b.lastSeq - b.firstSeq >= 100_000) {
      throw failures.malformed(`lease: block ${b.id} is not what was asked (${b.officeCode}/${b.year} ${b.firstSeq}–${b.lastSeq})`);
    }
  } catch (error) {
    const failure = asFailure(error);
    s.log.warn('sync: lease failed', { kind: failure.kind, reason: failure.detail });
    throw failure;
  }
  const { block, serverTime } = answer;
  const received = exchange;
  return db.transaction(() => {
    const offset = recordServerTime(db, received, serverTime);
    if (db.prepare('SELECT 1 FROM number_blocks WHERE id = ?').get(block.id)) return 0;
    const covered = db
      .prepare(
        `SELECT max(last_seq) FROM number_blocks WHERE series = 'registration' AND office_code = ? AND year = ? AND first_seq <= ? AND last_seq >= ?`,
      )
      .pluck()
      .get(block.officeCode, block.year, block.lastSeq, block.firstSeq) as number | null;
    const firstSeq = Math.max(block.firstSeq, (covered ?? 0) + 1);
    if (firstSeq > block.lastSeq) {
      s.log.warn('sync: leased block already covered by blocks of this store', { block: block.id, firstSeq: block.firstSeq, lastSeq: block.lastSeq });
      return 0;
    }
    insertBlock(db, {
      id: block.id,
      series: 'registration',
      officeCode: block.officeCode,
      year: block.year,
      firstSeq,
      lastSeq: block.lastSeq,
      source: 'central',
      leasedAt: now.toISOString(),
      expiresAt: new Date(Date.parse(block.expiresAt) - offset).toISOString(),
    });
    return block.lastSeq - firstSeq + 1;
  })();
}
