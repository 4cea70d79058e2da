// The central change log that pull serves: every change a workstation may download, in central
// order (the position), scoped to one office or to all. Entities that only matter in their latest
// form (a taxpayer, an officer, a CRL) are compacted: a newer change replaces the older row, which
// is safe for every cursor because the replacement sits at a higher position.
import type { Change } from '../../../shared/sync/protocol';
import type { CentralDb } from './db';
import { bucketShift } from './schema';

export interface ChangePage {
  /** The wire JSON (UTF-8) of each change, in central order. */
  bodies: Buffer[];
  bytes: number;
  /** The position of the last change in the page (the cursor to continue from). */
  lastPos: number;
  hasMore: boolean;
}

export class ChangeLog {
  private readonly insert;
  private readonly latest;
  private readonly setLatest;
  private readonly drop;
  private readonly page;
  private readonly bucketSum;
  private readonly partialCount;
  private readonly sequence;

  constructor(private readonly db: CentralDb) {
    this.insert = db.prepare('INSERT INTO changes (office_code, type, body) VALUES (?, ?, ?)');
    this.latest = db.prepare('SELECT pos FROM latest_change WHERE key = ?').pluck();
    this.setLatest = db.prepare('INSERT INTO latest_change (key, pos) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET pos = excluded.pos');
    this.drop = db.prepare('DELETE FROM changes WHERE pos = ?');
    this.page = db
      .prepare('SELECT pos, body FROM changes WHERE pos > ? AND (office_code IS NULL OR office_code = ?) ORDER BY pos LIMIT ?')
      .raw(true);
    this.bucketSum = db.prepare("SELECT coalesce(sum(n), 0) FROM change_counts WHERE bucket > ? AND scope IN ('*', ?)").pluck();
    this.partialCount = db
      .prepare('SELECT count(*) FROM changes WHERE pos > ? AND pos < ? AND (office_code IS NULL OR office_code = ?)')
      .pluck();
    this.sequence = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").pluck();
  }

  /**
   * Appends one change for an office (null: for every office); with a key, the entity's previous
   * change leaves the log. Returns the new position. Call inside the caller's transaction.
   */
  append(change: Change, officeCode: string | null, key?: string): number {
    const pos = Number(this.insert.run(officeCode, change.type, Buffer.from(JSON.stringify(change), 'utf8')).lastInsertRowid);
    if (key !== undefined) {
      const previous = this.latest.get(key) as number | undefined;
      if (previous !== undefined) this.drop.run(previous);
      this.setLatest.run(key, pos);
    }
    return pos;
  }

  /** The body of an entity's latest change, or null. */
  latestBody(key: string): string | null {
    const pos = this.latest.get(key) as number | undefined;
    if (pos === undefined) return null;
    const row = this.db.prepare('SELECT body FROM changes WHERE pos = ?').pluck().get(pos) as Buffer | undefined;
    return row ? row.toString('utf8') : null;
  }

  /** The highest position ever assigned (0 for an empty log). */
  maxPos(): number {
    return (this.sequence.get() as number | undefined) ?? 0;
  }

  /**
   * Up to `limit` changes after `afterPos` for the office, stopping early once `byteBudget`
   * bytes are collected (a page always holds at least one change).
   */
  read(afterPos: number, officeCode: string, limit: number, byteBudget: number): ChangePage {
    const rows = this.page.all(afterPos, officeCode, limit + 1) as [number, Buffer][];
    const bodies: Buffer[] = [];
    let lastPos = afterPos;
    let bytes = 0;
    let cut = false;
    for (const [pos, body] of rows) {
      if (bodies.length === limit) break;
      const size = body.length;
      if (bodies.length > 0 && bytes + size > byteBudget) {
        cut = true;
        break;
      }
      bodies.push(body);
      bytes += size;
      lastPos = pos;
    }
    return { bodies, bytes, lastPos, hasMore: cut || rows.length > bodies.length };
  }

  /** How many changes for the office lie after a position (bucket sums plus one partial bucket). */
  remainingAfter(pos: number, officeCode: string): number {
    const bucket = pos >> bucketShift;
    const whole = this.bucketSum.get(bucket, officeCode) as number;
    const partial = this.partialCount.get(pos, (bucket + 1) << bucketShift, officeCode) as number;
    return whole + partial;
  }
}
