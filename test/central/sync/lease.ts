// Server side of POST /v1/lease: a block of registration numbers for the requesting workstation,
// always from its own range (workstation N owns N·100000+1 … N·100000+99999 of each year, as
// electron/core/numbers/blocks.ts lays out), starting after every number previously leased to
// it and every number of that range the centre has seen registered (the desk's offline
// stand-in draws from the same range), so no two blocks ever overlap. Blocks expire after 60 days.
import { randomUUID } from 'node:crypto';
import { blockLifetimeDays } from '../../../electron/core/numbers/blocks';
import type { LeaseRequest, LeaseResponse } from '../../../shared/sync/protocol';
import type { CentralContext } from '../store/context';
import type { Workstation } from '../store/directory';

const rangePerWorkstation = 100_000;

export type LeaseOutcome = { ok: true; block: LeaseResponse['block'] } | { ok: false; status: 403 | 409; error: 'wrongOffice' | 'rangeExhausted' };

/** The sequence numbers workstation N owns in each office and year (0 is the centre's own range). */
export function workstationRange(number: number): { first: number; last: number } {
  const first = number * rangePerWorkstation + 1;
  return { first, last: first + rangePerWorkstation - 2 };
}

export function handleLease(ctx: CentralContext, ws: Workstation, request: LeaseRequest): LeaseOutcome {
  if (request.officeCode !== ws.officeCode) return { ok: false, status: 403, error: 'wrongOffice' };
  const { first, last } = workstationRange(ws.number);
  return ctx.db.transaction((): LeaseOutcome => {
    const leased = ctx.db
      .prepare('SELECT max(last_seq) FROM leases WHERE office_code = ? AND year = ? AND first_seq BETWEEN ? AND ?')
      .pluck()
      .get(ws.officeCode, request.year, first, last) as number | null;
    const used = ctx.db
      .prepare('SELECT max(seq) FROM registration_numbers WHERE office_code = ? AND year = ? AND seq BETWEEN ? AND ?')
      .pluck()
      .get(ws.officeCode, request.year, first, last) as number | null;
    const firstSeq = Math.max(leased ?? first - 1, used ?? first - 1) + 1;
    if (firstSeq > last) return { ok: false, status: 409, error: 'rangeExhausted' };
    const now = ctx.now();
    const block: LeaseResponse['block'] = {
      id: randomUUID(),
      officeCode: ws.officeCode,
      year: request.year,
      firstSeq,
      lastSeq: Math.min(last, firstSeq + request.size - 1),
      expiresAt: new Date(now.getTime() + blockLifetimeDays * 86_400_000).toISOString(),
    };
    ctx.db
      .prepare('INSERT INTO leases (id, workstation_id, office_code, year, first_seq, last_seq, leased_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(block.id, ws.id, block.officeCode, block.year, block.firstSeq, block.lastSeq, now.toISOString(), block.expiresAt);
    return { ok: true, block };
  })();
}
