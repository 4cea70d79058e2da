import { beforeEach, describe, expect, it } from 'vitest';
import {
  availableNumbers,
  blockSize,
  expireBlocks,
  formatRegistrationNumber,
  insertBlock,
  issueNumber,
  localLeaser,
  lowWaterMark,
  voidNumber,
} from '../../../../../electron/core/numbers/blocks';
import type { Db } from '../../../../../electron/core/store/database';
import { storeAt } from '../store/migrations/helpers';

const now = new Date('2026-03-02T05:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

async function store(): Promise<Db> {
  const db = await storeAt(9);
  db.prepare("INSERT INTO offices (id, code, name_kk, name_ru, department_kk, department_ru) VALUES (1, '6205', 'a', 'b', 'c', 'd')").run();
  db.prepare("INSERT INTO officers (id, login, full_name, short_name, iin, role, office_id, password_hash, created_at) VALUES (1, 'f', 'n', 's', '1', 'frontDesk', 1, 'h', 'now')").run();
  return db;
}

function addCase(db: Db, id: string) {
  db.prepare(
    "INSERT INTO cases (id, office_id, channel, applicant_type, taxpayer_id, taxpayer_name, state, created_at, updated_at) VALUES (?, 1, 'office', 'individual', 'x', 'y', 'intake', 'now', 'now')",
  ).run(id);
}

describe('registration number blocks', () => {
  let db: Db;
  beforeEach(async () => {
    db = await store();
  });

  const issue = (caseId: string, at = now, leaser = localLeaser(1)) => {
    addCase(db, caseId);
    return db.transaction(() => issueNumber(db, { officeCode: '6205', year: 2026, caseId, officerId: 1, now: at }, leaser))();
  };

  it('formats office, year and a 7-digit sequence', () => {
    expect(formatRegistrationNumber('6205', 2026, 100001)).toBe('6205-2026-0100001');
  });

  it('issues numbers in order from a locally leased block, refilling below the low-water mark', () => {
    expect(issue('c1')).toBe('6205-2026-0100001');
    expect(issue('c2')).toBe('6205-2026-0100002');
    const beforeRefill = blockSize - lowWaterMark + 1;
    for (let i = 3; i <= beforeRefill; i++) issue(`c${i}`);
    expect(db.prepare('SELECT count(*) FROM number_blocks').pluck().get()).toBe(1);
    expect(availableNumbers(db, '6205', 2026, now)).toBe(lowWaterMark - 1);
    // the next registration finds fewer than the low-water mark left and leases a contiguous block
    expect(issue('next')).toBe(`6205-2026-${String(100000 + beforeRefill + 1).padStart(7, '0')}`);
    expect(db.prepare('SELECT count(*) FROM number_blocks').pluck().get()).toBe(2);
    expect(availableNumbers(db, '6205', 2026, now)).toBe(2 * blockSize - beforeRefill - 1);
  });

  it('gives workstations disjoint ranges, so offline numbers never collide', () => {
    expect(issue('a', now, localLeaser(1))).toBe('6205-2026-0100001');
    const other = localLeaser(2).lease(db, { series: 'registration', officeCode: '6205', year: 2026, size: 10, now });
    expect(other).toMatchObject({ firstSeq: 200001, lastSeq: 200010, source: 'local' });
    expect(() => localLeaser(0)).toThrow(RangeError);
    expect(() => localLeaser(100)).toThrow(RangeError);
  });

  it('refuses to register with no number left and no lease possible, changing nothing', () => {
    addCase(db, 'c1');
    const attempt = () => db.transaction(() => issueNumber(db, { officeCode: '6205', year: 2026, caseId: 'c1', officerId: 1, now }, null))();
    expect(attempt).toThrow(expect.objectContaining({ code: 'no_numbers' }));
    expect(db.prepare('SELECT count(*) FROM registration_numbers').pluck().get()).toBe(0);
  });

  it('journals the unused numbers of an expired block and never issues them', () => {
    insertBlock(db, {
      id: 'b1',
      series: 'registration',
      officeCode: '6205',
      year: 2026,
      firstSeq: 500001,
      lastSeq: 500005,
      source: 'central',
      leasedAt: now.toISOString(),
      expiresAt: later(10).toISOString(),
    });
    addCase(db, 'c1');
    db.transaction(() => issueNumber(db, { officeCode: '6205', year: 2026, caseId: 'c1', officerId: 1, now }, null))();
    expect(db.transaction(() => expireBlocks(db, later(11)))()).toBe(4);
    expect(db.prepare("SELECT number FROM registration_numbers WHERE status = 'expired' ORDER BY seq").pluck().all()).toEqual([
      '6205-2026-0500002',
      '6205-2026-0500003',
      '6205-2026-0500004',
      '6205-2026-0500005',
    ]);
    addCase(db, 'c2');
    expect(() => db.transaction(() => issueNumber(db, { officeCode: '6205', year: 2026, caseId: 'c2', officerId: 1, now: later(11) }, null))()).toThrow(
      expect.objectContaining({ code: 'no_numbers' }),
    );
  });

  it('voids an issued number for good; the journal keeps it', () => {
    const number = issue('c1');
    voidNumber(db, number, 'entered in error', now);
    expect(db.prepare('SELECT status FROM registration_numbers WHERE number = ?').pluck().get(number)).toBe('voided');
    expect(() => voidNumber(db, number, 'again', now)).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(issue('c2')).toBe('6205-2026-0100002');
    expect(() => db.prepare('DELETE FROM registration_numbers').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE registration_numbers SET status = 'issued'").run()).toThrow(/only an issued number/);
  });
});
